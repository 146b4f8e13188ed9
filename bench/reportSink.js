'use strict';
/** Section 11 of BENCHMARKS.md (uploads against a loopback sink) and its summary rows, from bench/run.js --only=sink. */
const { verdict, loadNote } = require('./report');

/** Issue 16's goal against the sink: ours ≥ 0.8 × a raw PUT to the same sink. */
const SINK_GOAL = 0.8;

const TITLE = '## 11. Upload against a loopback sink that discards the bytes (the client\'s own ceiling)';

/** `{ summary, section }`: the summary rows and the section's text, from `sink = { node, browser, load }`. */
function renderSink(sink, sizes, rounds, m, h) {
  const per = (lines, what, s, field) => h.series(lines, what, s, field);
  const ratio = (lines, raw, ours, s, field) => h.ratios(per(lines, raw, s), per(lines, ours, s, field));
  const cell = (xs) => (xs.length ? h.f2(h.median(xs)) + ' (' + h.spread(xs) + ')' : 'n/a');
  const rate = (xs, s) => (xs.length ? h.f1(h.median(xs.map((x) => s / x))) + ' (' + h.spread(xs.map((x) => s / x)) + ')' : 'n/a');
  const summary = [];
  const L = [];
  const p = (s) => L.push(s === undefined ? '' : s);
  p(TITLE);
  p();
  p('What the uploader alone can do on this machine: the same uploads as sections 1–3, but the reference server stores ' +
    'into a sink that accepts the PUTs and drops the bytes, so neither side pays a disk write, a hash on arrival or an ' +
    'object assembly, and ours is compared with a raw PUT of the same file to the same sink, round by round.');
  p();
  p('**Design.** The reference server runs unchanged; only its configuration points its `s3` storage at the sink ' +
    '(`s3: { endpoint }`, as for any external S3). The sink is a bench-only S3 double (bench/sinkStorage.ts, in a process ' +
    'of its own, started by the bench) speaking the subset of the S3 API the server uses: buckets and CORS, multipart ' +
    'start, part PUT, ListParts, complete (the multipart ETag, MD5 of the parts\' MD5s then `-<count>`), abort, small ' +
    'objects (the server\'s handle records and markers, kept in memory), HEAD, list, copy, delete. A part PUT is read ' +
    'to its end, its byte count checked against `Content-Length`, and discarded; its ETag is the `Content-MD5` the PUT ' +
    'carried (what S3 answers when the bytes match it), or without one an MD5 of the upload id, part number and length. ' +
    'It does not check signatures or hash the bytes. This was chosen over a storage location that discards inside the ' +
    'server (which would put a test-only location into the product) and over a bench-only server re-implementing ' +
    'start/upload/complete (which would measure another server than the one users run): so the server\'s own work per ' +
    'call (signing, batched part URLs, complete, handle record) stays in the figures, and only storage is taken out. ' +
    'bench/sinkStorage.test.ts checks it behind the server (our engine and a raw PUT store through it; a part it does ' +
    'not hold or a short body is refused).');
  p();
  p('Chromium: the page, dialog and pick of section 3 (ours through the dialog, from the `change` event to onSuccess; ' +
    'raw = one `fetch` `PUT` of the same picked file to a presigned URL of the sink), cross-origin to the sink, so every ' +
    'part PUT has its CORS preflight, as against S3. Node: as sections 1–2 (the engine against one raw presigned PUT ' +
    'streamed from disk), the server in a child process. Sizes run interleaved (ours, raw, ours, raw …), ' + rounds +
    ' round' + (rounds === 1 ? '' : 's') + ' each (1 GiB: fewer in Chromium); the ratio is computed per round; cells give the median and (min–max). ' +
    'Other engineers\' work shared the ' + m.nproc + ' cores while this ran, so absolute rates are low and vary; the ' +
    'ratios of interleaved rounds are the figures to read.');
  p();
  p('Chromium.' + loadNote(sink.load && sink.load.browser, h, m.nproc));
  p();
  p('| size | raw fetch PUT MiB/s | ours MiB/s | ours / raw | ours parts phase / raw | longest main-thread task, ours ms |');
  p('|---|---|---|---|---|---|');
  for (const s of sizes) {
    const ours = per(sink.browser, 'sink-browser-ours', s);
    if (!ours.length) continue;
    const r = ratio(sink.browser, 'sink-browser-raw', 'sink-browser-ours', s);
    const lt = per(sink.browser, 'sink-browser-ours', s, 'longestTaskMs');
    p('| ' + s + ' MiB | ' + rate(per(sink.browser, 'sink-browser-raw', s), s) + ' | ' + rate(ours, s) + ' | ' + cell(r) + ' | ' +
      cell(ratio(sink.browser, 'sink-browser-raw', 'sink-browser-ours', s, 'partsSeconds')) + ' | ' + h.f1(h.median(lt)) + ' (max ' + h.f1(h.max(lt)) + ') |');
    summary.push('| against the sink, Chromium ' + s + ' MiB: ours ≥ ' + SINK_GOAL + ' × raw fetch PUT (section 11) | ' + cell(r) + ' | ' + verdict(h.median(r), SINK_GOAL, true) + ' |');
  }
  p();
  p('Node.' + loadNote(sink.load && sink.load.node, h, m.nproc));
  p();
  p('| size | raw PUT MiB/s | ours MiB/s | ours / raw | ours parts phase / raw |');
  p('|---|---|---|---|---|');
  for (const s of sizes) {
    const ours = per(sink.node, 'engine', s);
    if (!ours.length) continue;
    const r = ratio(sink.node, 'raw-put', 'engine', s);
    p('| ' + s + ' MiB | ' + rate(per(sink.node, 'raw-put', s), s) + ' | ' + rate(ours, s) + ' | ' + cell(r) + ' | ' + cell(ratio(sink.node, 'raw-put', 'engine', s, 'partsSeconds')) + ' |');
    summary.push('| against the sink, Node ' + s + ' MiB: ours ≥ ' + SINK_GOAL + ' × raw PUT (section 11) | ' + cell(r) + ' | ' + verdict(h.median(r), SINK_GOAL, true) + ' |');
  }
  p();
  return { summary, section: L.join('\n') };
}

module.exports = { renderSink, SINK_TITLE: TITLE };
