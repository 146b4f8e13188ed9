'use strict';
/** Shared steps of the e2e tests. */
const fs = require('fs');
const path = require('path');

/**
 * Opens a page of e2e/pages with the library loaded and an API key set; records page errors, alerts and the on-demand
 * chunks it fetched (`page.__chunks`). `inits`: scripts (functions) installed before the page runs, e.g. test hooks;
 * `before(page)`: what to do to the page before it loads (e.g. install Playwright's clock).
 */
async function openPage(ctx, name, inits, before) {
  const page = await ctx.browser.newPage();
  page.setDefaultTimeout(15000);
  page.__errors = [];
  page.__dialogs = [];
  page.__chunks = [];
  page.on('pageerror', (e) => page.__errors.push(String(e)));
  page.on('dialog', (d) => {
    page.__dialogs.push(d.message());
    d.dismiss().catch(() => undefined);
  });
  page.on('request', (r) => {
    if (r.url().includes('/chunks/')) page.__chunks.push(r.url().replace(ctx.origin, ''));
  });
  for (const init of inits || []) await page.addInitScript(init);
  if (before) await before(page);
  await page.goto(ctx.origin + '/e2e/' + (name || 'plain.html'));
  await page.waitForFunction(() => !!(window.filepicker && window.filepicker.pickAndStore));
  await page.evaluate(() => {
    window.filepicker.setKey('demo');
    window.__events = [];
  });
  return page;
}

/**
 * Calls `filepicker.<method>(...args)` in the page with callbacks that record into `window.__events`
 * (`success`, `error`, `progress`). `args` are the option objects only.
 */
function callPicker(page, method, args) {
  return page.evaluate(
    ({ method, args }) => {
      const rec = (type) => (value) => window.__events.push({ type, value: JSON.parse(JSON.stringify(value === undefined ? null : value)), code: value && value.code });
      window.__session = window.filepicker[method].apply(window.filepicker, args.concat([rec('success'), rec('error'), rec('progress')]));
    },
    { method, args },
  );
}

/** Waits for the first `success` or `error` event and returns it. */
async function outcome(page, timeout) {
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'success' || e.type === 'error'), null, { timeout: timeout || 20000 });
  return page.evaluate(() => window.__events.filter((e) => e.type === 'success' || e.type === 'error')[0]);
}

function events(page, type) {
  return page.evaluate((t) => window.__events.filter((e) => e.type === t).map((e) => e.value), type);
}

/** Writes a file for upload and returns its path. */
function writeFile(ctx, name, content) {
  const p = path.join(ctx.files, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

/** A PNG of w×h made with sharp. */
async function png(ctx, name, w, h) {
  const sharp = require('sharp');
  const buf = await sharp({ create: { width: w, height: h, channels: 3, background: { r: 200, g: 80, b: 40 } } }).png().toBuffer();
  return writeFile(ctx, name, buf);
}

/**
 * A screenshot of `page` in a state the running test walks through (`dialog-open`, `files-added`, `uploading`,
 * `error-shown`, `done` …): e2e/artifacts/<test>--<n>-<state>.png, numbered in the order the test takes them. The
 * state each test ends in is taken by run.js after the test (`end-<test>.png`).
 */
async function shot(ctx, page, state) {
  const t = ctx.test || { slug: 'no-test', shots: 0 };
  t.shots++;
  const file = t.slug + '--' + String(t.shots).padStart(2, '0') + '-' + state + '.png';
  // caret 'initial': Playwright leaves the page's inputs untouched (hiding the caret gives them an empty style attribute)
  await page.screenshot({ path: path.join(ctx.artifacts, file), caret: 'initial' });
}

function assert(cond, message) {
  if (!cond) throw new Error('assertion failed: ' + message);
}

function equal(actual, expected, message) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error((message || 'not equal') + '\n  expected: ' + e + '\n  actual:   ' + a);
}

const AXE = path.join(__dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js');

/**
 * axe-core's violations inside `selector` (default the whole document), as `id: targets` strings. The script is
 * evaluated through the devtools protocol, so it also runs on the strict-CSP page, where a script tag would be refused.
 */
async function axe(page, selector) {
  await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  return page.evaluate((sel) => window.axe.run(sel ? document.querySelector(sel) : document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '))), selector);
}

module.exports = { openPage, axe, callPicker, outcome, events, writeFile, png, shot, assert, equal };
