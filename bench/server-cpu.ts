/**
 * Benchmark (not a test): the reference server's CPU per MiB stored, for the same bytes sent three ways to the same
 * storage (the embedded s3rver behind its gate, in the server's own process):
 *   raw      one presigned PUT of the whole file (what a raw upload costs the server);
 *   ours     the engine's multipart upload, as any Node user runs it (native MD5 per part);
 *   ours:pre the engine with every part's MD5 computed before the upload starts (the client's ceiling: the server
 *            then sees requests as fast as the client can send them).
 *
 *   npx tsx bench/server-cpu.ts [--sizes=64,256] [--rounds=5] [--variants=raw,ours,ours:pre] [--same-origin]
 *
 * The server runs in a child process (this file with --serve); its CPU (user + system, process.cpuUsage over IPC) is
 * read just before and just after each upload, which ends once the stored file is answered (complete included). The
 * variants run interleaved, round after round, so each round's figures shared the same moment of the machine.
 * --same-origin: the server mounts its storage at /s3/ on its own origin (`sameOriginStorage`), and the part URLs go
 * there. Prints one JSON line per upload, then one summary line per size and variant (median, min, max).
 * Profile the server: FP_SERVER_CPU_PROF=<dir> writes one CPU profile of the server per measured upload,
 * `<dir>/<variant>-<size>MiB-<round>.cpuprofile` (the inspector's profiler, started and stopped around the upload).
 */
import { spawn, ChildProcess } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { PartDigest, PartHasher } from '../src/upload/md5';

const MIB = 1024 * 1024;
const SAME_ORIGIN = process.argv.indexOf('--same-origin') >= 0;

interface StartAnswer { location_url: string; uri: string; region: string; upload_id: string }
interface PartAnswer { url: string; headers: { [name: string]: string } }
type Cpu = { user: number; system: number };

async function serve(): Promise<void> {
  const { startServer } = await import('../server/src/index');
  const server = await startServer({ port: 0, apps: [{ apikey: 'bench' }], completeWaitMs: 120000, sameOriginStorage: SAME_ORIGIN });
  const inspector = await import('inspector');
  const session = new inspector.Session();
  session.connect();
  const post = (method: string) => new Promise<unknown>((resolve, reject) => session.post(method, (e, r) => (e ? reject(e) : resolve(r))));
  process.on('message', (m: { cpu?: boolean; stop?: boolean; profile?: string }) => {
    // profiles cover the measured uploads only: started before the first CPU read, written after the second
    const fail = (e: Error) => process.stderr.write('profiler: ' + e.message + '\n');
    if (m.profile === 'start') post('Profiler.enable').then(() => post('Profiler.start')).then(() => (process.send as (x: unknown) => void)({ profiling: true }), fail);
    else if (m.profile) post('Profiler.stop').then((r) => fs.writeFileSync(m.profile as string, JSON.stringify((r as { profile: unknown }).profile))).then(() => (process.send as (x: unknown) => void)({ profiling: false }), fail);
    if (m.cpu) (process.send as (x: unknown) => void)({ cpu: process.cpuUsage() });
    if (m.stop) server.close().then(() => process.exit(0), () => process.exit(1));
  });
  (process.send as (x: unknown) => void)({ url: server.url });
}

/** The server child and a way to read its CPU time so far (µs). */
async function startChild(): Promise<{ child: ChildProcess; url: string; cpu: () => Promise<Cpu>; profile: (file: string) => Promise<void> }> {
  const child = spawn(process.execPath, [...process.execArgv, __filename, '--serve'].concat(SAME_ORIGIN ? ['--same-origin'] : []), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { url: string }) => resolve(m.url));
    child.once('exit', (code) => reject(new Error('server process exited with ' + code)));
  });
  const cpu = () => new Promise<Cpu>((resolve) => {
    child.once('message', (m: { cpu: Cpu }) => resolve(m.cpu));
    child.send({ cpu: true });
  });
  const profile = (file: string) => new Promise<void>((resolve) => {
    child.once('message', () => resolve());
    child.send({ profile: file });
  });
  return { child, url, cpu, profile };
}

function makeFile(sizeMiB: number): string {
  const file = path.join(os.tmpdir(), 'fp-bench-cpu-' + sizeMiB + 'MiB-' + process.pid + '.bin');
  const fd = fs.openSync(file, 'w');
  const chunk = Buffer.alloc(8 * MIB);
  for (let written = 0; written < sizeMiB * MIB; written += chunk.length) {
    crypto.randomFillSync(chunk);
    fs.writeSync(fd, chunk, 0, Math.min(chunk.length, sizeMiB * MIB - written));
  }
  fs.closeSync(fd);
  return file;
}

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const text = await r.text();
  if (r.status !== 200) throw new Error(url + ' answered ' + r.status + ' ' + text);
  return JSON.parse(text) as T;
}

/** One presigned PUT of the whole file (a one-part upload's part 1, prepared before and aborted after the timing). */
async function rawUpload(url: string, file: string, size: number, measure: (fn: () => Promise<void>) => Promise<void>): Promise<void> {
  const ids = await postJson<StartAnswer>(url + '/multipart/start', { apikey: 'bench', filename: 'raw.bin', mimetype: 'application/octet-stream', size, store: { location: 's3', path: 'raw/' } });
  const at = { apikey: 'bench', uri: ids.uri, region: ids.region, upload_id: ids.upload_id, store: { location: 's3' } };
  const target = await postJson<PartAnswer>(ids.location_url + '/multipart/upload', { ...at, part: 1, size });
  await measure(() => new Promise<void>((resolve, reject) => {
    const u = new URL(target.url);
    const req = http.request({ method: 'PUT', hostname: u.hostname, port: u.port, path: u.pathname + u.search, headers: { ...target.headers, 'Content-Length': String(size) } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error('raw PUT answered ' + res.statusCode))));
    });
    req.on('error', reject);
    fs.createReadStream(file, { highWaterMark: MIB }).pipe(req);
  }));
  await postJson<unknown>(ids.location_url + '/multipart/abort', at);
}

/** A source whose slices remember where they start, and a hasher answering each slice's MD5 computed beforehand. */
function precomputed(file: string, blob: Blob, partSize: number): { source: Blob; hasher: PartHasher } {
  const bytes = fs.readFileSync(file);
  const md5s: { [start: number]: string } = {};
  for (let s = 0; s < bytes.length; s += partSize) md5s[s] = crypto.createHash('md5').update(bytes.subarray(s, s + partSize)).digest('base64');
  const START = Symbol('start');
  const source = { size: blob.size, type: blob.type, slice: (a?: number, b?: number) => Object.assign(blob.slice(a, b), { [START]: a || 0 }) } as unknown as Blob;
  const digest = (b: Blob): Promise<PartDigest> => Promise.resolve({ md5: md5s[(b as unknown as { [START]: number })[START]] });
  return { source, hasher: { ahead: 1, digest, md5: (b) => digest(b).then((d) => d.md5), dispose() { /* nothing held */ } } };
}

async function oursUpload(url: string, file: string, pre: boolean, measure: (fn: () => Promise<void>) => Promise<void>): Promise<void> {
  const { createUploader } = await import('../src/upload/createUploader');
  const { runUpload } = await import('../src/upload/uploadFile');
  const { resolveOptions } = await import('../src/upload/options');
  const { PartQueue } = await import('../src/upload/queue');
  const { defaultEnvironment } = await import('../src/upload/environment');
  const { nodeHttpTransport } = await import('../src/core/http/nodeHttpTransport');
  const hosts = { uploadApi: url, fileApi: url + '/api/file', cdn: url, processApi: url, cloudApi: url } as unknown as import('../src/core/contracts').Hosts;
  const blob = (await fs.openAsBlob(file)) as unknown as Blob;
  const store = { location: 's3' as const, path: 'ours/' };
  if (!pre) {
    const up = createUploader({ apikey: 'bench', hosts, resume: false, debug: () => undefined });
    return measure(async () => {
      const stored = await up.upload(blob, store).promise;
      if (stored.size !== blob.size) throw new Error('stored size ' + stored.size);
    });
  }
  const opts = resolveOptions({ resume: false });
  const { source, hasher } = precomputed(file, blob, opts.partSize);
  const deps = { transport: nodeHttpTransport(), env: defaultEnvironment({}), hosts, apikey: 'bench', queue: new PartQueue(opts.maxConcurrentUploads), hasher, debug: () => undefined };
  return measure(async () => {
    const stored = await runUpload(deps, source, store, {}, opts).promise;
    if (stored.size !== blob.size) throw new Error('stored size ' + stored.size);
  });
}

function stats(xs: number[]): { median: number; min: number; max: number } {
  const s = xs.slice().sort((a, b) => a - b);
  const n = s.length;
  return { median: n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2, min: s[0], max: s[n - 1] };
}

async function main(): Promise<void> {
  const arg = (name: string, def: string) => {
    const a = process.argv.find((x) => x.indexOf('--' + name + '=') === 0);
    return a ? a.slice(name.length + 3) : def;
  };
  const sizes = arg('sizes', '64,256').split(',').map(Number);
  const rounds = Number(arg('rounds', '5'));
  const variants = arg('variants', 'raw,ours,ours:pre').split(',');
  for (const v of variants) if (['raw', 'ours', 'ours:pre'].indexOf(v) < 0) throw new Error('unknown variant ' + v + ' (raw, ours, ours:pre)');
  const { child, url, cpu, profile } = await startChild();
  const profDir = process.env.FP_SERVER_CPU_PROF;
  const loads: number[] = [];
  try {
    for (const sizeMiB of [16].concat(sizes)) {
      const warm = sizeMiB === 16 && sizes.indexOf(16) < 0;
      const file = makeFile(sizeMiB);
      const per: { [v: string]: number[] } = {};
      try {
        for (let r = 0; r < (warm ? 1 : rounds); r++) {
          for (const v of variants) {
            let used = 0;
            let system = 0;
            let seconds = 0;
            const measure = async (fn: () => Promise<void>) => {
              if (profDir && !warm) await profile('start');
              const a = await cpu();
              const t0 = process.hrtime.bigint();
              await fn();
              seconds = Number(process.hrtime.bigint() - t0) / 1e9;
              const b = await cpu();
              used = (b.user - a.user + b.system - a.system) / 1e6;
              system = (b.system - a.system) / 1e6;
              if (profDir && !warm) await profile(path.join(profDir, v.replace(':', '-') + '-' + sizeMiB + 'MiB-' + r + '.cpuprofile'));
            };
            if (v === 'raw') await rawUpload(url, file, sizeMiB * MIB, measure);
            else await oursUpload(url, file, v === 'ours:pre', measure);
            loads.push(os.loadavg()[0]);
            if (warm) continue;
            (per[v] = per[v] || []).push(used / sizeMiB);
            process.stdout.write(JSON.stringify({ what: 'server-cpu', variant: v, sizeMiB, round: r, serverCpuSeconds: +used.toFixed(3), systemSeconds: +system.toFixed(3), msPerMiB: +((used / sizeMiB) * 1000).toFixed(2), seconds: +seconds.toFixed(3) }) + '\n');
            await new Promise((res) => setTimeout(res, 500));
          }
        }
      } finally {
        fs.rmSync(file, { force: true });
      }
      for (const v of Object.keys(per)) {
        const s = stats(per[v].map((x) => x * 1000));
        const raw = per.raw ? per[v].map((x, i) => x / per.raw[i]) : [];
        process.stdout.write(JSON.stringify({ what: 'server-cpu-summary', variant: v, sizeMiB, rounds: per[v].length, msPerMiB: s, ratioToRaw: raw.length ? stats(raw) : undefined }) + '\n');
      }
    }
  } finally {
    child.send({ stop: true });
  }
  const l = stats(loads);
  process.stdout.write(JSON.stringify({ what: 'server-cpu-environment', sameOrigin: SAME_ORIGIN, loadAverage: l, node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0] && os.cpus()[0].model }) + '\n');
}

if (process.argv.indexOf('--serve') >= 0) serve().catch((e) => { process.stderr.write(String(e && e.stack) + '\n'); process.exit(1); });
else main().catch((e) => { process.stderr.write(String(e && e.stack) + '\n'); process.exit(1); });
