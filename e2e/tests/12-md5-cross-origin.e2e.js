'use strict';
/**
 * The MD5 Worker when the library is served from another origin than the page (the bundle on the e2e origin, the page
 * on a second loopback port): (a) a page without CSP starts it through a one-line Blob-URL Worker; (b) a page whose CSP
 * (`default-src 'self' <bundle origin>`) refuses blob: Workers hashes on the main thread; (c) a page same-origin with
 * the bundle starts the Worker file itself. Each stores a multi-part file through pickAndStore and checks the stored
 * bytes; which way was taken is read from the engine's debug log (console.debug). Last, a Worker file whose own CSP
 * refuses WebAssembly hashes with spark-md5 inside the Worker.
 */
const fs = require('fs');
const http = require('http');
const path = require('path');
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, assert, equal, shot } = require('../lib/helpers');

const PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>other origin</title>'
  + '<script src="/setup.js"></script><script src="BUNDLE/dist/filepicker.js"></script></head>'
  + '<body><main><h1>Shop</h1></main></body></html>';

/**
 * A page server on a second loopback port: `/page.html` (with `opts.csp` as its CSP when given, loading the bundle from
 * `opts.bundle`), `/setup.js`, and `/dist/*` copied from the e2e origin (the Worker file sent with `opts.workerCsp`).
 */
function startOtherOrigin(apiOrigin, opts) {
  const setup = 'window.__csp=[];document.addEventListener("securitypolicyviolation",function(e){window.__csp.push(e.violatedDirective+" "+e.blockedURI);});'
    + 'window.filepicker={hostname:' + JSON.stringify(apiOrigin) + '};';
  const server = http.createServer((req, res) => {
    const p = new URL(req.url, 'http://x').pathname;
    const headers = { 'Cache-Control': 'no-store' };
    if (p === '/page.html') {
      if (opts.csp) headers['Content-Security-Policy'] = opts.csp;
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(PAGE.replace('BUNDLE', opts.bundle));
    }
    if (p === '/setup.js') {
      res.writeHead(200, { ...headers, 'Content-Type': 'application/javascript' });
      return res.end(setup);
    }
    if (p.startsWith('/dist/')) {
      return void fetch(apiOrigin + p).then(async (r) => {
        if (opts.workerCsp && p.endsWith('/filepicker.md5worker.js')) headers['Content-Security-Policy'] = opts.workerCsp;
        res.writeHead(r.status, { ...headers, 'Content-Type': r.headers.get('content-type') || 'text/plain' });
        res.end(Buffer.from(await r.arrayBuffer()));
      }, () => { res.writeHead(502); res.end(); });
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    origin: 'http://127.0.0.1:' + server.address().port,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  })));
}

/** Opens the other origin's page (requests to it are let through the suite's loopback-only routing). */
async function openOther(ctx, other) {
  const page = await ctx.browser.newPage();
  page.setDefaultTimeout(15000);
  page.__errors = [];
  page.on('pageerror', (e) => page.__errors.push(String(e)));
  await page.route(other.origin + '/**', (route) => route.continue());
  await page.goto(other.origin + '/page.html');
  await page.waitForFunction(() => !!(window.filepicker && window.filepicker.pickAndStore));
  await page.evaluate(() => {
    window.filepicker.setKey('demo');
    window.__events = [];
  });
  return page;
}

/** Records the engine's debug lines and the Workers the page starts. */
function watch(page) {
  const seen = { debug: [], workers: [] };
  page.on('console', (m) => { if (m.type() === 'debug' && m.text().startsWith('md5: ')) seen.debug.push(m.text()); });
  page.on('worker', (w) => seen.workers.push(w.url()));
  return seen;
}

/** 6 MiB + 17 bytes (two parts), each 4 KiB block marked. */
function sixMiB(ctx) {
  const file = path.join(ctx.files, 'cross-origin.bin');
  const bytes = Buffer.alloc(6 * 1024 * 1024 + 17);
  for (let i = 0; i < bytes.length; i += 4096) bytes[i] = (i / 4096) & 255;
  fs.writeFileSync(file, bytes);
  return { file, bytes };
}

async function storeThroughDialog(ctx, page, file, bytes) {
  await callPicker(page, 'pickAndStore', [{}, { location: 'S3' }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]', file);
  await shot(ctx, page, 'files-added');
  const out = await outcome(page, 30000);
  equal(out.type, 'success', 'outcome: ' + JSON.stringify(out.value));
  const body = Buffer.from(await (await fetch(out.value[0].url)).arrayBuffer());
  equal(body.length, bytes.length, 'stored size');
  equal(body.equals(bytes), true, 'stored bytes equal the file');
}

test('md5 cross-origin: a page without CSP on another origin hashes in a Blob-URL Worker that imports the Worker file', async (ctx) => {
  const other = await startOtherOrigin(ctx.origin, { bundle: ctx.origin });
  try {
    const { file, bytes } = sixMiB(ctx);
    const page = await openOther(ctx, other);
    const seen = watch(page);
    await storeThroughDialog(ctx, page, file, bytes);
    equal(seen.debug, ['md5: hashing in a Worker started from the blob URL (hash-wasm)'], 'debug log');
    assert(seen.workers.length >= 1 && seen.workers.every((u) => u.startsWith('blob:' + other.origin + '/')), 'Blob-URL Workers of the page origin: ' + JSON.stringify(seen.workers));
    equal(page.__errors, [], 'page errors');
  } finally {
    await other.close();
  }
});

test("md5 cross-origin: a page whose CSP refuses blob: Workers hashes on the main thread, and the upload still succeeds", async (ctx) => {
  const other = await startOtherOrigin(ctx.origin, { bundle: ctx.origin, csp: "default-src 'self' " + ctx.origin });
  try {
    const { file, bytes } = sixMiB(ctx);
    const page = await openOther(ctx, other);
    const seen = watch(page);
    const chunks = [];
    page.on('request', (r) => { if (r.url().includes('/chunks/')) chunks.push(r.url().replace(ctx.origin, '')); });
    await storeThroughDialog(ctx, page, file, bytes);
    equal(seen.debug.length, 1, 'one debug line: ' + JSON.stringify(seen.debug));
    assert(/^md5: hashing on the main thread with spark-md5 \((could not start a Worker from the blob URL|the Worker from the blob URL reported an error)\)$/.test(seen.debug[0]), 'main-thread fallback: ' + seen.debug[0]);
    assert(chunks.some((c) => /\/chunks\/md5\.js$/.test(c)), 'the spark-md5 chunk was loaded: ' + JSON.stringify(chunks));
    const csp = await page.evaluate(() => window.__csp);
    assert(csp.some((v) => /^(worker-src|script-src|default-src) blob/.test(v)), 'the CSP refused the blob: Worker: ' + JSON.stringify(csp));
    equal(page.__errors, [], 'page errors');
  } finally {
    await other.close();
  }
});

test('md5 cross-origin: a page same-origin with the bundle starts the Worker file itself', async (ctx) => {
  const { file, bytes } = sixMiB(ctx);
  const page = await openPage(ctx, 'plain.html');
  const seen = watch(page);
  await storeThroughDialog(ctx, page, file, bytes);
  equal(seen.debug, ['md5: hashing in a Worker started from the worker file (hash-wasm)'], 'debug log');
  assert(seen.workers.length >= 1 && seen.workers.every((u) => u === ctx.origin + '/dist/filepicker.md5worker.js'), 'the Worker file ran: ' + JSON.stringify(seen.workers));
  equal(page.__errors, [], 'page errors');
});

test("md5 cross-origin: a Worker file whose CSP refuses WebAssembly hashes with spark-md5 in the Worker and says why", async (ctx) => {
  const other = await startOtherOrigin(ctx.origin, { bundle: '', workerCsp: "script-src 'self'" });
  try {
    const { file, bytes } = sixMiB(ctx);
    const page = await openOther(ctx, other);
    const seen = watch(page);
    await storeThroughDialog(ctx, page, file, bytes);
    equal(seen.debug.length, 1, 'one debug line: ' + JSON.stringify(seen.debug));
    assert(/^md5: hashing in a Worker started from the worker file \(spark-md5, WebAssembly unavailable \(.+\)\)$/.test(seen.debug[0]), 'spark-md5 in the Worker: ' + seen.debug[0]);
    equal(seen.workers, [other.origin + '/dist/filepicker.md5worker.js'], 'the Worker file ran');
    equal(page.__errors, [], 'page errors');
  } finally {
    await other.close();
  }
});
