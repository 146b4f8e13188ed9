/**
 * Benchmark (not a test): uploads in headless Chromium to the reference server, side by side in one run:
 *   - ours:  the bundle's `filepicker.init(key, undefined, {hosts}).upload(file)` (MD5 in its Worker, XHR part PUTs),
 *   - raw:   one `fetch` PUT of the same File to one presigned URL of the same storage (the limit),
 *   - fsjs:  unmodified filestack-js 4.3.8 (UMD, XHR adapter) pointed at the same server.
 * Rounds are interleaved (ours, raw, fsjs, ours, …). Ours also reports the parts phase (until onUploadComplete) and
 * the longest main-thread task seen while it ran (PerformanceObserver 'longtask').
 *
 *   npx tsx bench/browser.ts [--sizes=16,256] [--rounds=3] [--dist=dir]
 *
 * Prints one JSON line per measurement. Loopback only: every request not to 127.0.0.1 is aborted.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as http from 'http';
import { AddressInfo } from 'net';
import { execFileSync } from 'child_process';
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..');
const FSJS = path.join(ROOT, 'node_modules', 'filestack-js', 'build', 'browser', 'filestack.umd.js');

function arg(name: string, def: string): string {
  const a = process.argv.find((x) => x.indexOf('--' + name + '=') === 0);
  return a ? a.slice(name.length + 3) : def;
}

function out(o: unknown): void {
  process.stdout.write(JSON.stringify(o) + '\n');
}

async function main(): Promise<void> {
  const sizes = arg('sizes', '16,256').split(',').map(Number);
  const rounds = Number(arg('rounds', '3'));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-bench-browser-'));
  let dist = arg('dist', '');
  if (!dist) {
    dist = path.join(tmp, 'dist');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js')], { stdio: 'ignore', env: { ...process.env, FP_DIST_DIR: dist, FP_QUIET: '1' } });
  }
  const { startServer } = await import('../server/src/index');
  const srv = await startServer({ port: 0, apps: [{ apikey: 'bench' }], completeWaitMs: 60000 } as any);
  const pages = http.createServer((req, res) => {
    if (req.url === '/filepicker.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      fs.createReadStream(path.join(dist, 'filepicker.min.js')).pipe(res);
    } else if (req.url === '/filestack.umd.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      fs.createReadStream(FSJS).pipe(res);
    } else {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!DOCTYPE html><html><head><script src="/filepicker.js"></script><script src="/filestack.umd.js"></script></head><body></body></html>');
    }
  });
  await new Promise<void>((r) => pages.listen(0, '127.0.0.1', () => r()));
  const origin = 'http://127.0.0.1:' + (pages.address() as AddressInfo).port;
  const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: process.env.FP_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    // Loopback only, without `context.route`: request interception pauses EVERY request and ships its body through the
    // automation pipe (a 256 MiB PUT overflows it, and it slows the uploads being measured). Instead all traffic goes
    // to a dead proxy except 127.0.0.1, and no host name resolves.
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
      '--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=127.0.0.1', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  try {
    out({ what: 'chromium', version: context.browser() ? context.browser().version() : execFileSync('/usr/bin/chromium', ['--version']).toString().trim() });
    const page = await context.newPage();
    await page.addInitScript({ content: 'window.__name = function (f) { return f; };' });
    await page.goto(origin + '/');
    const outside = await page.evaluate(() => fetch('http://192.0.2.1/', { mode: 'no-cors' }).then(() => 'reached', () => 'blocked'));
    if (outside !== 'blocked') throw new Error('a non-loopback request was not blocked');
    await page.evaluate(() => {
      const w = window as any;
      w.__longest = 0;
      new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (e.duration > w.__longest) w.__longest = e.duration; })).observe({ type: 'longtask', buffered: false } as any);
    });
    for (const sizeMiB of sizes) {
      // A fresh File for every upload: Chromium's blob storage stopped reading a reused 256 MiB File after a few uploads
      // (NotReadableError). Same size and kind of content every time; the generation is not timed.
      const makeFile = () => page.evaluate((n: number) => {
        const chunk = new Uint8Array(1024 * 1024);
        const parts: Uint8Array[] = [];
        for (let i = 0; i < n; i++) {
          for (let o = 0; o < chunk.length; o += 65536) crypto.getRandomValues(chunk.subarray(o, o + 65536));
          parts.push(chunk.slice());
        }
        (window as any).__file = new File(parts as BlobPart[], 'bench.bin', { type: 'application/octet-stream' });
      }, sizeMiB);
      for (let r = sizeMiB === sizes[0] ? -1 : 0; r < rounds; r++) {
        // round -1 (first size only) warms up (JIT, worker, sockets) and is not reported
        for (const what of ['ours', 'raw', 'fsjs']) {
          await makeFile();
          const res = await page.evaluate(
            async ({ what, api }: { what: string; api: string }) => {
              const w = window as any;
              const file: File = w.__file;
              w.__longest = 0;
              const post = async (url: string, body: unknown) => {
                const resp = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
                if (resp.status !== 200) throw new Error(url + ' answered ' + resp.status);
                return resp.json();
              };
              if (what === 'raw') {
                const ids = await post(api + '/multipart/start', { apikey: 'bench', filename: 'raw.bin', mimetype: 'application/octet-stream', size: file.size, store: { location: 's3', path: 'raw/' } });
                const target = await post(ids.location_url + '/multipart/upload', { apikey: 'bench', uri: ids.uri, region: ids.region, upload_id: ids.upload_id, part: 1, size: file.size, store: { location: 's3' } });
                const t0 = performance.now();
                const resp = await fetch(target.url, { method: 'PUT', headers: target.headers, body: file });
                const seconds = (performance.now() - t0) / 1000;
                if (resp.status !== 200) throw new Error('raw PUT answered ' + resp.status);
                await post(ids.location_url + '/multipart/abort', { apikey: 'bench', uri: ids.uri, region: ids.region, upload_id: ids.upload_id });
                return { seconds, longestTaskMs: w.__longest };
              }
              if (what === 'ours') {
                let partsAt = 0;
                const t0 = performance.now();
                const stored = await w.filepicker.init('bench', undefined, { hosts: api }).upload(file, { onUploadComplete: () => { partsAt = performance.now(); } }, { location: 's3', path: 'ours/' });
                const seconds = (performance.now() - t0) / 1000;
                if (stored.size !== file.size) throw new Error('ours stored ' + stored.size);
                return { seconds, partsSeconds: (partsAt - t0) / 1000, longestTaskMs: w.__longest };
              }
              const client = w.filestack.init('bench');
              client.session.urls.uploadApiUrl = api;
              const t0 = performance.now();
              const stored = await client.upload(file, {}, { location: 's3', path: 'fsjs/' });
              const seconds = (performance.now() - t0) / 1000;
              if (!stored || stored.status !== 'Stored') throw new Error('filestack-js: ' + JSON.stringify(stored).slice(0, 300));
              return { seconds, longestTaskMs: w.__longest };
            },
            { what, api: srv.url },
          ).catch((e: Error) => {
            throw new Error(what + ' ' + sizeMiB + ' MiB: ' + e.message);
          });
          if (r >= 0) out({ what: 'browser-' + what, sizeMiB, round: r, ...res, MiBps: +(sizeMiB / res.seconds).toFixed(1) });
          await new Promise((s) => setTimeout(s, 1000));
        }
      }
      await page.evaluate(() => { (window as any).__file = null; });
    }
  } finally {
    await context.close();
    await new Promise((r) => pages.close(r));
    await srv.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(String((e && e.stack) || e) + '\n');
  process.exit(1);
});
