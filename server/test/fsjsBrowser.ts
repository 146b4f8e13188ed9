/**
 * An UNMODIFIED filestack-js 4.3.8 in headless Chromium (its XHR adapter; its Node adapter cannot reach URLs with an
 * explicit port), on a page of its own loopback origin, so every call it makes to the server is cross-origin.
 * Shared by the tests that use filestack-js as the oracle of the upload protocol.
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import * as fs from 'fs';
import * as path from 'path';
import { chromium, Browser } from 'playwright-core';
import type { FilestackGlobal } from './helpers';

const CHROMIUM = process.env.FP_CHROMIUM || '/usr/bin/chromium';
const UMD = path.join(__dirname, '..', '..', 'node_modules', 'filestack-js', 'build', 'browser', 'filestack.umd.js');

/** A page server that serves filestack-js's browser build, and the browser that opens it. */
export interface FsjsPage {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** What `client.upload` resolves with. */
export interface FsFile {
  status: string;
  url: string;
  handle: string;
  [field: string]: unknown;
}

export interface FsjsResult {
  ok: boolean;
  result?: FsFile;
  error?: string;
  /** SHA-256 (hex) of the bytes the page uploaded */
  sha256: string;
}

export interface FsjsUpload {
  /** the upload API's base URL */
  api: string;
  size: number;
  /** seed of the page's pseudo-random bytes */
  seed: number;
  filename: string;
  uploadOptions?: Record<string, unknown>;
  storeOptions?: Record<string, unknown>;
  apikey?: string;
  security?: { policy: string; signature: string };
}

function servePage(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (req.url === '/filestack.umd.js') {
    res.writeHead(200, { 'Content-Type': 'text/javascript', 'Content-Length': String(fs.statSync(UMD).size) });
    fs.createReadStream(UMD).pipe(res);
  } else {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!DOCTYPE html><html><head><script src="/filestack.umd.js"></script></head><body></body></html>');
  }
}

/** Starts the page server on loopback and the browser; fails, naming what to install, without Chromium. */
export async function openFsjsPage(): Promise<FsjsPage> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`the filestack-js tests need Chromium at ${CHROMIUM}: install Debian's chromium (as .ci/run does) or set FP_CHROMIUM`);
  const pages = http.createServer(servePage);
  await new Promise<void>((r) => pages.listen(0, '127.0.0.1', () => r()));
  const origin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  return {
    origin,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((r) => pages.close(r));
    },
  };
}

/** Uploads `size` seeded bytes with filestack-js's `client.upload` from the page; never rejects for an upload error. */
export async function uploadWithFilestackJs(p: FsjsPage, u: FsjsUpload): Promise<FsjsResult> {
  const page = await p.browser.newPage();
  try {
    await page.goto(p.origin + '/');
    return await page.evaluate(async (u) => {
      const bytes = new Uint8Array(u.size);
      let x = u.seed;
      for (let i = 0; i < u.size; i++) {
        x = (x * 1103515245 + 12345) >>> 0;
        bytes[i] = x >>> 24;
      }
      const digest = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)))
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('');
      const fsjs = (window as unknown as { filestack: FilestackGlobal }).filestack;
      // 4.x: `init(apikey, { security: { policy, signature } })`
      const client = u.security ? fsjs.init(u.apikey || 'demo', { security: u.security }) : fsjs.init(u.apikey || 'demo');
      client.session.urls.uploadApiUrl = u.api;
      const file = new File([bytes], u.filename, { type: 'application/octet-stream' });
      try {
        const result = await client.upload(file, u.uploadOptions || {}, u.storeOptions || { location: 's3' });
        return { ok: true, result: JSON.parse(JSON.stringify(result)) as FsFile, sha256: digest };
      } catch (caught) {
        const e = caught as { message?: string; details?: unknown } | null;
        return { ok: false, error: String((e && e.message) || e) + ' ' + String(JSON.stringify(e && (e.details || e))).slice(0, 800), sha256: digest };
      }
    }, u);
  } finally {
    await page.close();
  }
}
