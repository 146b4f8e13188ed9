/**
 * An UNMODIFIED filestack-js 4.3.8 uploads to this server, in headless Chromium (its XHR adapter; its Node adapter
 * cannot reach URLs with an explicit port). The page comes from its own loopback origin, so
 * every call is cross-origin: the API's CORS, the bucket CORS and the exposed ETag are exercised for real.
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import { chromium, Browser } from 'playwright-core';
import { startServer, RunningServer, encodePolicy, sign } from '../src/index';
import { download, FilestackGlobal } from './helpers';

const CHROMIUM = process.env.FP_CHROMIUM || '/usr/bin/chromium';
const UMD = path.join(__dirname, '..', '..', 'node_modules', 'filestack-js', 'build', 'browser', 'filestack.umd.js');
const haveChromium = fs.existsSync(CHROMIUM);

let srv: RunningServer;
let browser: Browser;
let pages: http.Server;
let pageOrigin: string;

beforeAll(async () => {
  srv = await startServer({ apps: [{ apikey: 'demo' }, { apikey: 'locked', secret: 'fs-secret' }] });
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
  await srv.close();
});

/** What `client.upload` resolves with. */
interface FsFile {
  status: string;
  url: string;
  handle: string;
  [field: string]: unknown;
}

interface PageResult {
  ok: boolean;
  result?: FsFile;
  error?: string;
  sha256: string;
}

async function uploadInChromium(size: number, uploadOptions: Record<string, unknown>, storeOptions: Record<string, unknown>, apikey = 'demo', security?: { policy: string; signature: string }): Promise<PageResult> {
  const page = await browser.newPage();
  try {
    await page.goto(pageOrigin + '/');
    return await page.evaluate(
      async ({ size, uploadOptions, storeOptions, api, apikey, security }) => {
        const bytes = new Uint8Array(size);
        let x = 12345;
        for (let i = 0; i < size; i++) {
          x = (x * 1103515245 + 12345) >>> 0;
          bytes[i] = x >>> 24;
        }
        const digest = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)))
          .map((b) => b.toString(16).padStart(2, '0'))
          .join('');
        const fsjs = (window as unknown as { filestack: FilestackGlobal }).filestack;
        // 4.x: `init(apikey, { security: { policy, signature } })`
        const client = security ? fsjs.init(apikey, { security }) : fsjs.init(apikey);
        client.session.urls.uploadApiUrl = api;
        const file = new File([bytes], 'from-filestack.bin', { type: 'application/octet-stream' });
        try {
          const result = await client.upload(file, uploadOptions, storeOptions);
          return { ok: true, result: JSON.parse(JSON.stringify(result)) as FsFile, sha256: digest };
        } catch (caught) {
          const e = caught as { message?: string; details?: unknown } | null;
          return { ok: false, error: String((e && e.message) || e) + ' ' + String(JSON.stringify(e && (e.details || e))).slice(0, 800), sha256: digest };
        }
      },
      { size, uploadOptions, storeOptions, api: srv.url, apikey, security },
    );
  } finally {
    await page.close();
  }
}

const maybe = haveChromium ? test : test.skip;

maybe('regular upload (JSON generation, md5 integrity check, 2 parts of 6 MiB)', async () => {
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

maybe('intelligent ingestion (fii, offset, commit)', async () => {
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

maybe('an app with a secret: policy and signature travel in every call', async () => {
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
