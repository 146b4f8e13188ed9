/**
 * Benchmark (not a test): uploads in headless Chromium to the reference server, side by side in one run, of one file
 * written to a temp folder on disk and handed to the page with Playwright's `setInputFiles(path)` (a disk-backed File,
 * as a user picking it would give):
 *   - ours:  through the dialog: `filepicker.pick()`, the file goes into the dialog's own file input, timed from its
 *            `change` event to onSuccess (MD5 in the bundle's Worker, XHR part PUTs);
 *   - raw:   the same file picked through a plain `<input type=file>` of the same page, one `fetch` PUT of it to one
 *            presigned URL of the same storage (only the PUT is timed: the limit);
 *   - fsjs:  unmodified filestack-js 4.3.8 (UMD, XHR adapter) pointed at the same server, uploading the same picked File.
 * Rounds are interleaved (ours, raw, fsjs, ours, …). Ours also reports the parts phase (until its /multipart/complete
 * request starts, from Resource Timing) and the longest main-thread task seen while each ran (PerformanceObserver
 * 'longtask').
 *
 *   npx tsx bench/browser.ts [--sizes=16,256,1024] [--rounds=3] [--big-rounds=2] [--dist=dir] [--fsjs-up-to=MiB]
 *   (--big-rounds: rounds for sizes of 1 GiB and more; --fsjs-up-to: filestack-js runs only at sizes up to this one,
 *   since at 1 GiB it takes minutes a round)
 *   --sink: the reference server stores into a loopback sink that discards the bytes (bench/sinkStorage.ts, its own
 *   process, given to the server as its `s3` endpoint); ours and raw only, lines say `sink-browser-…`: the client's ceiling
 *   --trace=dir: each upload of ours is traced (Chromium's timeline, GC included; the trace is written to dir) and its
 *   line carries `mainThread`: the main thread's tasks from the pick to onSuccess, their CPU against their wall time,
 *   and every task ≥ 50 ms with what its CPU went to (bench/longTasks.ts). Tracing slows the page; use it to find causes, not for the speed figures.
 *
 * Prints one JSON line per measurement. Loopback only: every request not to 127.0.0.1 goes to a dead proxy. The page
 * loads the bundle from `/dist/`, served as a site would (bench/staticFiles.ts: the Worker and chunks next to it, 404 for
 * unknown paths), and every step is bounded (bench/timeouts.ts): a stuck step ends the run with an error naming it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as http from 'http';
import { AddressInfo } from 'net';
import { execFileSync } from 'child_process';
import { randomFillSync } from 'crypto';
import type { DialogHandle, Filepicker, FPFile } from '../src/publicApi';
import { notFound, serveFile } from './staticFiles';
import { boundFor, step } from './timeouts';
import { spawnSink } from './sinkStorage';
import { LONG_TASK_CATEGORIES, mainThreadReport, MainThreadReport, TraceEvent } from './longTasks';

/** What the bench page keeps on window (written and read inside page.evaluate). */
interface BenchWindow {
  filepicker: Filepicker;
  /** filestack-js's UMD global: only what the bench calls. */
  filestack: { init(key: string): { session: { urls: { uploadApiUrl: string } }; upload(file: File, options: object, store: object): Promise<{ status?: string } | undefined> } };
  /** The longest task seen (ms) since the last reset, and how many tasks of 50 ms or more. */
  __longest: number;
  __longCount: number;
  /** The file the user picked last, and when. */
  __picked: File | null;
  __pickedAt: number;
  /** The pick's outcome: the stored blob or the error's text. */
  __done: { at: number; blob?: FPFile; error?: string } | null;
  __session?: DialogHandle;
}
const { chromium } = require('playwright-core');
/** The part of Playwright's Page the bench uses (playwright-core is loaded untyped through require). */
type Page = import('playwright-core').Page;

const ROOT = path.resolve(__dirname, '..');
const FSJS = path.join(ROOT, 'node_modules', 'filestack-js', 'build', 'browser', 'filestack.umd.js');

function arg(name: string, def: string): string {
  const a = process.argv.find((x) => x.indexOf('--' + name + '=') === 0);
  return a ? a.slice(name.length + 3) : def;
}

function out(o: unknown): void {
  process.stdout.write(JSON.stringify(o) + '\n');
}

function writeRandomFile(file: string, sizeMiB: number): void {
  const fd = fs.openSync(file, 'w');
  const chunk = Buffer.alloc(8 * 1024 * 1024);
  for (let done = 0; done < sizeMiB; done += 8) {
    randomFillSync(chunk);
    fs.writeSync(fd, chunk, 0, Math.min(8, sizeMiB - done) * 1024 * 1024);
  }
  fs.closeSync(fd);
}

const PAGE = '<!DOCTYPE html><html><head><meta charset="utf-8"><script src="/dist/filepicker.min.js"></script><script src="/filestack.umd.js"></script></head>' +
  '<body><input type="file" id="plain"></body></html>';

/** Bound of a step that moves no file (open, read, close). */
const STEP_MS = 60000;

/** One measurement of a run. */
interface Measured { seconds: number; partsSeconds?: number; longestTaskMs: number; longTaskCount: number; mainThread?: MainThreadReport }

/** A Chromium trace of the page, started and ended through its DevTools session (`--trace`). */
async function startTrace(page: Page): Promise<() => Promise<TraceEvent[]>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  // the protocol types an event as a string map; its fields are what TraceEvent names
  cdp.on('Tracing.dataCollected', (p: { value: object[] }) => { for (const e of p.value) events.push(e as unknown as TraceEvent); });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: LONG_TASK_CATEGORIES, recordMode: 'recordContinuously' }, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    return events;
  };
}

/** Loads the bench page, checks that nothing leaves loopback, and installs the timing hooks. */
async function preparePage(page: Page, origin: string, api: string): Promise<void> {
  await page.addInitScript({ content: 'window.__name = function (f) { return f; };' });
  await page.goto(origin + '/');
  const outside = await page.evaluate(() => fetch('http://192.0.2.1/', { mode: 'no-cors' }).then(() => 'reached', () => 'blocked'));
  if (outside !== 'blocked') throw new Error('a non-loopback request was not blocked');
  await page.evaluate((api: string) => {
    const w = window as unknown as BenchWindow;
    w.__longest = 0;
    w.__longCount = 0;
    new PerformanceObserver((l) => l.getEntries().forEach((e) => { w.__longCount++; if (e.duration > w.__longest) w.__longest = e.duration; })).observe({ type: 'longtask', buffered: false });
    // 1 GiB = 205 parts, 2 requests each: room for all their entries (the default buffer holds 250)
    performance.setResourceTimingBufferSize(5000);
    w.filepicker.setKey('bench');
    w.filepicker.configure({ hosts: api });
    // the moment a file lands in any file input (the dialog's or the plain one): the user's pick, from which the
    // longest task is counted (opening the dialog before it is section 4's measure, not the upload's)
    document.addEventListener('change', (e) => {
      const t = e.target as HTMLInputElement;
      if (t && t.type === 'file' && t.files && t.files.length) { performance.mark('fp-pick'); w.__pickedAt = performance.now(); w.__picked = t.files[0]; w.__longest = 0; w.__longCount = 0; }
    }, true);
  }, api);
}

/** Ours: through the dialog, from the pick (`change`) to onSuccess. */
async function measureOurs(page: Page, file: string, sizeMiB: number, traceTo: string): Promise<Measured> {
  const bound = boundFor(sizeMiB);
  await step('open the dialog', STEP_MS, page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    w.__done = null;
    const done = (d: NonNullable<BenchWindow['__done']>): void => { performance.mark('fp-done'); w.__done = d; };
    w.__session = w.filepicker.pick({}, (blob) => { done({ at: performance.now(), blob }); }, (err) => { done({ at: performance.now(), error: String((err && (err.toString ? err.toString() : err.code)) || err) }); });
  }));
  const stopTrace = traceTo ? await step('start tracing', STEP_MS, startTrace(page)) : null;
  await step('find the dialog\'s file input', STEP_MS, page.waitForSelector('.fp-dialog input[type=file]', { state: 'attached' }));
  await step('pick the file in the dialog', bound, page.setInputFiles('.fp-dialog input[type=file]', file, { timeout: bound }));
  await step('upload through the dialog', bound, page.waitForFunction(() => !!(window as unknown as BenchWindow).__done, null, { polling: 100, timeout: bound }));
  const traced = stopTrace ? await step('end tracing', STEP_MS * 3, stopTrace()) : null;
  const res: Measured = await step('read the outcome', STEP_MS, page.evaluate((size: number) => {
    const w = window as unknown as BenchWindow;
    const d = w.__done;
    if (!d) throw new Error('no outcome');
    if (d.error) throw new Error('onError: ' + d.error);
    if (!d.blob || d.blob.size !== size) throw new Error('ours stored ' + (d.blob && d.blob.size));
    const complete = performance.getEntriesByType('resource').filter((e) => /\/multipart\/complete$/.test(e.name))[0];
    return { seconds: (d.at - w.__pickedAt) / 1000, partsSeconds: complete ? (complete.startTime - w.__pickedAt) / 1000 : undefined, longestTaskMs: w.__longest, longTaskCount: w.__longCount };
  }, sizeMiB * 1024 * 1024));
  await step('close the dialog', STEP_MS, page.evaluate(() => { const w = window as unknown as BenchWindow; if (w.__session && w.__session.close) w.__session.close(); }));
  if (traced) {
    fs.mkdirSync(traceTo, { recursive: true });
    fs.writeFileSync(path.join(traceTo, 'trace-' + sizeMiB + 'MiB-' + Date.now() + '.json'), JSON.stringify({ traceEvents: traced }));
    res.mainThread = mainThreadReport(traced);
  }
  return res;
}

/** raw (one presigned PUT) or fsjs (filestack-js), on the file picked through the plain input. */
async function measurePeer(page: Page, what: string, file: string, sizeMiB: number, api: string): Promise<Measured> {
  const bound = boundFor(sizeMiB);
  await step('pick the file', bound, page.setInputFiles('#plain', file, { timeout: bound }));
  try {
    const measured = await step('upload with ' + what, bound, page.evaluate(async ({ what, api }: { what: string; api: string }) => {
      const w = window as unknown as BenchWindow;
      const picked = w.__picked;
      if (!picked) throw new Error('no file picked');
      const post = async (url: string, body: unknown) => {
        const resp = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        if (resp.status !== 200) throw new Error(url + ' answered ' + resp.status);
        return resp.json();
      };
      if (what === 'raw') {
        const ids = await post(api + '/multipart/start', { apikey: 'bench', filename: 'raw.bin', mimetype: 'application/octet-stream', size: picked.size, store: { location: 's3', path: 'raw/' } });
        const target = await post(ids.location_url + '/multipart/upload', { apikey: 'bench', uri: ids.uri, region: ids.region, upload_id: ids.upload_id, part: 1, size: picked.size, store: { location: 's3' } });
        w.__longest = 0;
        w.__longCount = 0;
        const t0 = performance.now();
        const resp = await fetch(target.url, { method: 'PUT', headers: target.headers, body: picked });
        const seconds = (performance.now() - t0) / 1000;
        if (resp.status !== 200) throw new Error('raw PUT answered ' + resp.status);
        await post(ids.location_url + '/multipart/abort', { apikey: 'bench', uri: ids.uri, region: ids.region, upload_id: ids.upload_id });
        return { seconds, longestTaskMs: w.__longest, longTaskCount: w.__longCount };
      }
      const client = w.filestack.init('bench');
      client.session.urls.uploadApiUrl = api;
      w.__longest = 0;
      w.__longCount = 0;
      const t0 = performance.now();
      const stored = await client.upload(picked, {}, { location: 's3', path: 'fsjs/' });
      const seconds = (performance.now() - t0) / 1000;
      if (!stored || stored.status !== 'Stored') throw new Error('filestack-js: ' + JSON.stringify(stored).slice(0, 300));
      return { seconds, longestTaskMs: w.__longest, longTaskCount: w.__longCount };
    }, { what, api }));
    return measured;
  } finally {
    await step('clear the input', STEP_MS, page.evaluate(() => { (document.getElementById('plain') as HTMLInputElement).value = ''; }));
  }
}

async function main(): Promise<void> {
  const sizes = arg('sizes', '16,256').split(',').map(Number);
  const rounds = Number(arg('rounds', '3'));
  const bigRounds = Number(arg('big-rounds', String(Math.min(rounds, 2))));
  const fsjsUpTo = Number(arg('fsjs-up-to', 'Infinity'));
  const traceTo = arg('trace', '');
  const sink = process.argv.indexOf('--sink') >= 0 ? await spawnSink() : null;
  const kinds = (sizeMiB: number) => (sink ? ['ours', 'raw'] : sizeMiB <= fsjsUpTo ? ['ours', 'raw', 'fsjs'] : ['ours', 'raw']);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-bench-browser-'));
  let dist = arg('dist', '');
  if (!dist) {
    dist = path.join(tmp, 'dist');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js')], { stdio: 'ignore', timeout: 15 * 60000, env: { ...process.env, FP_DIST_DIR: dist, FP_QUIET: '1' } });
  }
  const { startServer } = await import('../server/src/index');
  const storage = sink ? { s3: { endpoint: sink.url, region: 'us-east-1', bucket: 'fp-sink', accessKeyId: 'bench', secretAccessKey: 'bench-secret' } } : {};
  const srv = await startServer({ port: 0, ...storage, apps: [{ apikey: 'bench' }], completeWaitMs: 60000 });
  const pages = http.createServer((req, res) => {
    const url = (req.url || '/').replace(/[?#].*$/, '');
    if (url === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (url === '/filestack.umd.js') {
      serveFile(path.dirname(FSJS), 'filestack.umd.js', res);
    } else if (url.indexOf('/dist/') === 0) {
      // the bundle's folder as a site serves it: the MD5 Worker, chunks and polyfills load from next to the script
      serveFile(dist, url.slice(6), res);
    } else {
      notFound(res);
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
    const page: Page = await step('open a page', STEP_MS, context.newPage());
    page.setDefaultTimeout(STEP_MS);
    await step('load the bench page', STEP_MS, preparePage(page, origin, srv.url));
    for (const sizeMiB of sizes) {
      const file = path.join(tmp, 'bench-' + sizeMiB + 'MiB.bin');
      writeRandomFile(file, sizeMiB);
      const n = sizeMiB >= 1024 ? bigRounds : rounds;
      for (let r = sizeMiB === sizes[0] ? -1 : 0; r < n; r++) {
        // round -1 (first size only) warms up (JIT, worker, sockets) and is not reported
        for (const what of kinds(sizeMiB)) {
          let res: Measured;
          try {
            await step('reset the page', STEP_MS, page.evaluate(() => { const w = window as unknown as BenchWindow; w.__picked = null; w.__longest = 0; w.__longCount = 0; performance.clearResourceTimings(); performance.clearMarks(); }));
            res = what === 'ours' ? await measureOurs(page, file, sizeMiB, traceTo) : await measurePeer(page, what, file, sizeMiB, srv.url);
          } catch (e) {
            throw new Error(what + ' ' + sizeMiB + ' MiB: ' + (e as Error).message);
          }
          if (r >= 0) out({ what: (sink ? 'sink-browser-' : 'browser-') + what, sizeMiB, round: r, source: 'disk', ...res, MiBps: +(sizeMiB / res.seconds).toFixed(1) });
          await new Promise((s) => setTimeout(s, 1000));
        }
      }
      fs.rmSync(file, { force: true });
    }
  } finally {
    // bounded too: a wedged browser must not keep the bench alive
    await step('close Chromium', STEP_MS, context.close()).catch((e: Error) => process.stderr.write(e.message + '\n'));
    await step('close the page server', STEP_MS, new Promise((r) => pages.close(r))).catch((e: Error) => process.stderr.write(e.message + '\n'));
    await step('close the reference server', STEP_MS, srv.close()).catch((e: Error) => process.stderr.write(e.message + '\n'));
    if (sink) sink.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(String((e && e.stack) || e) + '\n');
  process.exit(1);
});
