'use strict';
/**
 * The demo pages as `npm start` serves them (server/public/demo, under the server's strict CSP, through the e2e
 * origin): each one loads with a viewport, does what it shows, and logs no error (page errors, console errors and
 * CSP violations all count). A screenshot of each goes to e2e/artifacts/.
 */
const { test } = require('../lib/harness');
const { png, writeFile, assert, equal } = require('../lib/helpers');

/** Opens a demo page and records every error it logs. */
async function openDemo(ctx, name) {
  const page = await ctx.browser.newPage();
  page.setDefaultTimeout(15000);
  page.__errors = [];
  page.on('pageerror', (e) => page.__errors.push('pageerror: ' + String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') page.__errors.push('console.error: ' + m.text());
  });
  const res = await page.goto(ctx.origin + '/demo/' + name);
  equal(res.status(), 200, name + ' status');
  equal(res.headers()['content-security-policy'], "default-src 'self'", name + ' is served under the strict CSP');
  equal(await page.$eval('meta[name=viewport]', (m) => m.getAttribute('content')), 'width=device-width, initial-scale=1', name + ' viewport');
  if (name !== '') await page.waitForFunction(() => !!(window.filepicker && window.filepicker.pickAndStore && window.demo));
  return page;
}

async function done(ctx, page, name) {
  await page.screenshot({ path: ctx.artifacts + '/demo-' + (name.replace(/\.html$/, '') || 'index') + '.png', fullPage: true });
  equal(page.__errors, [], name + ' logged no errors');
}

function output(page) {
  return page.$eval('#output', (n) => n.textContent);
}

test('demos: the index links every demo page, each of which opens without errors', async (ctx) => {
  const index = await openDemo(ctx, '');
  const links = await index.$$eval('main a', (as) => as.map((a) => a.getAttribute('href')));
  await done(ctx, index, '');
  equal(links, ['pick.html', 'pick-multiple.html', 'pick-and-store.html', 'custom-source.html', 'widgets.html', 'rest.html', 'modern.html', 'drop-pane.html'], 'links');
  for (const name of ['pick.html', 'pick-multiple.html', 'pick-and-store.html', 'custom-source.html']) {
    const page = await openDemo(ctx, name);
    await page.click('#go');
    await page.waitForSelector('.fp-dialog[role=dialog]');
    await done(ctx, page, name);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => /"code": 101/.test(document.getElementById('output').textContent));
    await page.close();
  }
});

test('demos: pick stores a chosen image and shows its Blob', async (ctx) => {
  const file = await png(ctx, 'demo-pick.png', 30, 20);
  const page = await openDemo(ctx, 'pick.html');
  await page.click('#go');
  await page.waitForSelector('.fp-dialog[role=dialog]');
  await page.setInputFiles('.fp-dialog input[type=file]', file);
  await page.waitForFunction(() => /onSuccess: \{/.test(document.getElementById('output').textContent));
  assert(/"filename": "demo-pick.png"/.test(await output(page)), 'the Blob is shown');
  await done(ctx, page, 'pick.html');
});

test('demos: the REST page stores, reads, stats, writes and removes a file', async (ctx) => {
  const page = await openDemo(ctx, 'rest.html');
  await page.click('#go');
  await page.waitForFunction(() => /remove: "done"/.test(document.getElementById('output').textContent));
  const text = await output(page);
  assert(text.indexOf('read: "Hello from the REST demo"') >= 0, 'read the stored text: ' + text);
  assert(text.indexOf('read again: "Written over by the REST demo"') >= 0, 'read the written text');
  assert(/"mimetype": "text\/plain"/.test(text), 'stat');
  await done(ctx, page, 'rest.html');
});

test('demos: the modern API page uploads with progress; pause, resume and cancel act on the upload', async (ctx) => {
  const big = writeFile(ctx, 'demo-big.bin', Buffer.alloc(12 * 1024 * 1024, 3));
  const page = await openDemo(ctx, 'modern.html');
  // parts go slowly so the controls can be used mid-upload
  ctx.server.faults.set({ part: { sequence: [{ kind: 'slow', bytesPerSecond: 4 * 1024 * 1024 }] } });
  await page.setInputFiles('#file', big);
  await page.waitForFunction(() => !document.getElementById('pause').disabled);
  await page.click('#pause');
  await page.click('#resume');
  await page.waitForFunction(() => /stored: \{/.test(document.getElementById('output').textContent), undefined, { timeout: 30000 });
  const text = await output(page);
  assert(/token: "pause"[\s\S]*token: "resume"/.test(text), 'pause and resume reached the token');
  equal(await page.$eval('#progress', (p) => p.value), 100, 'progress bar full');
  assert(/100% \(12582912 of 12582912 bytes\)/.test(await page.$eval('#percent', (n) => n.textContent)), 'totalPercent / totalBytes / size');
  await done(ctx, page, 'modern.html');
  await page.setInputFiles('#file', big);
  await page.waitForFunction(() => !document.getElementById('cancel').disabled);
  await page.click('#cancel');
  await page.waitForFunction(() => /rejected: \{/.test(document.getElementById('output').textContent));
  assert(/"name": "AbortError"/.test(await output(page)), 'cancelled: ' + (await output(page)));
  equal(page.__errors, [], 'no errors after cancel');
});

test('demos: the drop pane stores dropped files; the widgets page builds its widgets', async (ctx) => {
  const page = await openDemo(ctx, 'drop-pane.html');
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['dropped one'], 'one.txt', { type: 'text/plain' }));
    dt.items.add(new File(['dropped two'], 'two.txt', { type: 'text/plain' }));
    const pane = document.getElementById('pane');
    for (const type of ['dragenter', 'dragover', 'drop']) pane.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
  });
  await page.waitForFunction(() => /onSuccess: \[/.test(document.getElementById('output').textContent));
  const text = await output(page);
  assert(/onStart: "2 file\(s\)"/.test(text) && /"filename": "one.txt"/.test(text) && /"filename": "two.txt"/.test(text), 'both stored: ' + text);
  await done(ctx, page, 'drop-pane.html');

  const widgets = await openDemo(ctx, 'widgets.html');
  // v2 widgets: the pick input becomes a button, the drag-drop input a drop area, the export button keeps its text
  await widgets.waitForFunction(() => Array.prototype.some.call(document.querySelectorAll('button'), (b) => b.textContent === 'Choose an image'));
  await widgets.waitForFunction(() => /Or drop files here/.test(document.body.textContent));
  await widgets.click('#export-widget');
  await widgets.waitForSelector('[role=dialog]');
  await done(ctx, widgets, 'widgets.html');
});
