/**
 * An UNMODIFIED filestack-js 4.3.8, in headless Chromium (its XHR adapter, as in filestack-js.test.ts), uploads through
 * a round-robin balancer to three API instances over one storage: its start, part, commit and complete calls land on
 * different instances. Plain and intelligent ingestion.
 */
import type { FilestackGlobal } from './helpers';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import { chromium, Browser } from 'playwright-core';
import { Cluster, startCluster } from './cluster';
import { download } from './helpers';

const CHROMIUM = process.env.FP_CHROMIUM || '/usr/bin/chromium';
const UMD = path.join(__dirname, '..', '..', 'node_modules', 'filestack-js', 'build', 'browser', 'filestack.umd.js');
const haveChromium = fs.existsSync(CHROMIUM);

let c: Cluster;
let browser: Browser;
let pages: http.Server;
let pageOrigin: string;

beforeAll(async () => {
  c = await startCluster(3, { sweepIntervalMs: 200 });
  pages = http.createServer((req, res) => {
    if (req.url === '/filestack.umd.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      fs.createReadStream(UMD).pipe(res);
    } else {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!DOCTYPE html><html><head><script src="/filestack.umd.js"></script></head><body></body></html>');
    }
  });
  await new Promise<void>((r) => pages.listen(0, '127.0.0.1', () => r()));
  pageOrigin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  if (haveChromium) browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
}, 30000);
afterAll(async () => {
  if (browser) await browser.close();
  await new Promise((r) => pages.close(r));
  await c.close();
});

async function uploadInChromium(size: number, uploadOptions: Record<string, unknown>): Promise<{ ok: boolean; result?: Record<string, string>; error?: string; sha256: string }> {
  const page = await browser.newPage();
  try {
    await page.goto(pageOrigin + '/');
    return await page.evaluate(
      async ({ size, uploadOptions, api }) => {
        const bytes = new Uint8Array(size);
        let x = 777;
        for (let i = 0; i < size; i++) {
          x = (x * 1103515245 + 12345) >>> 0;
          bytes[i] = x >>> 24;
        }
        const digest = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)))
          .map((b) => b.toString(16).padStart(2, '0'))
          .join('');
        const client = (window as unknown as { filestack: FilestackGlobal }).filestack.init('demo');
        client.session.urls.uploadApiUrl = api;
        try {
          const result = await client.upload(new File([bytes], 'balanced.bin', { type: 'application/octet-stream' }), uploadOptions, { location: 's3' });
          return { ok: true, result: JSON.parse(JSON.stringify(result)), sha256: digest };
        } catch (e) {
          const err = e as { message?: string; details?: unknown };
          return { ok: false, error: String(err.message || e) + ' ' + JSON.stringify(err.details || e).slice(0, 800), sha256: digest };
        }
      },
      { size, uploadOptions, api: c.balancer.url },
    );
  } finally {
    await page.close();
  }
}

const maybe = haveChromium ? test : test.skip;

for (const [label, options, size] of [
  ['regular upload (3 parts)', {}, 12 * 1024 * 1024 + 21],
  ['intelligent ingestion (fii, offset, commit)', { intelligent: true }, 9 * 1024 * 1024 + 3],
] as Array<[string, Record<string, unknown>, number]>) {
  maybe(label + ' through the balancer: every instance took calls', async () => {
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
