/**
 * Profiling aid (not a test, not part of `npm run bench`): one upload of ours in headless Chromium with a per-part
 * timeline (MD5 in the Worker, /multipart/upload, part PUT) taken by wrapping Worker and XMLHttpRequest in the page,
 * and the CDP network timing of every request (preflights included).
 *
 *   npx tsx bench/profile-browser.ts [--size=256] [--dist=dir]
 *   npx tsx bench/profile-browser.ts --size=256 --rounds=3 --variants=old=/tmp/distA,new=/tmp/distB
 *     (side by side: each variant in its own page, runs interleaved, one summary line per run; the last run's
 *     timeline is written to $TMPDIR/fp-prof-browser-<label>.json)
 *   a variant may add an init script after a colon, e.g. `p16=/tmp/distA:window.__uploadOptions={partSize:16777216}`
 *     (no commas): the page's `__uploadOptions` are passed to its uploads
 *   add --raw: each round also times one fetch PUT of the same file to one presigned URL of the same storage (in the
 *     first variant's page, before the variants), and each variant's line carries its ratio to that round's raw PUT
 *   every line of ours carries `longTasks` / `longestTaskMs`: the page's long tasks (≥ 50 ms) during the upload
 *   every line carries `cpu` (Linux): CPU seconds during that upload of the browser's processes by kind (browser,
 *     renderer, network service, gpu, other), of the renderers' DedicatedWorker threads (the MD5 Workers; part of
 *     renderer), of this process (the reference server and the driver: bench) and of the whole machine (machine), with
 *     the wall time, for the arithmetic of what 2 cores allow
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as http from 'http';
import { AddressInfo } from 'net';
import { execFileSync } from 'child_process';
const { chromium } = require('playwright-core');
import type { Filepicker } from '../src/publicApi';
import { notFound, serveFile } from './staticFiles';

/** One request as the DevTools protocol reported it (times in seconds). */
interface NetRow { id: string; method: string; url: string; type: string; ts0: number; ts1?: number; timing?: unknown; status?: number }
/** One event the page's instrumentation recorded (INSTRUMENT): md5 worker messages and XHRs, times in ms. */
interface TraceEvent { ev: string; ms?: number; id?: string; size?: number; t?: number; method?: string; url?: string; part?: string; body?: number; t0?: number; t1?: number; progressEvents?: number; status?: number }
/** What the bench page keeps on window. */
interface ProfileWindow { filepicker: Filepicker; __file: File; __trace: TraceEvent[]; __uploadOptions?: { partSize?: number; maxConcurrentUploads?: number } }
/** One timed upload of the page's file through the engine. */
interface OursRun { t0: number; seconds: number; partsSeconds: number; trace: TraceEvent[] }
/** The part of a Playwright page the bench uses. */
interface BenchPage { evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> }

const ROOT = path.resolve(__dirname, '..');
const TICK = 100; // USER_HZ: /proc times are in 1/100 s

/** utime + stime (ticks), ppid and command line of a process or thread, or null when it is gone. */
function procStat(dir: string): { ppid: number; ticks: number; cmd: string } | null {
  try {
    const st = fs.readFileSync(dir + '/stat', 'utf8');
    const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
    let cmd = '';
    try { cmd = fs.readFileSync(dir + '/cmdline', 'utf8'); } catch { /* a thread */ }
    return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]), cmd };
  } catch {
    return null;
  }
}

/** CPU seconds so far of the browser started with `--user-data-dir=<profile>` and its descendants, by kind (Linux). */
function browserCpu(profile: string): { [kind: string]: number } {
  const out: { [kind: string]: number } = { browser: 0, renderer: 0, network: 0, gpu: 0, other: 0, worker: 0, machine: 0 };
  if (!fs.existsSync('/proc/stat')) return out;
  const all: { [pid: string]: { ppid: number; ticks: number; cmd: string } } = {};
  for (const d of fs.readdirSync('/proc')) if (/^\d+$/.test(d)) { const s = procStat('/proc/' + d); if (s) all[d] = s; }
  const root = Object.keys(all).find((p) => all[p].cmd.indexOf('--user-data-dir=' + profile) >= 0 && all[p].cmd.indexOf('--type=') < 0);
  const tree = new Set<string>(root ? [root] : []);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of Object.keys(all)) if (!tree.has(p) && tree.has(String(all[p].ppid))) { tree.add(p); grew = true; }
  }
  tree.forEach((p) => {
    const cmd = all[p].cmd;
    const kind = cmd.indexOf('--type=') < 0 ? 'browser' : /--type=renderer/.test(cmd) ? 'renderer' : /network\.mojom/.test(cmd) ? 'network' : /--type=gpu/.test(cmd) ? 'gpu' : 'other';
    out[kind] += all[p].ticks / TICK;
    if (kind !== 'renderer') return;
    for (const t of fs.readdirSync('/proc/' + p + '/task')) {
      let comm = '';
      try { comm = fs.readFileSync('/proc/' + p + '/task/' + t + '/comm', 'utf8').trim(); } catch { continue; }
      const s = comm === 'DedicatedWorker' ? procStat('/proc/' + p + '/task/' + t) : null;
      if (s) out.worker += s.ticks / TICK;
    }
  });
  const cpu = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  out.machine = (cpu.reduce((a, b) => a + b, 0) - cpu[3] - cpu[4]) / TICK; // all but idle and iowait
  return out;
}

/** What the browser, this process and the machine spent between two samples (`t` in ms, `bench` from cpuUsage). */
function cpuSpent(a: { [k: string]: number }, b: { [k: string]: number }, benchUs: number, wallMs: number): { [k: string]: number } {
  const out: { [k: string]: number } = {};
  for (const k of Object.keys(b)) out[k] = +(b[k] - (a[k] || 0)).toFixed(2);
  out.bench = +(benchUs / 1e6).toFixed(2);
  out.wall = +(wallMs / 1000).toFixed(2);
  return out;
}

function arg(name: string, def: string): string {
  const a = process.argv.find((x) => x.indexOf('--' + name + '=') === 0);
  return a ? a.slice(name.length + 3) : def;
}

const INSTRUMENT = `
(function () {
  window.__name = function (f) { return f; };
  var T = window.__trace = [];
  var now = function () { return performance.now(); };
  var W = window.Worker;
  window.Worker = function (u) {
    var w = new W(u);
    var post = w.postMessage.bind(w);
    // parts only: the ready ping and its answer carry no id
    w.postMessage = function (m) { if (m && m.id !== undefined) T.push({ ev: 'md5-post', id: m.id, size: m.blob && m.blob.size, t: now() }); return post(m); };
    w.addEventListener('message', function (e) { if (e.data && e.data.id !== undefined) T.push({ ev: 'md5-done', id: e.data.id, t: now() }); });
    return w;
  };
  // the page's long tasks (≥ 50 ms) while the upload runs
  try { new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { T.push({ ev: 'longtask', t: e.startTime, ms: e.duration }); }); }).observe({ entryTypes: ['longtask'] }); } catch (e) { /* no long task API */ }
  var X = window.XMLHttpRequest;
  var open = X.prototype.open, send = X.prototype.send;
  X.prototype.open = function (m, u) { this.__m = m; this.__u = u; return open.apply(this, arguments); };
  X.prototype.send = function (b) {
    var self = this, rec = { ev: 'xhr', method: this.__m, url: String(this.__u).replace(/\\?.*$/, ''), part: (/partNumber=(\\d+)/.exec(this.__u) || [])[1], body: b && b.size !== undefined ? b.size : b && b.byteLength !== undefined ? b.byteLength : (b ? String(b).length : 0), t0: now() };
    if (!rec.part && typeof b === 'string') { var m = /"part":(\\d+)/.exec(b); if (m) rec.part = m[1]; }
    var ups = 0;
    if (this.upload) this.upload.addEventListener('progress', function () { ups++; });
    this.addEventListener('loadend', function () { rec.t1 = now(); rec.status = self.status; rec.progressEvents = ups; T.push(rec); });
    return send.apply(this, arguments);
  };
})();`;

async function main(): Promise<void> {
  const sizeMiB = Number(arg('size', '256'));
  const rounds = Number(arg('rounds', '1'));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-prof-browser-'));
  let dist = arg('dist', '');
  if (!dist && !arg('variants', '')) {
    dist = path.join(tmp, 'dist');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js')], { stdio: 'ignore', env: { ...process.env, FP_DIST_DIR: dist, FP_QUIET: '1' } });
  }
  // label=dir[:extra init script]
  const variants = (arg('variants', '') || 'ours=' + dist).split(',').map((v) => {
    const i = v.indexOf('=');
    const rest = v.slice(i + 1);
    const j = rest.indexOf(':');
    return { label: v.slice(0, i), dir: j < 0 ? rest : rest.slice(0, j), init: j < 0 ? '' : rest.slice(j + 1) };
  });
  const { startServer } = await import('../server/src/index');
  const srv = await startServer({ port: 0, apps: [{ apikey: 'bench' }], completeWaitMs: 60000 });
  const pages = http.createServer((req, res) => {
    // /<label>/ is the variant's page; /<label>/<file> its dist folder, served as a site would (the Worker and chunks
    // load from next to the script; unknown paths are 404, never HTML)
    const m = /^\/([^/]+)\/(.*)$/.exec((req.url || '').replace(/[?#].*$/, ''));
    const v = m && variants.find((x) => x.label === m[1]);
    if (v && m && m[2]) {
      serveFile(v.dir, m[2], res);
    } else if (v) {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<!DOCTYPE html><html><head><script>' + v.init + '</script><script src="/' + v.label + '/filepicker.min.js"></script></head><body></body></html>');
    } else {
      notFound(res);
    }
  });
  await new Promise<void>((r) => pages.listen(0, '127.0.0.1', () => r()));
  const origin = 'http://127.0.0.1:' + (pages.address() as AddressInfo).port;
  const profileDir = path.join(tmp, 'profile');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.FP_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
      '--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=127.0.0.1', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  try {
    const net: NetRow[] = [];
    const setup = async (label: string) => {
      const page = await context.newPage();
      await page.addInitScript({ content: INSTRUMENT });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const reqs: { [id: string]: NetRow } = {};
      cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { method: string; url: string }; type: string; timestamp: number }) => { reqs[e.requestId] = { id: e.requestId, method: e.request.method, url: e.request.url.replace(/\?.*$/, ''), type: e.type, ts0: e.timestamp }; });
      cdp.on('Network.responseReceived', (e: { requestId: string; response: { timing: unknown; status: number } }) => { const r = reqs[e.requestId]; if (r) { r.timing = e.response.timing; r.status = e.response.status; } });
      cdp.on('Network.loadingFinished', (e: { requestId: string; timestamp: number }) => { const r = reqs[e.requestId]; if (r) { r.ts1 = e.timestamp; net.push(r); } });
      await page.goto(origin + '/' + label + '/');
      return page;
    };
    const pagesBy: { [label: string]: BenchPage } = {};
    for (const v of variants) pagesBy[v.label] = await setup(v.label);
    const makeFile = (page: BenchPage) => page.evaluate((n: number) => {
      const chunk = new Uint8Array(1024 * 1024);
      const parts: Uint8Array[] = [];
      for (let i = 0; i < n; i++) {
        for (let o = 0; o < chunk.length; o += 65536) crypto.getRandomValues(chunk.subarray(o, o + 65536));
        parts.push(chunk.slice());
      }
      (window as unknown as ProfileWindow).__file = new File(parts as BlobPart[], 'bench.bin', { type: 'application/octet-stream' });
    }, sizeMiB);
    const runOurs = (page: BenchPage): Promise<OursRun> => page.evaluate(async (api: string) => {
      const w = window as unknown as ProfileWindow;
      w.__trace.length = 0;
      let partsAt = 0;
      const t0 = performance.now();
      await w.filepicker.init('bench', undefined, { hosts: api }).upload(w.__file, { ...(w.__uploadOptions || {}), onUploadComplete: () => { partsAt = performance.now(); } }, { location: 's3', path: 'ours/' });
      return { t0, seconds: (performance.now() - t0) / 1000, partsSeconds: (partsAt - t0) / 1000, trace: w.__trace };
    }, srv.url);
    for (const v of variants) {
      await makeFile(pagesBy[v.label]);
      await runOurs(pagesBy[v.label]); // warm-up
    }
    const withRaw = process.argv.indexOf('--raw') >= 0;
    const runRaw = (page: BenchPage): Promise<number> => page.evaluate(async (api: string) => {
      const file = (window as unknown as ProfileWindow).__file;
      const post = async (url: string, body: unknown) => {
        const resp = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        if (resp.status !== 200) throw new Error(url + ' answered ' + resp.status);
        return resp.json();
      };
      const ids = await post(api + '/multipart/start', { apikey: 'bench', filename: 'raw.bin', mimetype: 'application/octet-stream', size: file.size, store: { location: 's3', path: 'raw/' } });
      const target = await post(ids.location_url + '/multipart/upload', { apikey: 'bench', uri: ids.uri, region: ids.region, upload_id: ids.upload_id, part: 1, size: file.size, store: { location: 's3' } });
      const t0 = performance.now();
      const resp = await fetch(target.url, { method: 'PUT', headers: target.headers, body: file });
      const seconds = (performance.now() - t0) / 1000;
      if (resp.status !== 200) throw new Error('raw PUT answered ' + resp.status);
      await post(ids.location_url + '/multipart/abort', { apikey: 'bench', uri: ids.uri, region: ids.region, upload_id: ids.upload_id });
      return seconds;
    }, srv.url);
    if (withRaw) await runRaw(pagesBy[variants[0].label]); // warm-up
    for (let round = 0; round < rounds; round++) {
      let rawSeconds = 0;
      if (withRaw) {
        await makeFile(pagesBy[variants[0].label]);
        const cpu0 = process.cpuUsage();
        const b0 = browserCpu(profileDir);
        const w0 = Date.now();
        rawSeconds = await runRaw(pagesBy[variants[0].label]);
        const cpu = process.cpuUsage(cpu0);
        const spent = cpuSpent(b0, browserCpu(profileDir), cpu.user + cpu.system, Date.now() - w0);
        process.stdout.write(JSON.stringify({ what: 'profile-browser', variant: 'raw', sizeMiB, round, seconds: +rawSeconds.toFixed(3), MiBps: +(sizeMiB / rawSeconds).toFixed(1), load: os.loadavg()[0], benchProcessCpuMs: Math.round((cpu.user + cpu.system) / 1000), cpu: spent }) + '\n');
      }
      for (const v of variants) {
        net.length = 0;
        await makeFile(pagesBy[v.label]);
        const cpu0 = process.cpuUsage();
        const b0 = browserCpu(profileDir);
        const w0 = Date.now();
        const res = await runOurs(pagesBy[v.label]);
        const cpu = process.cpuUsage(cpu0);
        const spent = cpuSpent(b0, browserCpu(profileDir), cpu.user + cpu.system, Date.now() - w0);
        // the reference server runs in this process: its CPU (with the Playwright driver's, small) per upload
        const rel = (t: number) => +((t - res.t0)).toFixed(1);
        const md5: { [id: string]: { post: number; size?: number; done?: number } } = {};
        for (const e of res.trace) {
          if (e.ev === 'md5-post') md5[String(e.id)] = { post: rel(Number(e.t)), size: e.size };
          if (e.ev === 'md5-done' && md5[String(e.id)]) md5[String(e.id)].done = rel(Number(e.t));
        }
        const xhrs = res.trace.filter((e) => e.ev === 'xhr').map((e) => ({ method: e.method, url: String(e.url).replace(srv.url, 'API'), part: e.part, body: e.body, start: rel(Number(e.t0)), end: rel(Number(e.t1)), ms: +(Number(e.t1) - Number(e.t0)).toFixed(1), progressEvents: e.progressEvents, status: e.status }));
        fs.writeFileSync(path.join(os.tmpdir(), 'fp-prof-browser-' + v.label + '.json'), JSON.stringify({ md5, xhrs, net }, null, 1));
        const md5ms = Object.keys(md5).map((k) => Number(md5[k].done) - md5[k].post);
        const puts = xhrs.filter((x) => x.method === 'PUT');
        const posts = xhrs.filter((x) => x.method === 'POST' && /multipart\/upload/.test(x.url));
        const avg = (xs: number[]) => +(xs.reduce((a, b) => a + b, 0) / (xs.length || 1)).toFixed(1);
        // time the hasher was busy (union of the md5 intervals) and the time some PUT was on the wire (union of PUTs)
        const union = (iv: Array<[number, number]>) => {
          let tot = 0; let end = -Infinity;
          for (const [a, b] of iv.slice().sort((x, y) => x[0] - y[0])) { if (b <= end) continue; tot += b - Math.max(a, end); end = b; }
          return +tot.toFixed(0);
        };
        const preflights = net.filter((r) => r.method === 'OPTIONS' || r.type === 'Preflight');
        process.stdout.write(JSON.stringify({
          what: 'profile-browser', variant: v.label, sizeMiB, round, seconds: +res.seconds.toFixed(3), partsSeconds: +res.partsSeconds.toFixed(3), MiBps: +(sizeMiB / res.seconds).toFixed(1), parts: puts.length,
          benchProcessCpuMs: Math.round((cpu.user + cpu.system) / 1000), requests: net.length,
          ...(rawSeconds ? { toRaw: +(rawSeconds / res.seconds).toFixed(3), partsToRaw: +(rawSeconds / res.partsSeconds).toFixed(3) } : {}), load: os.loadavg()[0],
          md5AvgMs: avg(md5ms), md5BusyMs: union(Object.keys(md5).map((k) => [md5[k].post, Number(md5[k].done)] as [number, number])),
          putBusyMs: union(puts.map((x) => [x.start, x.end] as [number, number])),
          uploadPostAvgMs: avg(posts.map((x) => x.ms)), putAvgMs: avg(puts.map((x) => x.ms)),
          progressEventsPerPut: avg(puts.map((x) => Number(x.progressEvents))), preflights: preflights.length, preflightAvgMs: avg(preflights.map((r) => (Number(r.ts1) - r.ts0) * 1000)),
          cpu: spent, longTasks: res.trace.filter((e) => e.ev === 'longtask').length,
          longestTaskMs: Math.round(Math.max(0, ...res.trace.filter((e) => e.ev === 'longtask').map((e) => Number(e.ms)))),
        }) + '\n');
      }
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
