'use strict';
/**
 * `npm run bench [-- --quick] [-- --rounds=N]`: runs every benchmark and writes BENCHMARKS.md.
 *   1. bundle sizes (built into a temp folder, never dist/), against the peers' published figures;
 *   2. Node upload: ours vs one raw presigned PUT (bench/upload-node.ts, server in a child process);
 *   3. Chromium upload: ours vs raw fetch PUT vs filestack-js 4.3.8 (bench/browser.ts);
 *   4. against a loopback sink that discards the bytes: ours vs a raw PUT, Chromium and Node (section 11);
 *   5. time to dialog in Chromium (bench/dialog.ts), and the cold first pick (bench/coldPick.ts).
 * --quick: 16 MiB and 256 MiB only (no 1 GiB). Loopback only; temp data is removed by each step.
 * --only=size: step 1 alone; replaces section 5 of the existing BENCHMARKS.md and notes it in its header line.
 * --only=dialog: step 4 alone (on a fresh build); replaces section 4 and its summary rows, which name that run.
 * --only=biglist: bench/bigList.ts alone on a fresh build (a 10,000-entry folder, 10,000 dropped files); prints its
 *   figures for section 9 of BENCHMARKS.md, which is written by hand (it does not rewrite the file).
 * --only=servercpu: bench/server-cpu.ts alone (the reference server's CPU per MiB); prints its figures for section 10.
 * A full run rewrites the sections it measures and keeps every other section of BENCHMARKS.md as it was
 * (bench/mergeSections.js), so the sections written by their own runs keep their figures and dates.
 * --only=upload: steps 2 and 3 alone (sections 1–3 and their summary rows) on a fresh build, into the existing file.
 * --only=sink: ours against a raw PUT, in Chromium and Node, to a loopback sink that discards the bytes
 *   (bench/sinkStorage.ts behind the unchanged reference server); writes section 11 and its summary rows.
 * --sizes=16,256: the upload sizes in MiB (default 16, 256, 1024; --quick: 16, 256).
 * --dist=<folder>: with --only=dialog, --only=biglist or --only=sink, measures that build instead of a fresh one.
 * Not a test: it is never run in CI.
 */
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const ROOT = path.resolve(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const argv = process.argv.slice(2);
const quick = argv.indexOf('--quick') >= 0;
const onlyArg = argv.find((a) => a.indexOf('--only=') === 0);
const ONLY = onlyArg ? onlyArg.slice(7) : '';
const ONLY_STEPS = ['size', 'dialog', 'biglist', 'servercpu', 'upload', 'sink'];
if (ONLY && ONLY_STEPS.indexOf(ONLY) < 0) throw new Error('--only takes ' + ONLY_STEPS.join(', ') + ' (the other steps run alone through their own scripts, see BENCHMARKS.md)');
// --dist=<folder>: with --only=dialog or --only=biglist, measure that build instead of building a fresh one
const distArg = argv.find((a) => a.indexOf('--dist=') === 0);
const GIVEN_DIST = distArg ? path.resolve(distArg.slice(7)) : '';
const roundsArg = argv.find((a) => a.indexOf('--rounds=') === 0);
const ROUNDS = roundsArg ? Number(roundsArg.slice(9)) : 3;
// --sizes=16,256: the upload sizes in MiB (Node, Chromium and the sink), instead of 16, 256, 1024 (16, 256 with --quick)
const sizesArg = argv.find((a) => a.indexOf('--sizes=') === 0);
const SIZES = sizesArg ? sizesArg.slice(8).split(',').map(Number) : quick ? [16, 256] : [16, 256, 1024];
if (SIZES.some((x) => !(x > 0))) throw new Error('--sizes takes sizes in MiB, e.g. --sizes=16,256');
const NODE_SIZES = SIZES;
// In Chromium the file is written to disk and picked (setInputFiles), so 1 GiB works there too.
const BROWSER_SIZES = SIZES;
// filestack-js in Chromium at 1 GiB takes 4–12 minutes a round here (1.4–4.7 MiB/s), so it runs up to 256 MiB only
const FSJS_UP_TO = 256;
const CHROMIUM = process.env.FP_CHROMIUM || '/usr/bin/chromium';

// Peers' figures (bytes, min / gzip) as given in issue 6; re-measured below when the file is installed.
const PEERS = [
  { name: 'filepicker-js 2.4.18 (legacy)', min: 66705, gzip: 20857, file: 'node_modules/filepicker-js/dist/filepicker.min.js' },
  { name: 'filestack-js 4.3.8 UMD', min: 580508, gzip: 126296, file: 'node_modules/filestack-js/build/browser/filestack.umd.js' },
  { name: 'FilePond core', min: 118280, gzip: 33965 },
];

function log(s) {
  process.stderr.write('[bench] ' + s + '\n');
}

/**
 * How filestack-js can be reached from Node (its Node adapter cannot reach a URL with an explicit port, so the server
 * must listen on port 80): in a user + network namespace of our own (unprivileged, its own loopback), else directly
 * on 127.0.0.1:80 when we are root and it is free, else not at all. Returns { wrap, how } or { reason }.
 */
function port80() {
  const probe = "require('http').createServer().on('error',()=>process.exit(3)).listen(80,'127.0.0.1',function(){this.close()})";
  try {
    execFileSync('unshare', ['--user', '--map-root-user', '--net', 'sh', '-c', 'ip link set lo up && exec "$0" -e "$1"', process.execPath, probe], { stdio: 'ignore', timeout: 20000 });
    return { how: 'a network namespace of its own (unshare --user --map-root-user --net, loopback only)', wrap: (cmd) => ['unshare', ['--user', '--map-root-user', '--net', 'sh', '-c', 'ip link set lo up && exec "$@"', 'sh'].concat(cmd)] };
  } catch (e) {
    const nsError = String(e.message || e).split('\n')[0];
    try {
      execFileSync(process.execPath, ['-e', probe], { stdio: 'ignore', timeout: 20000 });
      return { how: '127.0.0.1:80 directly (no namespace: ' + nsError + ')', wrap: (cmd) => [cmd[0], cmd.slice(1)] };
    } catch {
      return { reason: 'no network namespace (' + nsError + ') and 127.0.0.1:80 cannot be bound here (not root, or in use)' };
    }
  }
}

/** Runs a tsx script; resolves with the JSON lines it printed on stdout. Its stderr passes through. */
function runTs(script, args, nodeFlags, wrap) {
  return new Promise((resolve, reject) => {
    const cmd = [process.execPath].concat(nodeFlags || [], [TSX, path.join(__dirname, script)], args);
    const [file, argv2] = wrap ? wrap(cmd) : [cmd[0], cmd.slice(1)];
    const child = spawn(file, argv2, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let buf = '';
    const lines = [];
    child.stdout.on('data', (d) => {
      buf += d;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        if (line.charAt(0) === '{') {
          try {
            lines.push(JSON.parse(line));
            log(script + ': ' + line);
          } catch {
            /* not one of ours */
          }
        }
      }
    });
    child.stderr.on('data', (d) => {
      // drop the AWS SDK's Node-version notice, keep everything else
      const kept = String(d).split('\n').filter((l) => !/AWS SDK|versions published after|will require node|node >=22|upgrade to node|a\.co\/|trace-warnings/.test(l));
      if (kept.join('').trim()) process.stderr.write(kept.join('\n'));
    });
    child.on('exit', (code) => (code === 0 ? resolve(lines) : reject(new Error(script + ' exited with ' + code))));
  });
}

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}
const min = (xs) => Math.min.apply(null, xs);
const max = (xs) => Math.max.apply(null, xs);
const f1 = (n) => (n === undefined || isNaN(n) ? 'n/a' : n.toFixed(1));
const f2 = (n) => (n === undefined || isNaN(n) ? 'n/a' : n.toFixed(2));
const spread = (xs) => (xs.length ? f2(min(xs)) + '–' + f2(max(xs)) : 'n/a');

/** Samples the 1-minute load average every 5 s until the returned function is called, which gives the samples. */
function sampleLoad() {
  const xs = [os.loadavg()[0]];
  const timer = setInterval(() => xs.push(os.loadavg()[0]), 5000);
  return () => {
    clearInterval(timer);
    xs.push(os.loadavg()[0]);
    return xs;
  };
}

function machine() {
  const cpus = os.cpus();
  let chromium = 'not found';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    /* keep "not found" */
  }
  return {
    nproc: execFileSync('nproc').toString().trim(),
    cpu: cpus[0] ? cpus[0].model : 'unknown',
    memGiB: (os.totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    os: os.type() + ' ' + os.release(),
    chromium,
  };
}

function bundleSizes(dist) {
  const rows = [];
  const walk = (dir, base) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const rel = path.join(base, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'types') walk(path.join(dir, e.name), rel);
      } else if (e.name.endsWith('.js')) {
        const b = fs.readFileSync(path.join(dir, e.name));
        rows.push({ file: rel, bytes: b.length, gzip: zlib.gzipSync(b, { level: 9 }).length });
      }
    }
  };
  walk(dist, '');
  return rows.sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** Seconds per round of one kind/size, in round order. */
function series(lines, what, sizeMiB, field) {
  return lines.filter((l) => l.what === what && l.sizeMiB === sizeMiB).map((l) => l[field || 'seconds']);
}
/** Per-round ratios a[i]/b[i] (rounds are interleaved, so each pair shared the same moment of the machine). */
function ratios(a, b) {
  const out = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) out.push(a[i] / b[i]);
  return out;
}

/** Step 1: builds into `dist` (a temp folder) and measures every emitted file; re-measures the installed peers. */
function measureSizes(dist) {
  log('building the bundle into ' + dist);
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js')], { stdio: 'ignore', env: Object.assign({}, process.env, { FP_DIST_DIR: dist, FP_QUIET: '1' }) });
  for (const p of PEERS) {
    if (p.file && fs.existsSync(path.join(ROOT, p.file))) {
      const b = fs.readFileSync(path.join(ROOT, p.file));
      p.measured = { bytes: b.length, gzip: zlib.gzipSync(b, { level: 9 }).length };
    }
  }
  return bundleSizes(dist);
}

/** --only=size: section 5 of the existing BENCHMARKS.md is replaced, every other section is left from its run. */
function sizesOnly() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-bench-size-'));
  try {
    const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
    const file = path.join(ROOT, 'BENCHMARKS.md');
    const sizes = measureSizes(path.join(tmp, 'dist'));
    fs.writeFileSync(file, require('./report').replaceSizes(fs.readFileSync(file, 'utf8'), sizes, PEERS, when));
    log('replaced section 5 of BENCHMARKS.md');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** The cold first pick (bench/coldPick.ts) over `dist`, with the load average while it ran. */
async function coldPick(dist) {
  const before = os.loadavg()[0];
  const c = (await runTs('coldPick.ts', [dist])).find((l) => l.what === 'coldPick');
  if (!c) throw new Error('bench/coldPick.ts gave no result');
  c.load = ((before + os.loadavg()[0]) / 2).toFixed(1);
  return c;
}

/** --only=dialog: section 4 and the dialog's summary rows of the existing BENCHMARKS.md are replaced. */
async function dialogOnly() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-bench-dialog-'));
  try {
    const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
    const dist = GIVEN_DIST || path.join(tmp, 'dist');
    if (!GIVEN_DIST) {
      log('building the bundle into ' + dist);
      execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js')], { stdio: 'ignore', env: Object.assign({}, process.env, { FP_DIST_DIR: dist, FP_QUIET: '1' }) });
    }
    const d = (await runTs('dialog.ts', [dist])).find((l) => l.what === 'dialog');
    if (!d) throw new Error('bench/dialog.ts gave no result');
    d.cold = await coldPick(dist);
    const file = path.join(ROOT, 'BENCHMARKS.md');
    fs.writeFileSync(file, require('./report').replaceDialog(fs.readFileSync(file, 'utf8'), d, { f1 }, when));
    log('replaced section 4 of BENCHMARKS.md');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** --only=biglist: bench/bigList.ts on a fresh build; its figures are printed (section 9 is written by hand). */
async function bigListOnly() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-bench-biglist-run-'));
  try {
    const dist = GIVEN_DIST || path.join(tmp, 'dist');
    if (!GIVEN_DIST) execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js')], { stdio: 'ignore', env: { ...process.env, FP_DIST_DIR: dist, FP_QUIET: '1' } });
    const r = (await runTs('bigList.ts', [dist, '--rounds=' + Math.max(ROUNDS, 5)])).find((l) => l.what === 'bigList');
    if (!r) throw new Error('bench/bigList.ts gave no result');
    process.stdout.write(JSON.stringify(r, null, 2) + '\n');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * --only=servercpu: bench/server-cpu.ts (the reference server's CPU per MiB: raw PUT, ours, ours with precomputed
 * MD5s; 64 and 256 MiB, or 64 with --quick); prints its summary lines for section 10, which is written by hand.
 */
async function serverCpuOnly() {
  const lines = await runTs('server-cpu.ts', ['--sizes=' + (quick ? '64' : '64,256'), '--rounds=' + Math.max(ROUNDS, 5)]);
  const summary = lines.filter((l) => l.what === 'server-cpu-summary' || l.what === 'server-cpu-environment');
  if (!summary.length) throw new Error('bench/server-cpu.ts gave no result');
  process.stdout.write(summary.map((l) => JSON.stringify(l)).join('\n') + '\n');
}

function freshResults() {
  return { node: [], browser: [], sink: { node: [], browser: [], load: {} }, dialog: null, sizes: [], errors: [], fsjsNode: null, load: {} };
}

/** Runs one step of a run: a failure is noted in `res.errors` (the run goes on), the time it took is logged. */
function stepper(res) {
  return async (name, fn) => {
    const t0 = Date.now();
    try {
      await fn();
    } catch (e) {
      res.errors.push(name + ': ' + e.message);
      log(name + ' FAILED: ' + e.message);
    }
    log(name + ' took ' + ((Date.now() - t0) / 1000).toFixed(0) + ' s');
  };
}

/** Sections 1–3: Node (bench/upload-node.ts) then Chromium (bench/browser.ts), with the load average while each ran. */
async function uploadSteps(res, dist, step) {
  await step('node upload', async () => {
    const p80 = port80();
    res.fsjsNode = p80;
    log('filestack-js in Node: ' + (p80.how || 'not measured: ' + p80.reason));
    const stop = sampleLoad();
    try {
      res.node = await runTs('upload-node.ts', ['--sizes=' + NODE_SIZES.join(','), '--rounds=' + ROUNDS].concat(p80.wrap ? ['--port80'] : []), ['--expose-gc'], p80.wrap);
    } finally {
      res.load.node = stop();
    }
  });
  await step('browser upload', async () => {
    const stop = sampleLoad();
    try {
      res.browser = await runTs('browser.ts', ['--sizes=' + BROWSER_SIZES.join(','), '--rounds=' + ROUNDS, '--dist=' + dist, '--fsjs-up-to=' + FSJS_UP_TO]);
    } finally {
      res.load.browser = stop();
    }
  });
}

/**
 * --only=upload: sections 1–3 (Node and Chromium uploads) and their summary rows, on a fresh build, put into the
 * existing BENCHMARKS.md; every other section stays from its own run, and the head's list of runs says when.
 */
async function uploadsOnly() {
  const started = new Date();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-bench-upload-'));
  const dist = path.join(tmp, 'dist');
  const res = freshResults();
  try {
    log('building the bundle into ' + dist);
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js')], { stdio: 'ignore', env: { ...process.env, FP_DIST_DIR: dist, FP_QUIET: '1' } });
    await uploadSteps(res, dist, stepper(res));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (res.errors.length) throw new Error('not written to BENCHMARKS.md, a step failed: ' + res.errors.join('; '));
  const seconds = (Date.now() - started.getTime()) / 1000;
  const fresh = require('./report').render({ m: machine(), res, started, seconds, quick, ROUNDS, FSJS_UP_TO, NODE_SIZES, BROWSER_SIZES, PEERS, helpers: { series, ratios, median, min, max, f1, f2, spread } });
  const { splitSections, replaceSections, setRunNote } = require('./mergeSections');
  const keep = ['## Machine', '## Summary against the goals', '1–2', '3'];
  const sections = splitSections(fresh).sections.filter((s) => keep.indexOf(s.key) >= 0);
  const file = path.join(ROOT, 'BENCHMARKS.md');
  let md = replaceSections(fs.readFileSync(file, 'utf8'), sections);
  const when = started.toISOString().slice(0, 16).replace('T', ' ');
  md = setRunNote(md, '- Sections 1–3', '- Sections 1–3 (uploads in Node and Chromium) and their summary rows: `npm run bench -- --only=upload' + (sizesArg ? ' ' + sizesArg : quick ? ' --quick' : '') + ' --rounds=' + ROUNDS + '` on ' + when + ' UTC (' + (seconds / 60).toFixed(1) + ' min).');
  fs.writeFileSync(file, md);
  log('replaced sections 1–3 of BENCHMARKS.md (' + seconds.toFixed(0) + ' s)');
}

/** Chromium (bench/browser.ts --sink) then Node (bench/upload-node.ts --sink) against the sink, into `sink`. */
async function sinkSteps(sink, dist) {
  let stop = sampleLoad();
  try {
    sink.browser = await runTs('browser.ts', ['--sink', '--sizes=' + BROWSER_SIZES.join(','), '--rounds=' + ROUNDS, '--dist=' + dist]);
  } finally {
    sink.load.browser = stop();
  }
  stop = sampleLoad();
  try {
    sink.node = await runTs('upload-node.ts', ['--sink', '--sizes=' + NODE_SIZES.join(','), '--rounds=' + ROUNDS, '--variants=ours,raw']);
  } finally {
    sink.load.node = stop();
  }
}

/** `md` with section 11 (the sink) and its summary rows put in from `sink`'s figures. */
function withSink(md, sink, m) {
  const out = require('./reportSink').renderSink(sink, SIZES, ROUNDS, m, { series, ratios, median, min, max, f1, f2, spread });
  const { splitSections, replaceSections } = require('./mergeSections');
  const summary = '## Summary against the goals\n\n| goal | measured (median, spread) | verdict |\n|---|---|---|\n' + out.summary.join('\n') + '\n';
  return replaceSections(md, splitSections(summary + '\n' + out.section).sections);
}

/**
 * --only=sink: the uploads against a loopback sink that discards the bytes (bench/sinkStorage.ts behind the unchanged
 * reference server): Chromium (bench/browser.ts --sink) then Node (bench/upload-node.ts --sink), ours against a raw
 * PUT to the same sink; section 11 and its summary rows are put into the existing BENCHMARKS.md.
 */
async function sinkOnly() {
  const started = new Date();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-bench-sink-'));
  const dist = GIVEN_DIST || path.join(tmp, 'dist');
  const sink = { node: [], browser: [], load: {} };
  try {
    if (!GIVEN_DIST) {
      log('building the bundle into ' + dist);
      execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.js')], { stdio: 'ignore', env: { ...process.env, FP_DIST_DIR: dist, FP_QUIET: '1' } });
    }
    await sinkSteps(sink, dist);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const seconds = (Date.now() - started.getTime()) / 1000;
  const { setRunNote } = require('./mergeSections');
  const file = path.join(ROOT, 'BENCHMARKS.md');
  let md = withSink(fs.readFileSync(file, 'utf8'), sink, machine());
  const when = started.toISOString().slice(0, 16).replace('T', ' ');
  md = setRunNote(md, '- Section 11 ', '- Section 11 (uploads against a loopback sink) and its summary rows: `npm run bench -- --only=sink' + (sizesArg ? ' ' + sizesArg : quick ? ' --quick' : '') + ' --rounds=' + ROUNDS + '` on ' + when + ' UTC (' + (seconds / 60).toFixed(1) + ' min).');
  fs.writeFileSync(file, md);
  log('replaced section 11 of BENCHMARKS.md (' + seconds.toFixed(0) + ' s)');
}

async function main() {
  if (ONLY === 'sink') return sinkOnly();
  if (ONLY === 'upload') return uploadsOnly();
  if (ONLY === 'servercpu') return serverCpuOnly();
  if (ONLY === 'biglist') return bigListOnly();
  if (ONLY === 'size') return sizesOnly();
  if (ONLY === 'dialog') return dialogOnly();
  const started = new Date();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-bench-run-'));
  const dist = path.join(tmp, 'dist');
  const m = machine();
  const res = freshResults();
  try {
    res.sizes = measureSizes(dist);
    const step = stepper(res);
    await uploadSteps(res, dist, step);
    await step('sink upload', () => sinkSteps(res.sink, dist));
    await step('dialog', async () => {
      res.dialog = (await runTs('dialog.ts', [dist])).find((l) => l.what === 'dialog') || null;
      if (res.dialog) res.dialog.cold = await coldPick(dist);
    });
    // the CPU floor of the parts phase: MD5 (required per part) over 256 MiB, one core, node:crypto
    const buf = Buffer.alloc(8 * 1024 * 1024, 7);
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < 32; i++) require('crypto').createHash('md5').update(buf).digest();
    res.md5MiBps = 256 / (Number(process.hrtime.bigint() - t0) / 1e9);
    // the browser's MD5 is spark-md5 (JavaScript, in a Worker): the same code on the same V8, 64 MiB in 1 MiB slices
    const SparkMD5 = require('spark-md5');
    const slice = new Uint8Array(1024 * 1024).fill(7).buffer;
    const spark = new SparkMD5.ArrayBuffer();
    const t1 = process.hrtime.bigint();
    for (let i = 0; i < 64; i++) spark.append(slice);
    spark.end();
    res.sparkMiBps = 64 / (Number(process.hrtime.bigint() - t1) / 1e9);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const seconds = (Date.now() - started.getTime()) / 1000;
  const file = path.join(ROOT, 'BENCHMARKS.md');
  let fresh = require('./report').render({ m, res, started, seconds, quick, ROUNDS, FSJS_UP_TO, NODE_SIZES, BROWSER_SIZES, PEERS, helpers: { series, ratios, median, min, max, f1, f2, spread } });
  if (res.sink.browser.length || res.sink.node.length) fresh = withSink(fresh, res.sink, m);
  // the sections other runs own (6–10, each from its own --only= run or bench) stay as they are
  fs.writeFileSync(file, require('./mergeSections').mergeSections(fresh, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''));
  log('wrote BENCHMARKS.md (' + seconds.toFixed(0) + ' s)');
  if (res.errors.length) process.exitCode = 1;
}

main().catch((e) => {
  process.stderr.write(String((e && e.stack) || e) + '\n');
  process.exit(1);
});
