/**
 * An UNMODIFIED filestack-js 4.3.8 uploads to locations `gcs`, `dropbox` and `rackspace` in headless Chromium,
 * cross-origin, as a page would: `gcs` parts go straight to the GCS stand-in (gcsStandIn.ts; its bucket given the CORS
 * rule server/README.md asks of real buckets), `dropbox` and `rackspace` parts to this server's own storage, where
 * they are staged; complete sends them on to the loopback doubles (doubles/README.md). Byte-identical in the file API
 * and in each backend.
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import { chromium, Browser } from 'playwright-core';
import { startServer, RunningServer } from '../src/index';
import { GcsStandIn, startGcsStandIn } from './gcsStandIn';
import { DropboxDouble, startDropboxDouble } from './doubles/dropbox-files-double';
import { SwiftDouble, startSwiftDouble } from './doubles/swift-double';
import { download, FilestackGlobal } from './helpers';

jest.setTimeout(90000);

const CHROMIUM = process.env.FP_CHROMIUM || '/usr/bin/chromium';
const UMD = path.join(__dirname, '..', '..', 'node_modules', 'filestack-js', 'build', 'browser', 'filestack.umd.js');
const BUCKET = 'fp-fsjs-gcs';
const CONTAINER = 'fp-fsjs-rack';
const SIZE = 12 * 1024 * 1024 + 17;

let gcs: GcsStandIn;
let dbx: DropboxDouble;
let sw: SwiftDouble;
let srv: RunningServer;
let browser: Browser;
let pages: http.Server;
let pageOrigin: string;

beforeAll(async () => {
  [gcs, dbx, sw] = await Promise.all([startGcsStandIn(), startDropboxDouble(), startSwiftDouble()]);
  srv = await startServer({
    apps: [{ apikey: 'demo' }],
    gcs: { accessKey: gcs.accessKey, secret: gcs.secret, bucket: BUCKET, endpoint: gcs.endpoint },
    dropbox: { token: dbx.token, api: dbx.api, content: dbx.content },
    rackspace: { username: sw.username, apiKey: sw.apiKey, region: 'DFW', identity: sw.identity, container: CONTAINER },
  });
  // what `gcloud storage buckets update --cors-file` does for a real bucket
  await gcs.client(BUCKET).setCors(BUCKET);
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
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
}, 60000);
afterAll(async () => {
  if (browser) await browser.close();
  if (pages) await new Promise((r) => pages.close(r));
  if (srv) await srv.close();
  await Promise.all([gcs && gcs.stop(), dbx && dbx.stop(), sw && sw.stop()]);
});

interface PageResult {
  result?: { status: string; handle: string; url: string };
  error?: string;
  sha256: string;
}

async function uploadInChromium(storeOptions: Record<string, unknown>): Promise<PageResult> {
  const page = await browser.newPage();
  try {
    await page.goto(pageOrigin + '/');
    return await page.evaluate(
      async ({ size, storeOptions, api }) => {
        const bytes = new Uint8Array(size);
        let x = 12345;
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
          return { result: JSON.parse(JSON.stringify(result)), sha256: digest };
        } catch (caught) {
          const e = caught as { message?: string; details?: unknown } | null;
          return { error: String((e && e.message) || e) + ' ' + String(JSON.stringify(e && (e.details || e))).slice(0, 800), sha256: digest };
        }
      },
      { size: SIZE, storeOptions, api: srv.url },
    );
  } finally {
    await page.close();
  }
}

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** Uploads in Chromium; checks the file API's bytes; resolves with the stored key and the page's digest. */
async function stored(location: string): Promise<{ key: string; sha256: string }> {
  const r = await uploadInChromium({ location, path: 'fsjs/' });
  expect(r.error).toBeUndefined();
  const res = r.result as NonNullable<PageResult['result']>;
  expect(res.status).toBe('Stored');
  expect(sha((await download(srv.url + '/api/file/' + res.handle)).body)).toBe(r.sha256);
  const meta = (await (await fetch(res.url + '/metadata')).json()) as { key: string; location: string };
  expect(meta.location).toBe(location);
  return { key: meta.key, sha256: r.sha256 };
}

test('filestack-js uploads 12 MiB + 17 bytes to location gcs: parts straight to GCS, byte-identical there', async () => {
  const s = await stored('gcs');
  expect(sha(await gcs.client(BUCKET).getBuffer(s.key, BUCKET))).toBe(s.sha256);
});

test('filestack-js uploads 12 MiB + 17 bytes to location dropbox: parts staged here, byte-identical in Dropbox', async () => {
  const s = await stored('dropbox');
  expect(sha(dbx.files.get('/' + s.key.toLowerCase())?.bytes as Buffer)).toBe(s.sha256);
});

test('filestack-js uploads 12 MiB + 17 bytes to location rackspace: parts staged here, byte-identical in Swift', async () => {
  const s = await stored('rackspace');
  expect(sha(sw.content(CONTAINER, s.key) as Buffer)).toBe(s.sha256);
});
