/**
 * Measures the server process's memory (RSS, from /proc/<pid>/status) during a large upload through the API.
 * The server runs in its own process (the CLI, embedded storage in a temp dir); this process is the client: it makes
 * each part on the fly (never the whole file in memory), asks /multipart/upload, PUTs the part, completes, and
 * compares a streamed MD5 of the download with the MD5 of what it sent.
 *
 *   npx tsx server/scripts/measure-rss.ts [sizeMiB=1024] [partMiB=8] [concurrency=3]
 */
import { spawn } from 'child_process';
import { createHash } from 'crypto';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

const MiB = 1024 * 1024;
const sizeMiB = Number(process.argv[2] || 1024);
const partMiB = Number(process.argv[3] || 8);
const concurrency = Number(process.argv[4] || 3);

function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
}

/** Part `n` (1-based): deterministic bytes, made when needed. */
function makePart(n: number, size: number): Buffer {
  const b = Buffer.alloc(size);
  let x = n * 2654435761;
  for (let i = 0; i < size; i += 4) {
    x = (x * 1103515245 + 12345) >>> 0;
    b.writeUInt32LE(x, i);
  }
  return b;
}

/** The fields of the upload API's answers this script reads. */
interface ApiAnswer {
  uri: string;
  region: string;
  upload_id: string;
  url: string;
  headers: Record<string, string>;
}

async function post(url: string, body: unknown): Promise<ApiAnswer> {
  const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const j = (await r.json()) as ApiAnswer;
  if (r.status !== 200) throw new Error(`${url}: ${r.status} ${JSON.stringify(j)}`);
  return j;
}

/** Downloads the file, comparing the MD5 of each part-sized piece with the part sent; the bytes read and the verdict. */
async function downloadAndCheck(url: string, size: number, partSize: number, sentMd5s: Buffer[]): Promise<{ got: number; ok: boolean }> {
  const res = await fetch(url);
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  let got = 0;
  let ok = true;
  let partIdx = 0;
  let h = createHash('md5');
  let inPart = 0;
  for (;;) {
    const { value, done: end } = await reader.read();
    if (end) break;
    let off = 0;
    while (off < value.length) {
      const len = Math.min(partSize, size - partIdx * partSize);
      const take = Math.min(len - inPart, value.length - off);
      h.update(value.subarray(off, off + take));
      off += take;
      inPart += take;
      got += take;
      if (inPart === len) {
        if (!h.digest().equals(sentMd5s[partIdx])) ok = false;
        partIdx++;
        inPart = 0;
        h = createHash('md5');
      }
    }
  }
  return { got, ok };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'fp-rss-'));
  const root = path.resolve(__dirname, '..', '..');
  const child = spawn(process.execPath, ['-e', "require('tsx/cjs/api').register(); require('./server/src/cli.ts').main(process.env)"], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, NODE_NO_WARNINGS: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d.toString();
      const m = /server on (http:\/\/[^\s]+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (c) => reject(new Error('server exited with ' + c)));
  });
  const pid = child.pid as number;
  const baseline = rssOf(pid);
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssOf(pid));
  }, 50);

  const size = sizeMiB * MiB;
  const partSize = partMiB * MiB;
  const count = Math.ceil(size / partSize);
  const started = Date.now();
  const s = await post(base + '/multipart/start', { apikey: 'demo', filename: 'big.bin', size, store: { location: 's3' } });
  const etags: { part_number: number; etag: string }[] = [];
  const sentMd5s: Buffer[] = [];
  let next = 1;
  async function worker(): Promise<void> {
    while (next <= count) {
      const n = next++;
      const len = Math.min(partSize, size - (n - 1) * partSize);
      const part = makePart(n, len);
      const md5 = createHash('md5').update(part).digest();
      sentMd5s[n - 1] = md5;
      const up = await post(base + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: n, size: len, md5: md5.toString('base64') });
      const r = await fetch(up.url, { method: 'PUT', headers: up.headers, body: new Uint8Array(part.buffer as ArrayBuffer, part.byteOffset, part.length) });
      if (r.status !== 200) throw new Error('part ' + n + ': ' + r.status);
      etags.push({ part_number: n, etag: r.headers.get('etag') as string });
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const uploadMs = Date.now() - started;
  let done: { url: string };
  for (;;) {
    const r = await fetch(base + '/multipart/complete', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, size, parts: etags }) });
    if (r.status === 202) continue;
    done = (await r.json()) as { url: string };
    if (r.status !== 200) throw new Error('complete: ' + JSON.stringify(done));
    break;
  }
  const totalMs = Date.now() - started;
  const peakUpload = peak;
  // download, hashing part by part as it streams
  const { got, ok } = await downloadAndCheck(done.url, size, partSize, sentMd5s);
  clearInterval(sampler);
  const mb = (n: number) => (n / MiB).toFixed(1) + ' MiB';
  process.stdout.write(
    [
      `file ${sizeMiB} MiB in ${count} parts of ${partMiB} MiB, ${concurrency} at a time`,
      `upload (start..last part) ${(uploadMs / 1000).toFixed(1)} s = ${(sizeMiB / (uploadMs / 1000)).toFixed(0)} MiB/s; with complete ${(totalMs / 1000).toFixed(1)} s`,
      `server RSS: baseline ${mb(baseline)}, peak during upload+complete ${mb(peakUpload)}, peak incl. download ${mb(peak)}`,
      `download ${mb(got)}, byte-identical: ${ok && got === size}`,
    ].join('\n') + '\n',
  );
  child.kill('SIGTERM');
  await new Promise((r) => child.on('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
