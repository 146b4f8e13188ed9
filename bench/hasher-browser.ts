/**
 * Benchmark (not a test): MD5 throughput of the shipped Worker file (`dist/filepicker.md5worker.js`) in headless
 * Chromium, one Worker at a time, on a disk-backed File picked with `setInputFiles` and sent to the Worker in 5 MiB parts,
 * one part after another (as the engine does):
 *   - wasm:  the Worker file as served normally (hash-wasm, each part read once);
 *   - spark: the same file served with `Content-Security-Policy: script-src 'self'` (WebAssembly refused, so the Worker
 *            falls back to spark-md5 over 1 MiB slices).
 * Rounds are interleaved (wasm, spark, wasm, …). Reports wall-clock MiB/s and, where Linux exposes the Worker thread
 * (`/proc/<renderer>/task/<tid>`, thread name "DedicatedWorker"), MiB per CPU-second of that thread. Every part's digest
 * is checked against Node's crypto.
 *
 *   npx tsx bench/hasher-browser.ts [--size=128] [--rounds=3] [--dist=dir]
 *
 * Prints one JSON line per measurement and a summary line per mode. Loopback only.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as http from 'http';
import { AddressInfo } from 'net';
import { execFileSync } from 'child_process';
import { createHash, randomFillSync } from 'crypto';
import { notFound, serveFile } from './staticFiles';
import { boundFor, step } from './timeouts';

const { chromium } = require('playwright-core');
type Page = import('playwright-core').Page;

const ROOT = path.resolve(__dirname, '..');
const PART = 5 * 1024 * 1024;
const STEP_MS = 60000;
const MODES: Array<{ mode: string; query: string; hasher: string }> = [
  { mode: 'wasm', query: '', hasher: 'wasm' },
  { mode: 'spark', query: '?csp=no-wasm', hasher: 'spark-md5' },
];

function arg(name: string, def: string): string {
  const a = process.argv.find((x) => x.indexOf('--' + name + '=') === 0);
  return a ? a.slice(name.length + 3) : def;
}

function out(o: unknown): void {
  process.stdout.write(JSON.stringify(o) + '\n');
}

/** CPU seconds (user + system) of every Chromium thread named DedicatedWorker, or null where /proc has none. */
function workerCpuSeconds(): number | null {
  const tick = 100; // USER_HZ on Linux
  let sum = 0;
  let seen = false;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let tasks: string[];
    try {
      if (!/chrom/.test(fs.readFileSync('/proc/' + pid + '/comm', 'utf8'))) continue;
      tasks = fs.readdirSync('/proc/' + pid + '/task');
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        const stat = fs.readFileSync('/proc/' + pid + '/task/' + tid + '/stat', 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        if (name.indexOf('DedicatedWorker') !== 0) continue;
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        sum += (Number(f[11]) + Number(f[12])) / tick; // utime, stime (fields 14 and 15)
        seen = true;
      } catch {
        /* the thread ended meanwhile */
      }
    }
  }
  return seen ? sum : null;
}

/** Ends the previous Worker, starts the Worker file (with `query`), waits for its ready answer and keeps it on window.__w. */
function startWorker(page: Page, query: string): Promise<{ hasher?: string; note?: string }> {
  return page.evaluate((q: string) => new Promise<{ hasher?: string; note?: string }>((resolve, reject) => {
    const g = window as unknown as { __w?: Worker };
    if (g.__w) g.__w.terminate(); // the previous mode's Worker, ended only now so its thread was still there for its CPU reading
    const w = new Worker('/dist/filepicker.md5worker.js' + q);
    g.__w = w;
    w.onerror = () => reject(new Error('the Worker failed to load'));
    w.onmessage = (e) => resolve(e.data);
    w.postMessage({ type: 'filepicker-md5-ping' });
  }), query);
}

/** Hashes the picked file part by part in window.__w; the wall time and every part's digest. */
function hashParts(page: Page, part: number): Promise<{ ms: number; digests: string[] }> {
  return page.evaluate(async (size: number) => {
    const g = window as unknown as { __w: Worker; __file: File };
    const file = g.__file;
    const digests: string[] = [];
    const t0 = performance.now();
    for (let at = 0, id = 1; at < file.size; at += size, id++) {
      digests.push(await new Promise<string>((resolve, reject) => {
        g.__w.onmessage = (e) => (e.data.md5 ? resolve(e.data.md5) : reject(new Error(String(e.data.error))));
        g.__w.postMessage({ type: 'filepicker-md5', id, blob: file.slice(at, Math.min(file.size, at + size)) });
      }));
    }
    return { ms: performance.now() - t0, digests };
  }, part);
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

async function measure(page: Page, sizeMiB: number, rounds: number, expected: string[]): Promise<void> {
  const results: { [mode: string]: { wall: number[]; cpu: number[] } } = {};
  for (let r = -1; r < rounds; r++) {
    for (const m of MODES) {
      const ready = await step('start the ' + m.mode + ' Worker', STEP_MS, startWorker(page, m.query));
      if (ready.hasher !== m.hasher) throw new Error(m.mode + ': the Worker hashes with ' + ready.hasher + ' (' + (ready.note || '') + ')');
      await new Promise((r) => setTimeout(r, 300)); // let the ended Worker's thread go before the first CPU reading
      const cpu0 = workerCpuSeconds();
      const run = await step('hash ' + sizeMiB + ' MiB (' + m.mode + ')', boundFor(sizeMiB), hashParts(page, PART));
      const cpu1 = workerCpuSeconds();
      if (run.digests.join() !== expected.join()) throw new Error(m.mode + ': digests differ from Node crypto');
      if (r < 0) continue; // warm-up round
      const cpu = cpu0 !== null && cpu1 !== null ? cpu1 - cpu0 : null;
      const line = { what: 'worker-md5-' + m.mode, sizeMiB, round: r, seconds: +(run.ms / 1000).toFixed(3), MiBps: +(sizeMiB / (run.ms / 1000)).toFixed(1), cpuSeconds: cpu === null ? null : +cpu.toFixed(2), MiBPerCpuSecond: cpu ? +(sizeMiB / cpu).toFixed(1) : null };
      out(line);
      const acc = (results[m.mode] = results[m.mode] || { wall: [], cpu: [] });
      acc.wall.push(line.MiBps);
      if (line.MiBPerCpuSecond !== null) acc.cpu.push(line.MiBPerCpuSecond);
    }
  }
  for (const m of MODES) {
    const acc = results[m.mode];
    out({ what: 'summary', mode: m.mode, rounds: acc.wall.length, MiBpsMedian: median(acc.wall), MiBpsMin: Math.min(...acc.wall), MiBpsMax: Math.max(...acc.wall), MiBPerCpuSecondMedian: acc.cpu.length ? median(acc.cpu) : null });
  }
}

async function main(): Promise<void> {
  const sizeMiB = Number(arg('size', '128'));
  const rounds = Number(arg('rounds', '3'));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-bench-hasher-'));
  let dist = arg('dist', '');
  if (!dist) {
    dist = path.join(tmp, 'dist');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js')], { stdio: 'ignore', timeout: 15 * 60000, env: { ...process.env, FP_DIST_DIR: dist, FP_QUIET: '1' } });
  }
  const file = path.join(tmp, 'hash-' + sizeMiB + 'MiB.bin');
  const bytes = Buffer.alloc(sizeMiB * 1024 * 1024);
  randomFillSync(bytes);
  fs.writeFileSync(file, bytes);
  const expected: string[] = [];
  for (let at = 0; at < bytes.length; at += PART) expected.push(createHash('md5').update(bytes.subarray(at, at + PART)).digest('base64'));
  const pages = http.createServer((req, res) => {
    const url = req.url || '/';
    const p = url.replace(/[?#].*$/, '');
    if (p === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><input type="file" id="f"></body></html>');
    } else if (p.indexOf('/dist/') === 0) {
      serveFile(dist, p.slice(6), res, /[?&]csp=no-wasm/.test(url) ? { 'Content-Security-Policy': "script-src 'self'" } : undefined);
    } else {
      notFound(res);
    }
  });
  await new Promise<void>((r) => pages.listen(0, '127.0.0.1', () => r()));
  const origin = 'http://127.0.0.1:' + (pages.address() as AddressInfo).port;
  const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: process.env.FP_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
      '--proxy-server=http://127.0.0.1:9', '--proxy-bypass-list=127.0.0.1', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  try {
    out({ what: 'chromium', version: context.browser() ? context.browser().version() : execFileSync('/usr/bin/chromium', ['--version']).toString().trim(), cpus: os.cpus().length, cpu: os.cpus()[0].model });
    const page: Page = await step('open a page', STEP_MS, context.newPage());
    page.setDefaultTimeout(STEP_MS);
    await step('load the page', STEP_MS, page.goto(origin + '/'));
    await step('pick the file', boundFor(sizeMiB), page.setInputFiles('#f', file));
    await step('keep the file', STEP_MS, page.evaluate(() => { (window as unknown as { __file: File }).__file = (document.getElementById('f') as HTMLInputElement).files![0]; }));
    await measure(page, sizeMiB, rounds, expected);
  } finally {
    await step('close Chromium', STEP_MS, context.close()).catch((e: Error) => process.stderr.write(e.message + '\n'));
    await step('close the page server', STEP_MS, new Promise((r) => pages.close(r))).catch((e: Error) => process.stderr.write(e.message + '\n'));
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(String((e && e.stack) || e) + '\n');
  process.exit(1);
});
