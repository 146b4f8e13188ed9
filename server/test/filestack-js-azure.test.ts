/**
 * An UNMODIFIED filestack-js 4.3.8 uploads to location `azure` (Azurite) in headless Chromium, cross-origin: its part
 * PUTs go straight to Azure with the SAS URL and headers `/multipart/upload` answered, and it reads the ETag of each
 * PUT's answer (the account's CORS rule exposes it, as server/README.md asks of real accounts).
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import { chromium, Browser } from 'playwright-core';
import { startServer, RunningServer } from '../src/index';
import { Azurite, AZURITE_ACCOUNT, AZURITE_KEY, startAzurite } from './azurite';
import { download, FilestackGlobal } from './helpers';

const CHROMIUM = process.env.FP_CHROMIUM || '/usr/bin/chromium';
const UMD = path.join(__dirname, '..', '..', 'node_modules', 'filestack-js', 'build', 'browser', 'filestack.umd.js');
const haveChromium = fs.existsSync(CHROMIUM);
const CONTAINER = 'fp-fsjs-azure';

let az: Azurite;
let srv: RunningServer;
let browser: Browser;
let pages: http.Server;
let pageOrigin: string;

beforeAll(async () => {
  az = await startAzurite();
  await az.service.setProperties({ cors: [{ allowedOrigins: '*', allowedMethods: 'PUT,GET,HEAD', allowedHeaders: '*', exposedHeaders: 'ETag', maxAgeInSeconds: 300 }] });
  srv = await startServer({ apps: [{ apikey: 'demo' }], azure: { account: AZURITE_ACCOUNT, key: AZURITE_KEY, endpoint: az.endpoint, container: CONTAINER } });
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
  if (pages) await new Promise((r) => pages.close(r));
  if (srv) await srv.close();
  if (az) await az.stop();
});

interface PageResult {
  ok: boolean;
  result?: { status: string; handle: string; url: string; container?: string };
  error?: string;
  sha256: string;
}

async function uploadInChromium(size: number, storeOptions: Record<string, unknown>): Promise<PageResult> {
  const page = await browser.newPage();
  try {
    await page.goto(pageOrigin + '/');
    return await page.evaluate(
      async ({ size, storeOptions, api }) => {
        const bytes = new Uint8Array(size);
        let x = 54321;
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
          const result = await client.upload(new File([bytes], 'fsjs.bin', { type: 'application/octet-stream' }), {}, storeOptions);
          return { ok: true, result: JSON.parse(JSON.stringify(result)), sha256: digest };
        } catch (caught) {
          const e = caught as { message?: string; details?: unknown } | null;
          return { ok: false, error: String((e && e.message) || e) + ' ' + String(JSON.stringify(e && (e.details || e))).slice(0, 800), sha256: digest };
        }
      },
      { size, storeOptions, api: srv.url },
    );
  } finally {
    await page.close();
  }
}

const maybe = haveChromium ? test : test.skip;

maybe('filestack-js uploads 12 MiB + 17 bytes to location azure: byte-identical in the file API and in Azure', async () => {
  const r = await uploadInChromium(12 * 1024 * 1024 + 17, { location: 'azure', path: 'fsjs/' });
  expect(r.error).toBeUndefined();
  const res = r.result as NonNullable<PageResult['result']>;
  expect(res.status).toBe('Stored');
  const d = await download(srv.url + '/api/file/' + res.handle);
  expect(createHash('sha256').update(d.body).digest('hex')).toBe(r.sha256);
  const meta = await (await fetch(res.url + '/metadata')).json();
  expect(meta).toMatchObject({ location: 'azure', container: CONTAINER });
  const inAzure = await az.service.getContainerClient(CONTAINER).getBlobClient(meta.key).downloadToBuffer();
  expect(createHash('sha256').update(inAzure).digest('hex')).toBe(r.sha256);
}, 60000);
