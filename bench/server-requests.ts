/**
 * Benchmark (not a test): the reference server's CPU per request of a multipart upload, apart from the bytes: per
 * `/multipart/upload` call (one part URL each, with a Content-MD5), then per PUT of a small part (1 KiB by default) to
 * those URLs, one request at a time. The server (`startServer`, its embedded storage in the same process) runs in a
 * child process; its CPU (process.cpuUsage over IPC) is read before and after each series of N requests.
 *
 *   npx tsx bench/server-requests.ts          (env: N=300 requests per series, SZ=1024 bytes per part,
 *                                              PROF=<path prefix>: the third round writes <prefix>-sign.cpuprofile and
 *                                              <prefix>-put.cpuprofile, the server's CPU profiles of the two series)
 *
 * Prints one JSON line per round (3 rounds; the first one warms up): µs of server CPU per call and per part PUT.
 */
import { spawn } from 'child_process';
import * as crypto from 'crypto';
import * as http from 'http';
import * as fs from 'fs';
import * as os from 'os';

type Cpu = { user: number; system: number };

async function serve(): Promise<void> {
  const { startServer } = await import('../server/src/index');
  const server = await startServer({ port: 0, apps: [{ apikey: 'bench' }], completeWaitMs: 120000 });
  const inspector = await import('inspector');
  const session = new inspector.Session();
  session.connect();
  const post = (m: string) => new Promise<unknown>((res, rej) => session.post(m, (e, r) => (e ? rej(e) : res(r))));
  process.on('message', async (m: { cpu?: boolean; stop?: boolean; prof?: string }) => {
    if (m.prof === 'start') {
      await post('Profiler.enable');
      await post('Profiler.start');
    } else if (m.prof) {
      const r = (await post('Profiler.stop')) as { profile: unknown };
      fs.writeFileSync(m.prof, JSON.stringify(r.profile));
    }
    if (m.cpu || m.prof) (process.send as (x: unknown) => void)({ cpu: process.cpuUsage() });
    if (m.stop) process.exit(0);
  });
  (process.send as (x: unknown) => void)({ url: server.url });
}

async function postJson<T>(url: string, body: unknown): Promise<T> {
  const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const t = await r.text();
  if (r.status !== 200) throw new Error(url + ' ' + r.status + ' ' + t);
  return JSON.parse(t) as T;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function put(url: string, headers: Record<string, string>, body: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = http.request({ agent, method: 'PUT', hostname: u.hostname, port: u.port, path: u.pathname + u.search, headers: { ...headers, 'Content-Length': String(body.length) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode || 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function main(): Promise<void> {
  const child = spawn(process.execPath, [...process.execArgv, __filename, '--serve'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const url = await new Promise<string>((r) => child.once('message', (m: { url: string }) => r(m.url)));
  const ctl = (msg: object) =>
    new Promise<Cpu>((r) => {
      child.once('message', (m: { cpu: Cpu }) => r(m.cpu));
      child.send(msg);
    });
  const N = Number(process.env.N || 300);
  const size = Number(process.env.SZ || 1024);
  const prof = process.env.PROF;
  const body = crypto.randomBytes(size);
  const md5 = crypto.createHash('md5').update(body).digest('base64');
  for (let round = 0; round < 3; round++) {
    const ids = await postJson<{ uri: string; region: string; upload_id: string; location_url: string }>(url + '/multipart/start', { apikey: 'bench', filename: 'm.bin', size: N * size + 1, store: { location: 's3' } });
    const at = { apikey: 'bench', uri: ids.uri, region: ids.region, upload_id: ids.upload_id, store: { location: 's3' } };
    let a = round === 2 && prof ? await ctl({ prof: 'start' }) : await ctl({ cpu: true });
    const targets: { url: string; headers: Record<string, string> }[] = [];
    for (let i = 1; i <= N; i++) targets.push(await postJson(url + '/multipart/upload', { ...at, part: i, size, md5 }));
    let b = round === 2 && prof ? await ctl({ prof: prof + '-sign.cpuprofile' }) : await ctl({ cpu: true });
    const sign = (b.user + b.system - a.user - a.system) / N;
    a = round === 2 && prof ? await ctl({ prof: 'start' }) : await ctl({ cpu: true });
    for (const t of targets) {
      const s = await put(t.url, t.headers, body);
      if (s !== 200) throw new Error('part PUT answered ' + s);
    }
    b = round === 2 && prof ? await ctl({ prof: prof + '-put.cpuprofile' }) : await ctl({ cpu: true });
    const puts = (b.user + b.system - a.user - a.system) / N;
    process.stdout.write(JSON.stringify({ what: 'server-requests', round, loadAverage: os.loadavg()[0], signUsPerCall: Math.round(sign), putUsPerPart: Math.round(puts) }) + '\n');
    await postJson(url + '/multipart/abort', at);
  }
  child.send({ stop: true });
}

const fail = (e: Error) => {
  process.stderr.write(String(e && e.stack) + '\n');
  process.exit(1);
};
if (process.argv.indexOf('--serve') >= 0) serve().catch(fail);
else main().catch(fail);
