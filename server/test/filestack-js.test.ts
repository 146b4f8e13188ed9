/**
 * An UNMODIFIED filestack-js 4.3.8 uploads to this server, in headless Chromium (its XHR adapter; its Node adapter
 * cannot reach URLs with an explicit port). The page comes from its own loopback origin, so
 * every call is cross-origin: the API's CORS, the bucket CORS and the exposed ETag are exercised for real.
 */
import { createHash } from 'crypto';
import { startServer, RunningServer, encodePolicy, sign } from '../src/index';
import { download } from './helpers';
import { FsFile, FsjsPage, FsjsResult, openFsjsPage, uploadWithFilestackJs } from './fsjsBrowser';

let srv: RunningServer;
let fsjs: FsjsPage;

beforeAll(async () => {
  srv = await startServer({ apps: [{ apikey: 'demo' }, { apikey: 'locked', secret: 'fs-secret' }] });
  fsjs = await openFsjsPage();
}, 30000);
afterAll(async () => {
  if (fsjs) await fsjs.close();
  await srv.close();
});

function uploadInChromium(size: number, uploadOptions: Record<string, unknown>, storeOptions: Record<string, unknown>, apikey = 'demo', security?: { policy: string; signature: string }): Promise<FsjsResult> {
  return uploadWithFilestackJs(fsjs, { api: srv.url, size, seed: 12345, filename: 'from-filestack.bin', uploadOptions, storeOptions, apikey, security });
}

test('regular upload (JSON generation, md5 integrity check, 2 parts of 6 MiB)', async () => {
  const r = await uploadInChromium(12 * 1024 * 1024 + 17, {}, { location: 's3', path: 'fsjs/' });
  expect(r.error).toBeUndefined();
  expect(r.ok).toBe(true);
  const res = r.result as FsFile;
  expect(res.status).toBe('Stored');
  expect(res.url).toBe(srv.url + '/api/file/' + res.handle);
  const meta = await (await fetch(res.url + '/metadata')).json();
  expect(meta.key).toMatch(/^fsjs\/[0-9A-F]{12}_from-filestack\.bin$/);
  const d = await download(srv.url + '/api/file/' + res.handle);
  expect(d.body.length).toBe(12 * 1024 * 1024 + 17);
  expect(createHash('sha256').update(d.body).digest('hex')).toBe(r.sha256);
}, 60000);

test('intelligent ingestion (fii, offset, commit)', async () => {
  // a 1 ms stall on each commit only to count that commit was called
  srv.faults.set({ commit: { rate: 1, fault: { kind: 'stall', ms: 1 } } });
  const before = srv.faults.injected.commit;
  const r = await uploadInChromium(9 * 1024 * 1024, { intelligent: true }, { location: 's3' });
  expect(r.error).toBeUndefined();
  const res = r.result as FsFile;
  const d = await download(srv.url + '/api/file/' + res.handle);
  expect(createHash('sha256').update(d.body).digest('hex')).toBe(r.sha256);
  expect((await srv.storage.listObjects()).filter((o) => o.key.indexOf('.fp-fii/') === 0)).toEqual([]);
  expect(srv.faults.injected.commit - before).toBe(2); // 8 MiB + 1 MiB parts
  srv.faults.clear();
}, 60000);

test('an app with a secret: policy and signature travel in every call', async () => {
  const policy = encodePolicy({ expiry: Math.floor(Date.now() / 1000) + 600, call: ['pick', 'store'], path: 'secure/' });
  const security = { policy, signature: sign(policy, 'fs-secret') };
  const r = await uploadInChromium(6 * 1024 * 1024 + 3, {}, { location: 's3', path: 'secure/' }, 'locked', security);
  expect(r.error).toBeUndefined();
  const stat = encodePolicy({ expiry: Math.floor(Date.now() / 1000) + 600, call: ['stat'] });
  const meta = await (await fetch(`${(r.result as FsFile).url}/metadata?policy=${stat}&signature=${sign(stat, 'fs-secret')}`)).json();
  expect(meta.key).toMatch(/^secure\/[0-9A-F]{12}_from-filestack\.bin$/);
  const denied = await uploadInChromium(1000, {}, { location: 's3', path: 'elsewhere/' }, 'locked', security);
  expect(denied.ok).toBe(false);
}, 60000);
