'use strict';
/** Renders BENCHMARKS.md from the figures gathered by bench/run.js. */
const { setRunNote } = require('./mergeSections');

function verdict(value, goal, higherIsBetter) {
  if (value === undefined || isNaN(value)) return 'not measured';
  const ok = higherIsBetter ? value >= goal : value <= goal;
  if (ok) return 'met';
  return higherIsBetter ? 'missed by ' + ((1 - value / goal) * 100).toFixed(0) + ' %' : 'missed by ' + (value - goal).toFixed(1);
}

/** ' Load average (1 min) while it ran: median 7.1 (5.2–9.0), 2 cores.' from the samples of bench/run.js, or ''. */
function loadNote(xs, h, cores) {
  if (!xs || !xs.length) return '';
  return ' Load average (1 min) while it ran: median ' + h.f1(h.median(xs)) + ' (' + h.f1(h.min(xs)) + '–' + h.f1(h.max(xs)) + ')' + (cores ? ' on ' + cores + ' cores' : '') + '.';
}

/** Section 5 (bundle sizes of the build and the peers), as lines; also used alone by `npm run bench -- --only=size`. */
function renderSizes(sizes, PEERS) {
  const L = [];
  const p = (s) => L.push(s === undefined ? '' : s);
  p('## 5. Bundle size');
  p();
  p('Every JavaScript file the build emits (built fresh into a temp folder by the same `scripts/build.js`), bytes and gzip -9.');
  p();
  p('| file | bytes | gzip |');
  p('|---|---|---|');
  for (const r of sizes) p('| ' + r.file + ' | ' + r.bytes.toLocaleString('en-US') + ' | ' + r.gzip.toLocaleString('en-US') + ' |');
  p();
  const ours = sizes.find((r) => r.file === 'filepicker.min.js');
  p('| peer (minified) | bytes | gzip | ours (filepicker.min.js) relative, gzip |');
  p('|---|---|---|---|');
  for (const peer of PEERS) {
    const meas = peer.measured ? ' (re-measured here: ' + peer.measured.bytes.toLocaleString('en-US') + ' / ' + peer.measured.gzip.toLocaleString('en-US') + ')' : '';
    p('| ' + peer.name + meas + ' | ' + peer.min.toLocaleString('en-US') + ' | ' + peer.gzip.toLocaleString('en-US') + ' | ' + (ours ? (ours.gzip / peer.gzip).toFixed(2) + ' ×' : 'n/a') + ' |');
  }
  p();
  return L;
}

/**
 * Puts a fresh section 5 into an existing BENCHMARKS.md (the other sections stay from their run) and says so in the
 * header line.
 */
function replaceSizes(md, sizes, PEERS, when) {
  const start = md.indexOf('## 5. Bundle size');
  const end = md.indexOf('\n## ', start + 1);
  if (start < 0 || end < 0) throw new Error('BENCHMARKS.md has no "## 5. Bundle size" section to replace');
  const out = md.slice(0, start) + renderSizes(sizes, PEERS).join('\n') + md.slice(end);
  return setRunNote(out, '- Section 5 ', '- Section 5 (bundle size): `npm run bench -- --only=size` on ' + when + ' UTC.');
}

/** Issue 5's goals for the dialog: pick() → visible and focused ≤ 16 ms (median), 1,000 files render in ≤ 100 ms. */
const OPEN_GOAL_MS = 16;
const DROP_GOAL_MS = 100;
/** Issue 16's goal: a cold first pick (the dialog part not fetched yet) → dialog ≤ 50 ms. */
const COLD_GOAL_MS = 50;

/** The summary rows of the dialog figures (also refreshed alone by `npm run bench -- --only=dialog`). */
function dialogSummaryRows(d, h) {
  return [
    '| time to dialog: pick() → visible and focused, median of 50 ≤ ' + OPEN_GOAL_MS + ' ms | ' + h.f1(d.openSyncMedianMs) + ' ms in DOM and focused; ' + h.f1(d.openPaintedMedianMs) + ' ms to the next painted frame | ' + verdict(d.openPaintedMedianMs, OPEN_GOAL_MS, false) + ' (next frame) |',
    '| 1,000 files selected at once render in ≤ ' + DROP_GOAL_MS + ' ms (median of 5) | ' + h.f1(d.drop1000RowsMedianMs) + ' ms list in DOM; ' + h.f1(d.drop1000PaintedMedianMs) + ' ms to the next painted frame | ' + verdict(d.drop1000PaintedMedianMs, DROP_GOAL_MS, false) + ' (next frame) |',
  ].concat(d.cold ? [
    '| cold first pick: pick() before the dialog part is fetched → dialog, median of ' + d.cold.rounds + ' fresh contexts ≤ ' + COLD_GOAL_MS + ' ms | ' + h.f1(d.cold.inDomMedianMs) + ' ms in DOM; ' + h.f1(d.cold.paintedMedianMs) + ' ms to the next painted frame | ' + verdict(d.cold.paintedMedianMs, COLD_GOAL_MS, false) + ' (next frame) |',
  ] : []);
}

/** Section 4 (time to dialog), as lines. `when`: set when the section comes from its own `--only=dialog` run. */
function renderDialog(d, h, when) {
  const L = [];
  const p = (s) => L.push(s === undefined ? '' : s);
  p('## 4. Time to dialog (Chromium)');
  p();
  if (d) {
    p('`filepicker.pick()` → dialog in the DOM with focus inside it (synchronous part) and → the next painted frame, 50 opens (bench/dialog.ts)' +
      (when ? '; this section and its summary rows come from `npm run bench -- --only=dialog` on ' + when + ' UTC.' : '.'));
    p();
    p('| measure | median ms | p90 ms |');
    p('|---|---|---|');
    p('| in DOM and focused | ' + h.f1(d.openSyncMedianMs) + ' | ' + h.f1(d.openSyncP90Ms) + ' |');
    p('| to next painted frame | ' + h.f1(d.openPaintedMedianMs) + ' | ' + h.f1(d.openPaintedP90Ms) + ' |');
    p('| 1,000 files dropped → list in DOM (median of 5) | ' + h.f1(d.drop1000RowsMedianMs) + ' | |');
    p('| 1,000 files dropped → next frame (median of 5) | ' + h.f1(d.drop1000PaintedMedianMs) + ' | |');
    // the file list is windowed (src/picker/rowWindow.ts): "list in DOM" is all entries listed and the rows in view rendered
    if (d.cold) {
      p('| cold first pick → dialog in DOM (' + d.cold.rounds + ' fresh contexts) | ' + h.f1(d.cold.inDomMedianMs) + ' | ' + h.f1(d.cold.inDomP90Ms) + ' |');
      p('| cold first pick → next painted frame | ' + h.f1(d.cold.paintedMedianMs) + ' | ' + h.f1(d.cold.paintedP90Ms) + ' |');
      p();
      p('Cold first pick (bench/coldPick.ts): each round a fresh browser context loads a page whose script, right after ' +
        '`filepicker.min.js`, calls `pick()`, so the dialog part (chunks/dialog.min.js + chunks/shared.min.js, asked for as ' +
        'the main script runs) is still on its way from loopback: it arrives, is evaluated and opens the dialog; timed from the `pick()` call.' +
        (d.cold.load ? ' Load average while it ran: ' + d.cold.load + ' (2 cores).' : ''));
    }
  } else p('Not measured in this run (see the failed steps above).');
  p();
  return L;
}

/** Puts fresh dialog figures (section 4 and its summary rows) into an existing BENCHMARKS.md. */
function replaceDialog(md, d, h, when) {
  const start = md.indexOf('## 4. Time to dialog');
  const end = md.indexOf('\n## ', start + 1);
  if (start < 0 || end < 0) throw new Error('BENCHMARKS.md has no "## 4. Time to dialog" section to replace');
  let out = md.slice(0, start) + renderDialog(d, h, when).join('\n') + md.slice(end);
  const lines = out.split('\n');
  const at = lines.findIndex((l) => l.indexOf('| time to dialog') === 0);
  if (at < 0) throw new Error('BENCHMARKS.md has no "time to dialog" summary row to replace');
  let n = 1;
  while (lines[at + n] && (lines[at + n].indexOf('| 1,000 files') === 0 || lines[at + n].indexOf('| cold first pick') === 0)) n++;
  lines.splice.apply(lines, [at, n].concat(dialogSummaryRows(d, h)));
  out = lines.join('\n');
  return setRunNote(out, '- Section 4 ', '- Section 4 (time to dialog, cold first pick) and its summary rows: `npm run bench -- --only=dialog` on ' + when + ' UTC.');
}

function render(o) {
  const { m, res, started, seconds, quick, ROUNDS, FSJS_UP_TO, NODE_SIZES, BROWSER_SIZES, PEERS, helpers: h } = o;
  const L = [];
  const p = (s) => L.push(s === undefined ? '' : s);
  p('# Benchmarks');
  p();
  p('Generated by `npm run bench' + (quick ? ' -- --quick' : '') + '` on ' + started.toISOString().slice(0, 16).replace('T', ' ') + ' UTC (' + (seconds / 60).toFixed(1) + ' min). ' +
    'Sections 1–5 and 11 and their summary rows come from that single run; sections 6–10, the other summary rows and the ' +
    'profiles and side-by-side experiments in "Where the time goes" come from the runs each names. Rerun to reproduce on your machine.');
  p();
  p('## Machine');
  p();
  p('| nproc | CPU | memory | node | Chromium | OS |');
  p('|---|---|---|---|---|---|');
  p('| ' + m.nproc + ' | ' + m.cpu + ' | ' + m.memGiB + ' GiB | ' + m.node + ' | ' + m.chromium + ' | ' + m.os + ' |');
  p();
  p('The machine is shared and noisy (other engineers\' builds, tests and benchmarks run on the same cores; each section gives the load average while it ran), so sizes run interleaved (ours, raw, peer, ours, raw, peer …), ' + ROUNDS + ' round' + (ROUNDS === 1 ? '' : 's') + ' each; ' +
    'tables give the **median** and the **spread (min–max)** over the rounds. A ratio is computed per round (both sides ran ' +
    'back to back) and its median is reported. Throughput ratio = raw seconds / our seconds (1.00 = as fast as the limit).');
  p();
  if (res.errors.length) {
    p('**Steps that failed in this run:** ' + res.errors.join('; '));
    p();
  }

  // ---- summary
  const n = res.node;
  const b = res.browser;
  const nodeRatio = (s) => h.ratios(h.series(n, 'raw-put', s), h.series(n, 'engine', s));
  const nodePartsRatio = (s) => h.ratios(h.series(n, 'raw-put', s), h.series(n, 'engine', s, 'partsSeconds'));
  const brRatio = (s, a, c, fa) => h.ratios(h.series(b, 'browser-' + a, s), h.series(b, 'browser-' + c, s, fa));
  const biggestNode = NODE_SIZES[NODE_SIZES.length - 1];
  const rssOurs = h.series(n, 'engine', 1024, 'rssGrowthMiB');
  const rssBig = h.series(n, 'engine', biggestNode, 'rssGrowthMiB');
  p('## Summary against the goals');
  p();
  p('| goal | measured (median, spread) | verdict |');
  p('|---|---|---|');
  const nodeFsjs = (s) => h.ratios(h.series(n, 'fsjs-node', s), h.series(n, 'engine', s));
  for (const s of NODE_SIZES) {
    const r = nodeRatio(s);
    p('| Node ' + s + ' MiB: ours ≥ 0.95 × raw PUT | ' + h.f2(h.median(r)) + ' (' + h.spread(r) + '); parts phase alone ' + h.f2(h.median(nodePartsRatio(s))) + ' | ' + verdict(h.median(r), 0.95, true) + ' |');
    const f = nodeFsjs(s);
    p('| Node ' + s + ' MiB: ours ≥ 1.5 × filestack-js | ' + (f.length ? h.f2(h.median(f)) + ' (' + h.spread(f) + ')' : 'not measured (' + (res.fsjsNode && res.fsjsNode.reason ? res.fsjsNode.reason : 'see section 1–2') + ')') + ' | ' + verdict(f.length ? h.median(f) : NaN, 1.5, true) + ' |');
  }
  for (const s of BROWSER_SIZES) {
    const r = brRatio(s, 'raw', 'ours');
    const f = brRatio(s, 'fsjs', 'ours');
    if (!r.length) continue;
    p('| Chromium ' + s + ' MiB: ours ≥ 0.95 × raw fetch PUT | ' + h.f2(h.median(r)) + ' (' + h.spread(r) + '); parts phase alone ' + h.f2(h.median(brRatio(s, 'raw', 'ours', 'partsSeconds'))) + ' | ' + verdict(h.median(r), 0.95, true) + ' |');
    if (f.length) p('| Chromium ' + s + ' MiB: ours ≥ 1.5 × filestack-js | ' + h.f2(h.median(f)) + ' (' + h.spread(f) + ') | ' + verdict(h.median(f), 1.5, true) + ' |');
    else p('| Chromium ' + s + ' MiB: ours ≥ 1.5 × filestack-js | not run at this size (filestack-js runs up to ' + FSJS_UP_TO + ' MiB in Chromium: at 1 GiB it takes minutes a round) | not measured |');
  }
  if (rssOurs.length) p('| peak RSS growth, 1 GiB upload (Node) ≤ 64 MiB | ' + h.f1(h.median(rssOurs)) + ' MiB (' + h.f1(h.min(rssOurs)) + '–' + h.f1(h.max(rssOurs)) + ')' + (h.series(n, 'fsjs-node', 1024).length ? '; filestack-js ' + h.f1(h.median(h.series(n, 'fsjs-node', 1024, 'rssGrowthMiB'))) + ' MiB' : '') + ' | ' + verdict(h.max(rssOurs), 64, false) + ' |');
  else if (rssBig.length) p('| peak RSS growth ≤ 64 MiB (1 GiB not run with --quick; ' + biggestNode + ' MiB shown) | ' + h.f1(h.median(rssBig)) + ' MiB (' + h.f1(h.min(rssBig)) + '–' + h.f1(h.max(rssBig)) + ') | ' + verdict(h.max(rssBig), 64, false) + ' at ' + biggestNode + ' MiB |');
  const longest = BROWSER_SIZES.map((s) => h.series(b, 'browser-ours', s, 'longestTaskMs')).reduce((a, x) => a.concat(x), []);
  if (longest.length) p('| Chromium: no main-thread task ≥ 50 ms during our uploads (' + BROWSER_SIZES.join(', ') + ' MiB, every round) | longest task ' + h.f1(h.max(longest)) + ' ms (' + longest.filter((x) => x > 0).length + ' of ' + longest.length + ' uploads had one ≥ 50 ms) | ' + (h.max(longest) < 50 ? 'met' : 'missed') + ' |');
  if (res.dialog) dialogSummaryRows(res.dialog, h).forEach((l) => p(l));
  p();

  // ---- node
  p('## 1–2. Upload in Node (loopback, reference server with its embedded s3rver)');
  p();
  p('Ours = `init(key, undefined, {hosts}).upload(blob)` (src/client → src/upload, `node:http` transport, native MD5 per part). ' +
    'Raw = one presigned S3 `PUT` of the whole file to the same s3rver through the same gate, streamed from disk (only the PUT is timed). ' +
    'filestack-js = unmodified 4.3.8 (its Node build and HTTP adapter), `init(key)` with `session.urls.uploadApiUrl` set to the server, ' +
    'given the file\'s path as a Node user would. The server runs in a child process, so RSS is the uploader\'s alone (sampled every 5 ms, growth over the start, after a GC). ' +
    (res.fsjsNode && res.fsjsNode.how
      ? 'filestack-js\'s Node adapter cannot reach a URL with an explicit port, so for this table the server listened on 127.0.0.1:80 in ' + res.fsjsNode.how +
        ', handing out only port-less URLs (API and part URLs, storage mounted on the API\'s origin at /s3/); ours, raw and filestack-js all used that one server, round by round.'
      : '**filestack-js was not measured in Node**: ' + ((res.fsjsNode && res.fsjsNode.reason) || 'the step did not run') + '.') +
    loadNote(res.load && res.load.node, h, m.nproc));
  p();
  p('| size | raw PUT MiB/s | ours MiB/s | filestack-js MiB/s | ours parts phase s | ours complete phase s | ratio to raw, end-to-end | ratio to raw, parts phase | ours / filestack-js | ours peak RSS growth MiB | filestack-js peak RSS growth MiB | raw peak RSS growth MiB |');
  p('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const s of NODE_SIZES) {
    const raw = h.series(n, 'raw-put', s);
    const ours = h.series(n, 'engine', s);
    if (!ours.length) continue;
    const mibps = (xs) => xs.map((x) => s / x);
    const peer = h.series(n, 'fsjs-node', s);
    const peerRss = h.series(n, 'fsjs-node', s, 'rssGrowthMiB');
    p('| ' + s + ' MiB | ' + h.f1(h.median(mibps(raw))) + ' (' + h.spread(mibps(raw)) + ') | ' + h.f1(h.median(mibps(ours))) + ' (' + h.spread(mibps(ours)) + ') | ' +
      (peer.length ? h.f1(h.median(mibps(peer))) + ' (' + h.spread(mibps(peer)) + ')' : 'not measured') + ' | ' +
      h.f2(h.median(h.series(n, 'engine', s, 'partsSeconds'))) + ' | ' + h.f2(h.median(h.series(n, 'engine', s, 'completeSeconds'))) + ' | ' +
      h.f2(h.median(nodeRatio(s))) + ' (' + h.spread(nodeRatio(s)) + ') | ' + h.f2(h.median(nodePartsRatio(s))) + ' | ' +
      (peer.length ? h.f2(h.median(nodeFsjs(s))) + ' (' + h.spread(nodeFsjs(s)) + ')' : 'n/a') + ' | ' +
      h.f1(h.median(h.series(n, 'engine', s, 'rssGrowthMiB'))) + ' (max ' + h.f1(h.max(h.series(n, 'engine', s, 'rssGrowthMiB'))) + ') | ' +
      (peerRss.length ? h.f1(h.median(peerRss)) + ' (max ' + h.f1(h.max(peerRss)) + ')' : 'n/a') + ' | ' + h.f1(h.median(h.series(n, 'raw-put', s, 'rssGrowthMiB'))) + ' |');
  }
  p();

  // ---- browser
  p('## 3. Upload in headless Chromium');
  p();
  p('One page (loopback origin) loads our bundle (`filepicker.min.js`, built into a temp folder) and filestack-js 4.3.8 UMD. ' +
    'The file (random bytes) is written to a temp folder on disk and picked with Playwright\'s `setInputFiles(path)`, so every ' +
    'upload reads a disk-backed `File`, as after a user\'s pick. Ours = through the dialog: `filepicker.pick()`, the file goes ' +
    'into the dialog\'s own file input, timed from that input\'s `change` event to onSuccess (MD5 in the bundle\'s Worker, hash-wasm, ' +
    'the Worker file served without a CSP header; part URLs asked for in batches; XHR part PUTs); its parts phase ends when its `/multipart/complete` request starts (Resource Timing). Raw = the same file picked ' +
    'through a plain `<input type=file>` of the same page, one `fetch` `PUT` of it to one presigned URL of the same s3rver (only ' +
    'the PUT is timed). filestack-js = `init(key)` with `session.urls.uploadApiUrl` set to the server, uploading the same picked File. ' +
    'All calls are cross-origin to the server; nothing but 127.0.0.1 is reachable (a dead proxy with only 127.0.0.1 bypassed, ' +
    'host names unresolvable; checked at start; no `context.route`, whose interception pauses every request and pipes its body ' +
    'through the automation channel, which breaks on a 256 MiB PUT). The first size has one unreported warm-up round; 1 GiB runs ' +
    'fewer rounds (see the spread), and filestack-js runs up to ' + FSJS_UP_TO + ' MiB only (at 1 GiB it takes minutes a round). "Longest task" is the longest main-thread task (PerformanceObserver `longtask`, ≥ 50 ms; 0 = none) while the upload ran.' +
    loadNote(res.load && res.load.browser, h, m.nproc));
  p();
  p('| size | raw fetch MiB/s | ours MiB/s | filestack-js MiB/s | ours / raw | ours parts phase / raw | ours / filestack-js | longest task ours ms | longest task filestack-js ms |');
  p('|---|---|---|---|---|---|---|---|---|');
  for (const s of BROWSER_SIZES) {
    const ours = h.series(b, 'browser-ours', s);
    if (!ours.length) {
      p('| ' + s + ' MiB | not measured in this run | | | | | | | |');
      continue;
    }
    const mibps = (k) => h.series(b, 'browser-' + k, s).map((x) => s / x);
    const cell = (xs) => (xs.length ? h.f1(h.median(xs)) + ' (' + h.spread(xs) + ')' : 'not run');
    const lt = (k) => (!h.series(b, 'browser-' + k, s).length ? 'not run' : h.f1(h.median(h.series(b, 'browser-' + k, s, 'longestTaskMs'))) + ' (max ' + h.f1(h.max(h.series(b, 'browser-' + k, s, 'longestTaskMs'))) + ')');
    p('| ' + s + ' MiB | ' + cell(mibps('raw')) + ' | ' + cell(mibps('ours')) + ' | ' + cell(mibps('fsjs')) + ' | ' +
      h.f2(h.median(brRatio(s, 'raw', 'ours'))) + ' | ' + h.f2(h.median(brRatio(s, 'raw', 'ours', 'partsSeconds'))) + ' | ' + h.f2(h.median(brRatio(s, 'fsjs', 'ours'))) + ' | ' + lt('ours') + ' | ' + lt('fsjs') + ' |');
  }
  p();

  // ---- dialog
  renderDialog(res.dialog, h).forEach((l) => p(l));

  // ---- sizes
  renderSizes(res.sizes, PEERS).forEach((l) => p(l));

  // ---- analysis
  p('## Where the time goes');
  p();
  p('Profiled on this machine while other jobs loaded it (load average 9–22 on 2 cores), so the absolute figures below are ' +
    'slow; the proportions are what they show. Browser: `bench/profile-browser.ts` (a per-part timeline from wrapping the ' +
    'page\'s Worker and XMLHttpRequest, plus the CDP Network events of every request, preflights included). Node: ' +
    '`node --cpu-prof --import tsx bench/upload-node.ts --sizes=256 --rounds=1` (profiles of the client and of the server child).');
  p();
  p('- **Browser, before this change (0.12–0.20 × raw).** The engine ran each part as hash → `/multipart/upload` → PUT inside ' +
    'one of its 5 slots, and gave all 5 slots\' parts to the one MD5 Worker at once. The Worker interleaved their 1 MiB slice ' +
    'reads, so the first 5 parts (25 MiB) all finished together after 750–860 ms; then every slot was posting or PUTting and ' +
    'the Worker sat idle (e.g. 896 → 1,160 ms) until a PUT ended. The hasher was busy only 73–86 % of the parts phase.');
  p('- **Browser, fixed in src/upload.** (1) A file\'s next parts are hashed while the slots send (`hashAhead`, 2 parts for the ' +
    'Worker hasher, 1 for the others), and the part takes that digest when its slot frees, so a PUT starts as soon as a slot ' +
    'does. (2) The Worker hasher serves one part at a time in order (a line of waiting parts; a second Worker from 4 cores ' +
    'on: a second Worker measured no faster on 2 cores), so the first part is ready first. (3) Inside the slice loop the ' +
    'next 1 MiB slice is read while the current one is hashed. After (1)–(2) the hasher is busy 86–99 % of the parts phase, ' +
    'and in 5 side-by-side rounds of 256 MiB (old bundle vs new, each in its own page, same server, interleaved) the parts ' +
    'phase took 0.77, 0.85, 0.96, 1.08 and 0.80 × the old time (median 0.85; the machine was loaded, so single rounds swing). ' +
    'Hashing is now the bottleneck.');
  p('- **Browser, what remains: JavaScript MD5.** Browsers have no native MD5 (WebCrypto has none), and the protocol requires ' +
    '`Content-MD5` per part. spark-md5 in Chromium\'s Worker hashed 47–134 MiB/s on in-memory buffers (depending on load), ' +
    'below the raw fetch PUT (see the table); in the Worker a part\'s time was about one third Blob slice reads and two ' +
    'thirds spark-md5 (2.3–2.5 s reading and 4.2–5.4 s hashing for 256 MiB, loaded machine). So with spark-md5 the browser ' +
    'upload cannot reach 0.95 × a raw PUT on 2 cores; a faster MD5 would be needed (a WebAssembly MD5 would need ' +
    '`\'wasm-unsafe-eval\'` in a strict CSP, which the dialog must not require). spark-md5 runs at ' + h.f1(res.sparkMiBps) +
    ' MiB/s on one core in Node (same V8) in this run.');
  p('- **Browser, not the cause.** CORS preflight: one `OPTIONS` per part (52 for 256 MiB), 17–150 ms each under load; each ' +
    'part URL is different (presigned query) and `PUT` is not a CORS-safelisted method, so a cross-origin part PUT always ' +
    'needs its own preflight whatever headers we send; the server\'s `sameOriginStorage` (storage at `/s3/` on the API origin) ' +
    'removes them for pages on that origin. XHR upload progress: 1.3–1.9 progress events per 5 MiB PUT, negligible. ' +
    '`/multipart/upload`: 10–85 ms per part, overlapped with the other slots\' PUTs.');
  p('- **Node, parts phase.** In the CPU profiles neither process is saturated: the client was idle about half of the run, ' +
    'its own CPU going to MD5 (node:crypto, ' + h.f1(res.md5MiBps) + ' MiB/s on one core here), socket writes and the file ' +
    'stream; the server child spent 1.45 s in MD5 (s3rver hashes each part on arrival, the raw PUT, and again in complete) ' +
    'and 1.39 s in file writes, and only 0.08 s in server/src plus 0.22 s in the AWS SDK (`@smithy/core`: presigning for ' +
    '`/multipart/upload` and the gate re-deriving each part\'s signature), about 5 % of its busy time; the gate is not where the ' +
    'time goes. The rest is the per-part round trips (`/multipart/upload`, then the PUT through the gate into s3rver, which ' +
    'writes the part to a file) that a single raw PUT does not have, on a machine whose 2 cores were shared with other jobs.');
  p('- **Node, against filestack-js (side by side, 256 MiB).** Same namespace setup as the table (server on 127.0.0.1:80 ' +
    'in its own network namespace, one server for all), `bench/upload-node.ts --port80 --sizes=256 --rounds=3 ' +
    '--variants=ours,ours:c3,ours:p6,fsjs,ours:c3p6`, 3 interleaved rounds, load average 3–5 on the 2 cores (so faster than ' +
    'the table). Medians (spread) of the whole upload: ours 4.58 s (3.75–4.70), ours with maxConcurrentUploads 3 4.38 s ' +
    '(3.70–4.79), ours with 6 MiB parts 4.99 s (4.24–5.96), both 4.49 s (4.41–4.66), filestack-js 5.00 s (4.91–6.16); ' +
    'ours / filestack-js per round 1.33, 1.31, 1.07. Per round, concurrency 3 took 1.17, 1.02, 0.81 × our default\'s time and ' +
    '6 MiB parts 1.33, 1.27, 0.93 ×: neither of filestack-js\'s settings is consistently faster here, so they do not explain the ' +
    'ratio, and the documented defaults stay.');
  p('- **Node, CPU profiles of both (one 256 MiB upload each, `node --cpu-prof`, cut to the upload by the `windowUs` the bench ' +
    'prints).** Our client: 4.91 s, busy 2.36 s (idle 52 %): MD5 (node:crypto) 0.77 s, reading the Blob\'s web stream ' +
    '(`openAsBlob` slices, 64 KiB chunks: `ArrayBufferViewGetByteLength`, `readNext`, transfers) 0.49 s, GC 0.25 s, socket ' +
    'writes 0.10 s, src/upload itself 0.22 s (part buffers 0.10, the node:http transport\'s write loop 0.08). filestack-js: ' +
    '6.39 s, busy 2.18 s (idle 66 %): MD5 0.82 s, socket writes 0.38 s, its own uploader and HTTP adapter 0.39 s, GC 0.04 s (its ' +
    'whole-file `fs.readFile` runs on the thread pool). So the two clients cost about the same CPU per byte (9.2 against ' +
    '8.5 ms/MiB) and both wait most of the time. The server child, same windows: busy 3.63 s of 4.91 s for ours and 4.79 s of ' +
    '6.39 s for filestack-js (idle 25–26 %), in s3rver\'s MD5 (1.19 / 1.02 s), file writes and reads (0.79 / 1.29 s) and the AWS ' +
    'SDK (0.35 s); with other jobs on the machine the client and the server together got about 1.1–1.2 of the 2 cores. The ' +
    'server\'s JavaScript is one thread, so its 3.6 s busy time bounds our upload from below: even an uploader costing nothing ' +
    'would be about 5.0 / 3.6 ≈ 1.4 × filestack-js (its median above) on this server and machine, below the 1.5 × goal; the complete phase ' +
    '(1.3–2.1 s of each 256 MiB upload in the side-by-side rounds, s3rver rewriting the file) is paid by both alike.');
  p('- **Node, what the client could still gain, and what did not help.** Per-request timelines (`--timeline`) show our ' +
    'PUTs in waves: the 5 slots start together, share the link and end together, and with one part hashed ahead four slots ' +
    'then wait for a fresh read + MD5, so no PUT was in flight for 5–30 % of the parts phase (median 18 % over 24 uploads). Hashing 2 ' +
    'parts ahead (a temporary patch, not kept) cut that to a median of 13 % (18 uploads), but in time it took 0.84–1.02 × the old ' +
    'time in 4 rounds, 0.88–1.57 × in 4 rounds of the other order and 0.84–1.33 × (median 1.12) in 5 rounds of ABBA order: not ' +
    'clearly better, and it costs one more part of memory, so the engine is unchanged. Reading a part through the Blob\'s ' +
    'web stream costs more than a file read: MD5 of 256 MiB in 5 MiB parts took 0.66–0.83 s of CPU through `Blob.stream()`, ' +
    '0.63–0.67 s through `Blob.arrayBuffer()` and 0.47 s through `fs.read` into one reused buffer (MD5 alone 0.46 s), so a ' +
    'direct file read would save about 0.2–0.35 s of client CPU per 256 MiB (about 10 % of its busy time); the engine is given ' +
    'a Blob, not a path, so this was not pursued. Memory: filestack-js given a path reads the whole file first (its RSS ' +
    'column: about the file size); ours streams each part into a reused buffer.');
  p('- **Node, complete phase (server side).** From the last part acknowledged to the stored file returned: the reference ' +
    'server\'s `CompleteMultipartUpload` on s3rver (node_modules/s3rver/lib/stores/filesystem.js `putObjectMultipart`) reads ' +
    'every part file back, hashes the whole object with MD5 and writes it again as one new file, then deletes the parts. ' +
    'Its 64 KiB streams are not the problem: the same pipeline on 52 × 5 MiB part files ran at 83–145 MiB/s here, faster than ' +
    'a whole-part read/hash/write loop (35–74 MiB/s, not overlapped); the cost is one more full read + MD5 + write of the ' +
    'file, which a raw single PUT does not pay. So the end-to-end ratio measures s3rver as much as the uploader; the ' +
    'parts-phase ratio isolates the uploader.');
  p('- **Memory.** With native MD5 a part is read whole once, hashed and the same bytes are sent, so memory ≈ part size × ' +
    '(concurrency + 1 part hashed ahead) plus sockets; it does not grow with the file size. filestack-js in Node reads a file ' +
    'given by path whole into memory (`fs.readFile`), which its RSS column shows.');
  p();
  p('## How to reproduce');
  p();
  p('```');
  p('npm ci');
  p('npm run bench              # 16 MiB, 256 MiB and 1 GiB, in Node and in Chromium, also against the sink');
  p('npm run bench -- --quick   # no 1 GiB run');
  p('npm run bench -- --rounds=5   # more rounds per size (default 3)');
  p('npm run bench -- --only=size  # section 5 alone, into the existing BENCHMARKS.md');
  p('npm run bench -- --only=dialog  # section 4 and its summary rows alone, into the existing BENCHMARKS.md');
  p('npm run bench -- --only=upload  # sections 1–3 and their summary rows alone (Node and Chromium uploads)');
  p('npm run bench -- --only=sink    # section 11 and its summary rows alone (ours vs raw PUT against a discarding sink)');
  p('npm run bench -- --only=upload --sizes=16,256  # any upload run with other sizes (MiB)');
  p('npm run bench -- --only=servercpu  # the server\'s CPU per MiB (section 10, written by hand from what it prints)');
  p('```');
  p();
  p('Needs Chromium at `/usr/bin/chromium` (or `FP_CHROMIUM=/path`) and a few GiB of free temp space. Everything talks to ' +
    '127.0.0.1 only. filestack-js in Node needs `unshare` (util-linux) and `ip` (iproute2) for its own network namespace, ' +
    'or root with 127.0.0.1:80 free; without either it is reported as not measured. The parts can be run alone: ' +
    '`npx tsx bench/upload-node.ts --sizes=256 --rounds=2` (add `--port80` inside `unshare --user --map-root-user --net` for filestack-js; ' +
    '`--variants=raw,ours,ours:c3,ours:p6,fsjs` picks what runs in each round and in which order, `ours:c3` = maxConcurrentUploads 3, ' +
    '`ours:p6` = 6 MiB parts; `--timeline` prints each engine request\'s start and end; every line carries `windowUs`, the ' +
    'upload\'s start and end on the clock of `node --cpu-prof` samples, to cut a profile to it), ' +
    '`npx tsx bench/browser.ts --sizes=16,256,1024 --rounds=3` (`--sink` against the discarding sink, also for upload-node.ts), `npx tsx bench/dialog.ts`; `npx tsx bench/profile-browser.ts --size=256` ' +
    'prints the per-part timeline of one Chromium upload (MD5, /multipart/upload, PUT, preflights). Benchmarks are never run as timed tests in CI.');
  p();
  return L.join('\n');
}

module.exports = { render, renderSizes, replaceSizes, replaceDialog, verdict, loadNote };
