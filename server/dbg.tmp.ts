import { startServer } from './src/index';
(async () => {
  try { const s = await startServer(); console.log(s.url); await s.close(); } catch (e) { console.error('ERR', e, (e as any).$response); }
})();
