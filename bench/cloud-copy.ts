/**
 * Benchmark (not a test): a provider file copied into storage server-side by `/cloud/store/` (WebDAV source, size
 * known: a multipart upload whose parts are streamed into their PUTs), against a plain stream copy of the same bytes
 * on the same machine (one GET from the same WebDAV server streamed into one PutObject of the same storage client),
 * alternating, round by round.
 *
 *   npx tsx bench/cloud-copy.ts [--mib=1024] [--rounds=3]
 *
 * All in this process, on loopback: the built-in storage, the reference server, a webdav-server over a temp folder.
 * Reports per round the load average, MiB/s of each, the ratio (plain seconds / ours), the CPU seconds this process
 * used for each copy (on a shared machine a steadier measure of the work than the time), and the peak rise of this
 * process's RSS during each copy (sampled every 50 ms), which bounds the server's memory for one copy; then the
 * medians: `ratio` (throughput ours/plain) and `cpuRatio` (CPU ours/plain).
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { randomBytes } from 'crypto';
import { startServer, startBuiltinStorage } from '../server/src/index';
import { builtinClient } from '../server/src/storage/builtin';
import { startWebdavSource } from '../server/src/cloud/demoSources';

const arg = (name: string, def: number): number => {
  const a = process.argv.find((x) => x.indexOf('--' + name + '=') === 0);
  return a ? Number(a.split('=')[1]) : def;
};
const MIB = arg('mib', 1024);
const ROUNDS = arg('rounds', 3);
const SECRET = 'bench-cloud-secret';

async function writeFile(file: string, mib: number): Promise<void> {
  const out = fs.createWriteStream(file);
  const block = randomBytes(1024 * 1024);
  for (let i = 0; i < mib; i++) if (!out.write(block)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
}

/** Runs `fn`, sampling RSS; resolves with seconds taken, the CPU seconds this process used and the peak RSS rise in MiB. */
async function measured(fn: () => Promise<void>): Promise<{ s: number; cpu: number; rssMiB: number }> {
  if (global.gc) global.gc();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  try {
    await fn();
  } finally {
    clearInterval(timer);
  }
  const cpu = process.cpuUsage(cpu0);
  return { s: Number(process.hrtime.bigint() - t0) / 1e9, cpu: (cpu.user + cpu.system) / 1e6, rssMiB: (peak - base) / 1048576 };
}

/** One GET from the WebDAV server streamed into one PutObject (the storage client's own streaming upload). */
function plainCopy(src: string, auth: string, client: ReturnType<typeof builtinClient>, key: string, size: number): Promise<void> {
  return new Promise((resolve, reject) => {
    http
      .get(src, { headers: { Authorization: auth } }, (get) => {
        client.putObject('fp-uploads', key, get, size, 'application/octet-stream', {}, false).then(() => resolve(), reject);
      })
      .on('error', reject);
  });
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-bench-cloud-'));
  const storage = await startBuiltinStorage({ dir: path.join(dir, 's3'), secret: SECRET });
  const srv = await startServer({ dataDir: path.join(dir, 'data'), storageUrl: storage.endpoint, sharedSecret: SECRET, cloud: { allowHosts: ['127.0.0.1'] } });
  const root = path.join(dir, 'dav');
  fs.mkdirSync(root);
  await writeFile(path.join(root, 'big.bin'), MIB);
  const dav = await startWebdavSource(root);
  const client = builtinClient(storage.endpoint, SECRET, 'fp-uploads', 'us-east-1', 3600);
  const size = MIB * 1024 * 1024;
  const auth = 'Basic ' + Buffer.from(`${dav.credentials.user}:${dav.credentials.password}`).toString('base64');
  const signIn = await (await fetch(srv.url + '/cloud/auth/credentials', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ apikey: 'demo', clouds: { webdav: dav.credentials } }) })).json();
  const rows: { round: number; load: number; plain: number; ours: number; ratio: number; plainCpu: number; oursCpu: number; plainRss: number; oursRss: number }[] = [];
  const r2 = (x: number) => Math.round(x * 100) / 100;
  try {
    for (let round = 0; round <= ROUNDS; round++) {
      const key = `bench/plain-${round}.bin`;
      const plain = await measured(() => plainCopy(String(dav.credentials.url) + 'big.bin', auth, client, key, size));
      const ours = await measured(async () => {
        const r = await fetch(srv.url + '/cloud/store/', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ apikey: 'demo', token: signIn.token, clouds: { webdav: { path: '/big.bin', store: { path: 'bench/' } } } }) });
        const j = await r.json();
        if (r.status !== 200 || j.webdav.size !== size) throw new Error('store failed: ' + JSON.stringify(j));
      });
      // round 0 warms up and is not reported
      const row = { round, load: r2(os.loadavg()[0]), plain: r2(MIB / plain.s), ours: r2(MIB / ours.s), ratio: r2(plain.s / ours.s), plainCpu: r2(plain.cpu), oursCpu: r2(ours.cpu), plainRss: r2(plain.rssMiB), oursRss: r2(ours.rssMiB) };
      if (round > 0) rows.push(row);
      if (round > 0) process.stdout.write(JSON.stringify(rows[rows.length - 1]) + '\n');
    }
  } finally {
    client.destroy();
    await dav.close();
    await srv.close();
    await storage.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const med = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ratio = med(rows.map((r) => r.ratio));
  const cpuRatio = r2(med(rows.map((r) => r.oursCpu / r.plainCpu)));
  process.stdout.write(JSON.stringify({ mib: MIB, plainMiBs: med(rows.map((r) => r.plain)), oursMiBs: med(rows.map((r) => r.ours)), ratio, cpuRatio, oursPeakRssMiB: Math.max(...rows.map((r) => r.oursRss)), plainPeakRssMiB: Math.max(...rows.map((r) => r.plainRss)) }) + '\n');
}

main().catch((e) => {
  process.stderr.write(String((e && e.stack) || e) + '\n');
  process.exit(1);
});
