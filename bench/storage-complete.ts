/**
 * Benchmark (not a test): how long the built-in storage takes to complete a multipart upload, and the CPU it spends
 * (this process: the storage and its S3 client both run here), for an upload whose parts are already stored.
 *
 *   npx tsx bench/storage-complete.ts [--mib=256] [--part-mib=8] [--rounds=4]
 *
 * Per round: one upload of `mib` MiB in parts of `part-mib` MiB (random bytes, the same for every part), PUT through
 * the storage's S3 API; then CompleteMultipartUpload is timed alone. Prints one JSON line per round, then a summary.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { randomBytes } from 'crypto';
import { Readable } from 'stream';
import { builtinClient, startBuiltinStorage } from '../server/src/storage/builtin';

const arg = (name: string, def: number): number => {
  const a = process.argv.find((x) => x.indexOf('--' + name + '=') === 0);
  return a ? Number(a.split('=')[1]) : def;
};
const MIB = 1024 * 1024;
const BUCKET = 'bench-complete';

async function main(): Promise<void> {
  const size = arg('mib', 256);
  const partMiB = arg('part-mib', 8);
  const rounds = arg('rounds', 4);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-bench-complete-'));
  const storage = await startBuiltinStorage({ dir, secret: 'bench-complete' });
  const st = builtinClient(storage.endpoint, 'bench-complete', BUCKET, 'us-east-1', 3600);
  try {
    await st.ensureBucket(BUCKET, true);
    const part = randomBytes(partMiB * MIB);
    const ms: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const key = 'complete-' + r;
      const id = await st.createMultipart(BUCKET, key, 'application/octet-stream', {});
      const parts = [];
      for (let i = 1; i * partMiB <= size; i++) parts.push({ partNumber: i, etag: await st.uploadPart(BUCKET, key, id, i, Readable.from([part]), part.length), size: part.length });
      const cpu0 = process.cpuUsage();
      const t0 = process.hrtime.bigint();
      await st.complete(BUCKET, key, id, parts);
      const took = Number(process.hrtime.bigint() - t0) / 1e6;
      const cpu = process.cpuUsage(cpu0);
      ms.push(took);
      process.stdout.write(JSON.stringify({ what: 'storage-complete', round: r, mib: size, parts: parts.length, completeMs: Math.round(took), cpuMs: Math.round((cpu.user + cpu.system) / 1000), load: os.loadavg()[0] }) + '\n');
    }
    ms.sort((a, b) => a - b);
    process.stdout.write(JSON.stringify({ what: 'storage-complete-summary', mib: size, rounds, completeMs: { median: Math.round(ms[Math.floor(ms.length / 2)]), min: Math.round(ms[0]), max: Math.round(ms[ms.length - 1]) } }) + '\n');
  } finally {
    st.destroy();
    await storage.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(String(e && (e as Error).stack) + '\n');
  process.exit(1);
});
