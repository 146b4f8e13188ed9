'use strict';
/**
 * The ES module build (dist/filepicker.mjs, the package's `import`) in a `<script type="module">` page: it fills the
 * page's `window.filepicker` like the UMD build, loads its on-demand parts as dist/chunks/<name>.mjs and finds the
 * locales beside itself (from import.meta.url), and a pickAndStore stores the file's bytes.
 */
const fs = require('fs');
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, writeFile, assert, equal } = require('../lib/helpers');

test('ES module build: a module page imports dist/filepicker.mjs; pickAndStore in German stores the file; parts are .mjs', async (ctx) => {
  const file = writeFile(ctx, 'esm.txt', 'bytes through the ES module build');
  const loaded = [];
  const p = await openPage(ctx, 'esm.html');
  p.on('response', (r) => { if (r.url().includes('/dist/')) loaded.push(r.status() + ' ' + r.url().replace(ctx.origin, '')); });
  equal(await p.evaluate(() => window.__sameObject), true, 'the default export is the page\'s window.filepicker');
  await callPicker(p, 'pickAndStore', [{ language: 'de' }, { location: 'S3' }]);
  await p.waitForSelector('.fp-dialog[role=dialog]');
  await p.waitForFunction(() => document.querySelector('.fp-dialog').getAttribute('lang') === 'de' && /Datei/.test(document.querySelector('.fp-dialog').textContent));
  await p.setInputFiles('.fp-dialog input[type=file]:not([webkitdirectory])', file);
  const out = await outcome(p);
  equal(out.type, 'success', 'outcome');
  const body = await (await fetch(out.value[0].url)).text();
  equal(body, fs.readFileSync(file, 'utf8'), 'stored bytes');
  const chunks = p.__chunks.filter((u) => u.startsWith('/dist/chunks/'));
  assert(chunks.length > 0 && chunks.every((u) => /\.mjs$/.test(u)), 'parts of the ES module build: ' + chunks.join(', '));
  assert(loaded.some((l) => l === '200 /dist/locales/de.js'), 'the German strings loaded from beside the module: ' + loaded.join(', '));
  equal(p.__errors, [], 'page errors');
});
