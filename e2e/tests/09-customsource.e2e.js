'use strict';
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, axe, assert, equal, shot } = require('../lib/helpers');
const { sourceObject } = require('../lib/sourceObjects');

const OPTIONS = { services: ['COMPUTER', 'CUSTOMSOURCE'], openTo: 'CUSTOMSOURCE', customSourceContainer: 'fp-e2e-source', customSourcePath: 'team' };

/** Records the custom source API calls and the chunk requests of a page. */
function recordRequests(page) {
  const seen = { list: [], store: 0, chunks: [] };
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname === '/api/customsource/list') seen.list.push(u.searchParams.get('path'));
    if (u.pathname === '/api/customsource/store') seen.store++;
    if (u.pathname.indexOf('/dist/chunks/') === 0) seen.chunks.push(u.pathname);
  });
  return seen;
}

const activeName = (page) =>
  page.evaluate(() => {
    const l = document.querySelector('.fp-cs-list');
    const o = l && document.getElementById(l.getAttribute('aria-activedescendant'));
    return o ? o.querySelector('.fp-cs-name').textContent : null;
  });
const names = (page) => page.$$eval('.fp-cs-item .fp-cs-name', (n) => n.map((e) => e.textContent));
const crumbs = (page) => page.$$eval('.fp-cs-crumbs li', (n) => n.map((e) => e.textContent));

async function openSource(ctx, extra) {
  const page = await openPage(ctx);
  const seen = recordRequests(page);
  await callPicker(page, extra && extra.multiple ? 'pickMultiple' : 'pick', [{ ...OPTIONS, ...(extra || {}) }]);
  await page.waitForSelector('.fp-cs-item');
  await shot(ctx, page, 'listing');
  return { page, seen };
}

test('custom source: the tab loads its chunk, the keyboard opens a folder and picks a file; the Blob serves the seeded bytes', async (ctx) => {
  const { page, seen } = await openSource(ctx);
  equal(seen.chunks.sort(), ['/dist/chunks/browse.js', '/dist/chunks/customsource.js'], 'the panel came from its own chunk and the folder browser it shares with the cloud sources');
  equal(await page.evaluate(() => document.activeElement.getAttribute('role')), 'listbox', 'focus on the list');
  equal(await names(page), ['photos', 'reports', 'big.bin', 'readme.txt']);
  equal(await activeName(page), 'photos');
  await page.keyboard.press('ArrowDown');
  equal(await activeName(page), 'reports');
  // one focus ring, the list's; the active row is shown by its colour and a bar, not by a second ring
  const rings = await page.evaluate(() => Array.prototype.filter.call(document.querySelectorAll('.fp-cs-list, .fp-cs-list *'), (n) => getComputedStyle(n).outlineStyle !== 'none').map((n) => n.className));
  equal(rings, ['fp-cs-list'], 'one focus ring');
  await shot(ctx, page, 'keyboard-active-row');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => Array.prototype.some.call(document.querySelectorAll('.fp-cs-name'), (n) => n.textContent === 'q1.csv'));
  equal(await crumbs(page), ['team', 'reports']);
  equal(await names(page), ['2024', 'q1.csv']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  const seeded = sourceObject('team/reports/q1.csv');
  equal(Object.keys(out.value), ['url', 'filename', 'mimetype', 'size', 'key', 'container', 'client', 'isWriteable'], 'v2 Blob keys');
  equal([out.value.filename, out.value.mimetype, out.value.size, out.value.client], ['q1.csv', 'text/csv', seeded.body.length, 'customsource']);
  const body = Buffer.from(await (await fetch(out.value.url)).arrayBuffer());
  assert(body.equals(seeded.body), 'the stored file has exactly the seeded bytes');
  equal(seen.list, ['team/', 'team/reports/']);
  equal(seen.store, 1);
});

test('custom source: restrictions refuse a too-large file before any copy', async (ctx) => {
  const before = (await ctx.server.storage.listObjects()).length;
  const { page, seen } = await openSource(ctx, { maxSize: 1024 });
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  equal(await activeName(page), 'big.bin');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.fp-errors li');
  await shot(ctx, page, 'error-shown');
  equal(await page.$$eval('.fp-errors li', (n) => n.map((e) => e.textContent)), ['big.bin is too large (200 KB). The largest file allowed is 1 KB.']);
  equal(await page.$$eval('.fp-file', (n) => n.length), 0, 'nothing added');
  equal(seen.store, 0, 'no copy was asked for');
  equal((await ctx.server.storage.listObjects()).length, before, 'nothing stored');
  // a file within the limit still goes through
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  equal((await outcome(page)).value.filename, 'readme.txt');
});

test('custom source: the customSourcePath root cannot be left (Backspace, Alt+Up, Up button, breadcrumbs)', async (ctx) => {
  const { page, seen } = await openSource(ctx);
  equal(await page.$eval('.fp-cs-up', (b) => b.disabled), true, 'Up is disabled at the root');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Alt+ArrowUp');
  await page.waitForTimeout(150);
  equal(seen.list, ['team/'], 'no listing above the root');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (document.querySelector('.fp-cs-item .fp-cs-name') || {}).textContent === '2024');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (document.querySelector('.fp-cs-item .fp-cs-name') || {}).textContent === 'annual.txt');
  equal(await crumbs(page), ['team', 'reports', '2024']);
  await page.click('.fp-cs-crumb >> nth=0');
  await page.waitForFunction(() => (document.querySelector('.fp-cs-item .fp-cs-name') || {}).textContent === 'photos');
  equal(await page.evaluate(() => document.activeElement.getAttribute('role')), 'listbox', 'focus back on the list');
  await page.keyboard.press('Backspace');
  await page.waitForTimeout(150);
  equal(await crumbs(page), ['team']);
  equal(seen.list, ['team/', 'team/reports/', 'team/reports/2024/', 'team/']);
  assert(!(await names(page)).includes('outside.txt'), 'the object above the root is never listed');
  // the server refuses a path that climbs out even when asked directly
  const r = await fetch(ctx.origin + '/api/customsource/list?key=demo&container=fp-e2e-source&path=team/../');
  equal(r.status, 400);
});

test('custom source: without customSourceContainer the tab says it is not configured', async (ctx) => {
  const page = await openPage(ctx);
  const seen = recordRequests(page);
  await callPicker(page, 'pick', [{ services: ['COMPUTER', 'CUSTOMSOURCE'] }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.click('.fp-source[data-fp-source=customsource]');
  equal(await page.$eval('.fp-cs-note', (n) => n.textContent), 'This source is not set up: no storage bucket was configured for it.');
  equal(await page.$eval('.fp-cs-note', (n) => n.offsetParent !== null), true, 'visible');
  equal(seen.list, []);
  equal(seen.chunks, [], 'nothing loaded for an unconfigured source');
});

test('custom source: axe-core finds no violations on the open tab (multiple, with a selection); screenshot', async (ctx) => {
  const { page } = await openSource(ctx, { multiple: true, language: 'de' });
  await page.waitForFunction(() => document.querySelector('.fp-source[data-fp-source=customsource]').textContent === 'Cloud-Ordner');
  await page.keyboard.press('End');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowUp');
  equal(await page.$eval('.fp-cs-add', (b) => [b.disabled, b.textContent]), [false, 'Auswahl hinzufügen (1)']);
  await shot(ctx, page, 'customsource');
  equal(await axe(page, '.fp-dialog'), [], 'axe');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.fp-file-done');
  await shot(ctx, page, 'uploaded');
  await page.click('.fp-primary');
  const out = await outcome(page);
  equal(out.value.map((b) => b.filename), ['readme.txt']);
});
