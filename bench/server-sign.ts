/**
 * Benchmark (not a test): the rate and latency of `/multipart/upload` (part URL signing) with 200 uploads at once,
 * against one API instance and against two, side by side, round by round, in one run.
 *
 *   npx tsx bench/server-sign.ts [--uploads=200] [--parts=10] [--rounds=3]
 *
 * Setup, all on loopback: the built-in storage as its own process (`npm run storage`'s entry point), two API
 * processes (`npm start`'s entry point) over it with one shared secret, and a round-robin balancer in this process.
 * "One" = the balancer with one instance in rotation, "two" = with both (the same balancer either way). Per round:
 * 200 uploads are started, then each asks for the URLs of its parts 1..N one after the other, all 200 at once;
 * only these `/multipart/upload` calls are timed. Prints one JSON line per round, then the medians.
 */
import { spawn, ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as http from 'http';
import { AddressInfo } from 'net';

const ROOT = path.resolve(__dirname, '..');
const SECRET = 'bench-shared-secret';
const arg = (name: string, def: number): number => {
  const a = process.argv.find((x) => x.indexOf('--' + name + '=') === 0);
  return a ? Number(a.split('=')[1]) : def;
};
const UPLOADS = arg('uploads', 200);
const PARTS = arg('parts', 10);
const ROUNDS = arg('rounds', 3);

function run(file: string, env: Record<string, string>, pattern: RegExp): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['-e', `require('tsx/cjs/api').register(); require('./server/src/${file}').main(process.env)`], { cwd: ROOT, env: { ...process.env, NODE_NO_WARNINGS: '1', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    (child.stdout as NodeJS.ReadableStream).on('data', (d) => {
      out += d.toString();
      const m = pattern.exec(out);
      if (m && /Ctrl-C stops it/.test(out)) resolve({ child, url: m[1] });
    });
    child.on('exit', (c) => reject(new Error(`${file} exited with ${c}: ${out}`)));
  });
}

/** A round-robin balancer over `backends` (changed between rounds), with keep-alive to the backends. */
async function balancer(): Promise<{ url: string; backends: string[]; close(): void }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  let next = 0;
  const b = { url: '', backends: [] as string[], close: () => undefined as void };
  const server = http.createServer((req, res) => {
    const t = new URL(b.backends[next++ % b.backends.length]);
    const up = http.request({ host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers, agent }, (ur) => {
      res.writeHead(ur.statusCode || 502, ur.headers);
      ur.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  b.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  b.close = () => {
    server.close();
    server.closeAllConnections();
    agent.destroy();
  };
  return b;
}

const clientAgent = new http.Agent({ keepAlive: true, maxSockets: 512 });
/** requests sent again after a connection error (a kept-alive socket closed under the request): reported per round */
let resent = 0;

async function post(url: string, body: unknown): Promise<{ status: number; json: Record<string, string> }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await postOnce(url, body);
    } catch (e) {
      if (attempt >= 2) throw e;
      resent++;
    }
  }
}

function postOnce(url: string, body: unknown): Promise<{ status: number; json: Record<string, string> }> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent: clientAgent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) } }, (res) => {
      let s = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (s += d));
      res.on('end', () => resolve({ status: res.statusCode || 0, json: JSON.parse(s) }));
    });
    req.on('error', reject);
    req.end(text);
  });
}

async function round(base: string): Promise<{ rate: number; p50: number; p99: number; requests: number; resent: number }> {
  resent = 0;
  const size = PARTS * 5 * 1024 * 1024;
  const starts = await Promise.all(Array.from({ length: UPLOADS }, (_x, i) => post(base + '/multipart/start', { apikey: 'demo', filename: `b${i}.bin`, size })));
  const latencies: number[] = [];
  const t0 = process.hrtime.bigint();
  await Promise.all(
    starts.map(async (s) => {
      for (let p = 1; p <= PARTS; p++) {
        const t = process.hrtime.bigint();
        const r = await post(base + '/multipart/upload', { apikey: 'demo', uri: s.json.uri, region: s.json.region, upload_id: s.json.upload_id, part: p, size: 5 * 1024 * 1024, md5: '1B2M2Y8AsgTpgAmY7PhCfg==' });
        if (r.status !== 200) throw new Error('upload answered ' + r.status);
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  await Promise.all(starts.map((s) => post(base + '/multipart/abort', { apikey: 'demo', uri: s.json.uri, region: s.json.region, upload_id: s.json.upload_id })));
  latencies.sort((a, b) => a - b);
  const q = (f: number) => latencies[Math.min(latencies.length - 1, Math.floor(f * latencies.length))];
  return { rate: latencies.length / seconds, p50: q(0.5), p99: q(0.99), requests: latencies.length, resent };
}

const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-bench-sign-'));
  const procs: ChildProcess[] = [];
  const lb = await balancer();
  try {
    const storage = await run('storageCli.ts', { PORT: '0', DATA_DIR: path.join(dir, 'storage'), FP_SHARED_SECRET: SECRET }, /storage on (http:\/\/127\.0\.0\.1:\d+)/);
    procs.push(storage.child);
    const apis = [];
    for (const name of ['a', 'b']) {
      const env = { PORT: '0', DATA_DIR: path.join(dir, name), FP_STORAGE_URL: storage.url, FP_SHARED_SECRET: SECRET, PUBLIC_URL: lb.url, SAME_ORIGIN_STORAGE: 'false', UPLOAD_TTL_MS: '3600000' };
      const api = await run('cli.ts', env, /server on (http:\/\/127\.0\.0\.1:\d+)/);
      procs.push(api.child);
      apis.push(api.url);
    }
    lb.backends = apis;
    await round(lb.url); // warm-up, not reported
    const results: Record<string, { rate: number; p50: number; p99: number }[]> = { one: [], two: [] };
    for (let r = 0; r < ROUNDS; r++) {
      for (const variant of ['one', 'two']) {
        lb.backends = variant === 'one' ? apis.slice(0, 1) : apis;
        const m = await round(lb.url);
        results[variant].push(m);
        process.stdout.write(JSON.stringify({ round: r + 1, instances: variant, uploads: UPLOADS, ...m }) + '\n');
      }
    }
    for (const variant of ['one', 'two']) {
      const rs = results[variant];
      const line = { instances: variant, rateMedian: median(rs.map((x) => x.rate)), rateMin: Math.min(...rs.map((x) => x.rate)), rateMax: Math.max(...rs.map((x) => x.rate)), p50Median: median(rs.map((x) => x.p50)), p99Median: median(rs.map((x) => x.p99)), p99Max: Math.max(...rs.map((x) => x.p99)) };
      process.stdout.write('summary ' + JSON.stringify(line) + '\n');
    }
  } finally {
    lb.close();
    clientAgent.destroy();
    for (const p of procs) p.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(String((e && e.stack) || e) + '\n');
  process.exit(1);
});
