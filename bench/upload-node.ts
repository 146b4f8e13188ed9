/**
 * Benchmark (not a test): the engine uploading 256 MiB and 1 GiB from Node to the reference server, side by side
 * with one raw presigned S3 PutObject of the same bytes to the same storage.
 *
 *   npx tsx bench/upload-node.ts [--sizes=256,1024] [--rounds=2] [--port80] [--variants=raw,ours,fsjs] [--timeline]
 *
 * --variants: which uploads run in each round, in this order (default raw,ours, plus fsjs with --port80). `ours` is the
 * engine with its defaults; `ours:c3` sets maxConcurrentUploads 3, `ours:p6` a 6 MiB partSize, `ours:c3p6` both (any
 * numbers), so settings can be compared side by side, round by round. Lines of a variant say `"what":"engine:c3"`.
 * --timeline: prints, per engine upload, when each request started and ended (ms from the upload's start).
 *
 * --port80: the server listens on 127.0.0.1:80 and hands out only port-less URLs (API and, with same-origin storage,
 * the part URLs), so unmodified filestack-js 4.3.8 can reach it from Node (its Node adapter cannot reach a URL with an
 * explicit port); then filestack-js uploads the same file (by path, as a Node user passes it) in every round too, and
 * ours and raw use that same server. Binding port 80 needs root or a network namespace of our own:
 * `unshare --user --map-root-user --net sh -c 'ip link set lo up && exec node … --port80'` (bench/run.js does this).
 *
 * --sink: the reference server stores into a loopback sink that discards the bytes (bench/sinkStorage.ts, its own
 * process, given to the server as its `s3` endpoint), so ours and raw measure the uploader's own ceiling; not with --port80.
 *
 * The server runs in a child process (this same file with --serve), so the RSS measured here is the uploader's alone.
 * The child runs the reference server with its embedded s3rver; the raw PUT and the engine's part PUTs reach the very
 * same s3rver through the same gate. Prints one JSON line per measurement, then a summary.
 */
import { spawn, ChildProcess } from 'child_process';
import { createInterface } from 'readline';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { randomFillSync } from 'crypto';
import * as http from 'http';
import type { HttpRequest, HttpTransport } from '../src/core/http';

/** The upload API's answer to multipart/start. */
interface StartAnswer { location_url: string; uri: string; region: string; upload_id: string }
/** The upload API's answer to multipart/upload: where to PUT the part, with which headers. */
interface PartAnswer { url: string; headers: { [name: string]: string } }

const MIB = 1024 * 1024;

interface ServeInfo {
  url: string;
}

const PORT80 = process.argv.indexOf('--port80') >= 0;
const TIMELINE = process.argv.indexOf('--timeline') >= 0;
const SINK = process.argv.indexOf('--sink') >= 0;
/** given to the --serve child: the sink's URL */
const SINK_URL = (process.argv.find((a) => a.indexOf('--sink-url=') === 0) || '').slice(11);

/** `ours`, `ours:c3`, `ours:p6`, `ours:c3p6` → the engine overrides they stand for. */
function variantOverrides(v: string): { maxConcurrentUploads?: number; partSize?: number } {
  const m = /^ours(?::(?:c(\d+))?(?:p(\d+))?)?$/.exec(v);
  if (!m) throw new Error('unknown variant ' + v + ' (raw, fsjs, ours, ours:c3, ours:p6, ours:c3p6)');
  const o: { maxConcurrentUploads?: number; partSize?: number } = {};
  if (m[1]) o.maxConcurrentUploads = Number(m[1]);
  if (m[2]) o.partSize = Number(m[2]) * MIB;
  return o;
}

/** Wraps a transport to record each request's start and end (ms since `reset`) for --timeline. */
function timedTransport(inner: HttpTransport): { transport: HttpTransport; reset: () => void; dump: () => string } {
  let t0 = process.hrtime.bigint();
  let rows: string[] = [];
  const ms = () => (Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0);
  return {
    reset() { t0 = process.hrtime.bigint(); rows = []; },
    dump: () => rows.join('\n'),
    transport: {
      streamsProgress: inner.streamsProgress,
      request(req: HttpRequest) {
        const start = ms();
        const what = req.method + ' ' + new URL(req.url).pathname.replace(/^.*\/(multipart\/\w+)$/, '$1').slice(0, 40) + (/partNumber=(\d+)/.exec(req.url) ? ' part ' + /partNumber=(\d+)/.exec(req.url)![1] : '');
        return inner.request(req).then((res) => { rows.push(start + '–' + ms() + ' ' + what); return res; });
      },
    },
  };
}

async function serve(): Promise<void> {
  const { startServer } = await import('../server/src/index');
  const where = PORT80 ? { port: 80, host: '127.0.0.1', publicUrl: 'http://127.0.0.1', sameOriginStorage: true } : { port: 0 };
  const storage = SINK_URL ? { s3: { endpoint: SINK_URL, region: 'us-east-1', bucket: 'fp-sink', accessKeyId: 'bench', secretAccessKey: 'bench-secret' } } : {};
  const server = await startServer({ ...where, ...storage, apps: [{ apikey: 'bench' }], completeWaitMs: 60000 });
  process.stdout.write(JSON.stringify({ url: PORT80 ? 'http://127.0.0.1' : server.url }) + '\n');
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.stdin.on('end', stop);
  process.stdin.resume();
}

function startChild(sinkUrl?: string): Promise<{ child: ChildProcess; info: ServeInfo }> {
  const child = spawn(process.execPath, [...process.execArgv, __filename, '--serve'].concat(PORT80 ? ['--port80'] : [], sinkUrl ? ['--sink-url=' + sinkUrl] : []), { stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    rl.once('line', (line) => resolve({ child, info: JSON.parse(line) }));
    child.once('exit', (code) => reject(new Error('server process exited with ' + code)));
  });
}

function makeFile(sizeMiB: number): string {
  const file = path.join(os.tmpdir(), 'fp-bench-' + sizeMiB + 'MiB-' + process.pid + '.bin');
  const fd = fs.openSync(file, 'w');
  const chunk = Buffer.alloc(8 * MIB);
  for (let written = 0; written < sizeMiB * MIB; written += chunk.length) {
    randomFillSync(chunk);
    fs.writeSync(fd, chunk, 0, Math.min(chunk.length, sizeMiB * MIB - written));
  }
  fs.closeSync(fd);
  return file;
}

/** The file as a Blob read from disk on demand (node's Blob is the engine's Blob at run time; the types differ). */
async function openBlob(file: string): Promise<Blob> {
  return (await fs.openAsBlob(file)) as unknown as Blob;
}

/** Runs `fn`, sampling this process's RSS every 5 ms; returns seconds and the peak growth over the start. */
async function measure(fn: () => Promise<unknown>): Promise<{ seconds: number; rssGrowthMiB: number; windowUs: number[] }> {
  const gc = (global as { gc?: () => void }).gc; // present under node --expose-gc
  if (typeof gc === 'function') gc();
  const base = process.memoryUsage.rss();
  let peak = base;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 5);
  const t0 = process.hrtime.bigint();
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  const t1 = process.hrtime.bigint();
  const seconds = Number(t1 - t0) / 1e9;
  peak = Math.max(peak, process.memoryUsage.rss());
  // monotonic µs, the clock of `node --cpu-prof` samples, so a profile can be cut to this window
  return { seconds, rssGrowthMiB: (peak - base) / MIB, windowUs: [Number(t0 / BigInt(1000)), Number(t1 / BigInt(1000))] };
}

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const text = await r.text();
  if (r.status !== 200) throw new Error(url + ' answered ' + r.status + ' ' + text);
  return JSON.parse(text) as T;
}

/**
 * The raw baseline: one presigned S3 URL for the whole file from the same s3rver (behind the same gate the engine's
 * part PUTs pass), streamed from disk with node:http. The server hands it out as part 1 of a one-part upload; only
 * the PUT is timed, and the upload is aborted afterwards.
 */
async function rawPrepare(info: ServeInfo, size: number): Promise<{ put: (file: string) => Promise<void>; cleanup: () => Promise<void> }> {
  const ids = await postJson<StartAnswer>(info.url + '/multipart/start', { apikey: 'bench', filename: 'raw.bin', mimetype: 'application/octet-stream', size, store: { location: 's3', path: 'raw/' } });
  const target = await postJson<PartAnswer>(ids.location_url + '/multipart/upload', { apikey: 'bench', uri: ids.uri, region: ids.region, upload_id: ids.upload_id, part: 1, size, store: { location: 's3' } });
  const put = (file: string) => new Promise<void>((resolve, reject) => {
    const u = new URL(target.url);
    const req = http.request({ method: 'PUT', hostname: u.hostname, port: u.port, path: u.pathname + u.search, headers: { ...target.headers, 'Content-Length': String(size) } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error('raw PUT answered ' + res.statusCode))));
    });
    req.on('error', reject);
    fs.createReadStream(file, { highWaterMark: 1024 * 1024 }).pipe(req);
  });
  const cleanup = async () => {
    await postJson<unknown>(ids.location_url + '/multipart/abort', { apikey: 'bench', uri: ids.uri, region: ids.region, upload_id: ids.upload_id });
  };
  return { put, cleanup };
}

/** Lets the server finish its clean-up and the kernel write back dirty pages, so runs do not pay for each other. */
async function settleDisk(): Promise<void> {
  await new Promise((r) => setTimeout(r, 1500));
  try {
    require('child_process').execFileSync('sync');
  } catch {
    /* no sync binary: the pause alone */
  }
}

async function main(): Promise<void> {
  const arg = (name: string, def: string) => {
    const a = process.argv.find((x) => x.indexOf('--' + name + '=') === 0);
    return a ? a.slice(name.length + 3) : def;
  };
  const sizes = arg('sizes', '256,1024').split(',').map(Number);
  const rounds = Number(arg('rounds', '2'));
  const variants = arg('variants', PORT80 ? 'raw,ours,fsjs' : 'raw,ours').split(',');
  for (const v of variants) if (v !== 'raw' && v !== 'fsjs') variantOverrides(v);
  if (variants.indexOf('fsjs') >= 0 && !PORT80) throw new Error('the fsjs variant needs --port80');
  if (SINK && PORT80) throw new Error('--sink is not for --port80 (filestack-js is not measured against the sink)');
  const { init } = await import('../src/client');
  const { nodeHttpTransport } = await import('../src/core/http/nodeHttpTransport');
  const timed = timedTransport(nodeHttpTransport());
  const sink = SINK ? await (await import('./sinkStorage')).spawnSink() : null;
  const { child, info } = await startChild(sink ? sink.url : undefined);
  // filestack-js 4.3.8 as published (Node build, its own HTTP adapter); `session.urls` is shared by its clients
  const fsjs = PORT80 ? require('filestack-js') : null;
  const fsjsUpload = async (file: string) => {
    const c = fsjs.init('bench');
    c.session.urls.uploadApiUrl = info.url;
    const stored = await c.upload(file, {}, { location: 's3', path: 'fsjs/' });
    if (!stored || stored.status !== 'Stored') throw new Error('filestack-js: ' + JSON.stringify(stored).slice(0, 300));
  };
  const summary: object[] = [];
  try {
    // Warm-up (JIT, sockets, the server's first bucket calls) of what this run measures, not measured.
    const warm = makeFile(16);
    const warmClient = init('bench', undefined, { hosts: info.url, transport: TIMELINE ? timed.transport : undefined });
    try {
      for (const v of variants) {
        if (v === 'fsjs') await fsjsUpload(warm);
        else if (v === 'raw') {
          const w = await rawPrepare(info, 16 * MIB);
          await w.put(warm);
          await w.cleanup();
        } else await warmClient.upload(await openBlob(warm), variantOverrides(v));
      }
    } finally {
      fs.rmSync(warm, { force: true });
    }
    for (const sizeMiB of sizes) {
      const file = makeFile(sizeMiB);
      const client = init('bench', undefined, { hosts: info.url, transport: TIMELINE ? timed.transport : undefined });
      const runs: { raw: number[]; ours: number[]; rss: number[]; rawRss: number[] } = { raw: [], ours: [], rss: [], rawRss: [] };
      try {
        for (let r = 0; r < rounds; r++) {
          let raw: { seconds: number; rssGrowthMiB: number } | null = null;
          let oursDefault: { seconds: number } | null = null;
          for (const v of variants) {
            if (v === 'raw') {
              const rawTarget = await rawPrepare(info, sizeMiB * MIB);
              raw = await measure(() => rawTarget.put(file));
              await rawTarget.cleanup();
              const rawLine = { what: 'raw-put', sizeMiB, round: r, seconds: +raw.seconds.toFixed(3), MiBps: +(sizeMiB / raw.seconds).toFixed(1), rssGrowthMiB: +raw.rssGrowthMiB.toFixed(1) };
              process.stdout.write(JSON.stringify(rawLine) + '\n');
              runs.raw.push(raw.seconds);
              runs.rawRss.push(raw.rssGrowthMiB);
            } else if (v === 'fsjs') {
              const peer = await measure(() => fsjsUpload(file));
              process.stdout.write(JSON.stringify({ what: 'fsjs-node', sizeMiB, round: r, seconds: +peer.seconds.toFixed(3), MiBps: +(sizeMiB / peer.seconds).toFixed(1), rssGrowthMiB: +peer.rssGrowthMiB.toFixed(1), windowUs: peer.windowUs, ratioOursToFsjs: oursDefault ? +(peer.seconds / oursDefault.seconds).toFixed(3) : undefined }) + '\n');
            } else {
              let partsDoneAt = 0;
              const t0 = Date.now();
              timed.reset();
              const ours = await measure(async () => {
                const blob = await openBlob(file);
                const stored = await client.upload(blob, { ...variantOverrides(v), onUploadComplete: () => { partsDoneAt = Date.now(); } }, { path: 'ours/' });
                if (stored.size !== sizeMiB * MIB) throw new Error('stored size ' + stored.size);
              });
              const line = { what: v === 'ours' ? 'engine' : 'engine:' + v.slice(5), sizeMiB, round: r, seconds: +ours.seconds.toFixed(3), MiBps: +(sizeMiB / ours.seconds).toFixed(1), rssGrowthMiB: +ours.rssGrowthMiB.toFixed(1), partsSeconds: (partsDoneAt - t0) / 1000, completeSeconds: +(ours.seconds - (partsDoneAt - t0) / 1000).toFixed(3), ratioToRaw: raw ? +(raw.seconds / ours.seconds).toFixed(3) : undefined, windowUs: ours.windowUs };
              process.stdout.write(JSON.stringify(line) + '\n');
              if (TIMELINE) process.stderr.write('timeline ' + v + ' ' + sizeMiB + ' MiB round ' + r + ' (ms)\n' + timed.dump() + '\n');
              if (v === 'ours') {
                oursDefault = ours;
                runs.ours.push(ours.seconds);
                runs.rss.push(ours.rssGrowthMiB);
              }
            }
            await settleDisk();
          }
        }
      } finally {
        fs.rmSync(file, { force: true });
      }
      const best = (xs: number[]) => Math.min.apply(null, xs);
      summary.push({
        what: 'summary', sizeMiB, rawBestMiBps: +(sizeMiB / best(runs.raw)).toFixed(1), engineBestMiBps: +(sizeMiB / best(runs.ours)).toFixed(1),
        ratioBest: +(best(runs.raw) / best(runs.ours)).toFixed(3), enginePeakRssGrowthMiB: +Math.max.apply(null, runs.rss).toFixed(1),
        rawPeakRssGrowthMiB: +Math.max.apply(null, runs.rawRss).toFixed(1),
      });
    }
  } finally {
    (child.stdin as NodeJS.WritableStream).end();
    if (sink) sink.stop();
  }
  for (const s of summary) process.stdout.write(JSON.stringify(s) + '\n');
  process.stdout.write(JSON.stringify({ what: 'environment', port80: PORT80, sink: SINK, node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0] && os.cpus()[0].model }) + '\n');
}

if (process.argv.indexOf('--serve') >= 0) serve().catch((e) => { process.stderr.write(String(e && e.stack) + '\n'); process.exit(1); });
else main().catch((e) => { process.stderr.write(String(e && e.stack) + '\n'); process.exit(1); });
