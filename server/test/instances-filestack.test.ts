/**
 * An UNMODIFIED filestack-js 4.3.8, in headless Chromium (its XHR adapter, as in filestack-js.test.ts), uploads through
 * a round-robin balancer to three API instances over one storage: its start, part, commit and complete calls land on
 * different instances. Plain and intelligent ingestion.
 */
import { createHash } from 'crypto';
import { Cluster, startCluster } from './cluster';
import { download } from './helpers';
import { FsjsPage, FsjsResult, openFsjsPage, uploadWithFilestackJs } from './fsjsBrowser';

let c: Cluster;
let fsjs: FsjsPage;

beforeAll(async () => {
  c = await startCluster(3, { sweepIntervalMs: 200 });
  fsjs = await openFsjsPage();
}, 30000);
afterAll(async () => {
  if (fsjs) await fsjs.close();
  await c.close();
});

function uploadInChromium(size: number, uploadOptions: Record<string, unknown>): Promise<FsjsResult> {
  return uploadWithFilestackJs(fsjs, { api: c.balancer.url, size, seed: 777, filename: 'balanced.bin', uploadOptions, storeOptions: { location: 's3' } });
}

for (const [label, options, size] of [
  ['regular upload (3 parts)', {}, 12 * 1024 * 1024 + 21],
  ['intelligent ingestion (fii, offset, commit)', { intelligent: true }, 9 * 1024 * 1024 + 3],
] as Array<[string, Record<string, unknown>, number]>) {
  test(label + ' through the balancer: every instance took calls', async () => {
    const before = c.instances.map((s) => c.balancer.hits[s.url] || 0);
    const r = await uploadInChromium(size, options);
    expect(r.error).toBeUndefined();
    const res = r.result as Record<string, string>;
    expect(res.status).toBe('Stored');
    expect(res.url).toBe(c.balancer.url + '/api/file/' + res.handle);
    for (const [i, s] of c.instances.entries()) {
      expect((c.balancer.hits[s.url] || 0) - before[i]).toBeGreaterThan(0);
      const d = await download(s.url + '/api/file/' + res.handle);
      expect(createHash('sha256').update(d.body).digest('hex')).toBe(r.sha256);
    }
    expect((await c.instances[0].storage.listObjects()).filter((o) => o.key.indexOf('.fp-fii/') === 0)).toEqual([]);
  }, 90000);
}
