'use strict';
/**
 * Big lists in Chromium: 3,000 files dropped at once. The file list is windowed (src/picker/rowWindow.ts): only the
 * rows in view and a margin are in the DOM, yet the columns line up, Tab and Shift+Tab walk the rows in the list's
 * order, every rendered row says its place in the whole list, and axe finds nothing.
 */
const { test } = require('../lib/harness');
const { openPage, callPicker, axe, assert, equal } = require('../lib/helpers');

const N = 3000;

/** The place in the list (aria-posinset) of the row holding focus, or null. */
function focusedRow(page) {
  return page.evaluate(() => {
    const li = document.activeElement && document.activeElement.closest('.fp-file');
    return li ? Number(li.getAttribute('aria-posinset')) : null;
  });
}

test('big lists: 3,000 dropped files are windowed under a strict CSP; columns line up, Tab and Shift+Tab follow the list, axe is clean', async (ctx) => {
  // under the strict CSP (default-src 'self'): the spacers' heights are set through CSSOM, not style attributes
  const page = await openPage(ctx, 'csp-plain.html');
  await callPicker(page, 'pickMultiple', [{ backgroundUpload: false }]);
  await page.waitForSelector('.fp-dialog[role=dialog]');
  await page.evaluate((n) => {
    const dt = new DataTransfer();
    for (let k = 0; k < n; k++) dt.items.add(new File(['x' + k], 'file-' + k + '.txt', { type: 'text/plain' }));
    document.querySelector('.fp-overlay').dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
  }, N);
  await page.waitForSelector('.fp-file[aria-setsize="' + N + '"]');
  const rendered = await page.$$eval('.fp-files > .fp-file', (rows) => rows.map((r) => Number(r.getAttribute('aria-posinset'))));
  assert(rendered.length > 5 && rendered.length < 80, 'a window of rows is rendered: ' + rendered.length);
  equal(rendered[0], 1, 'the list starts with its first row');
  equal(rendered[rendered.length - 1], N, 'the last row is kept for Shift+Tab');
  const lefts = await page.$$eval('.fp-files > .fp-file', (rows) => rows.slice(0, 3).map((r) => [r.querySelector('.fp-file-name'), r.querySelector('.fp-remove')].map((n) => Math.round(n.getBoundingClientRect().left))));
  equal(lefts[1], lefts[0], 'name and × line up between rows');
  equal(lefts[2], lefts[0], 'name and × line up between rows');
  // the spacers stand for the rows not rendered: the list is as tall as all its rows
  const heights = await page.evaluate(() => {
    const row = document.querySelector('.fp-files > .fp-file').getBoundingClientRect().height;
    return { list: document.querySelector('.fp-files').getBoundingClientRect().height, row };
  });
  assert(Math.abs(heights.list - heights.row * N) < heights.row * 3, 'the list is as tall as its ' + N + ' rows: ' + JSON.stringify(heights));

  // Tab from the drop zone walks the rows one by one, rendering those that come into view
  await page.focus('.fp-drop');
  await page.keyboard.press('Tab');
  equal(await focusedRow(page), 1, 'Tab from the drop zone goes to the first row');
  for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
  equal(await focusedRow(page), 41, 'Tab walks the rows in order past the first window');
  // Shift+Tab from the footer goes to the last row of the whole list
  await page.focus('.fp-primary');
  await page.keyboard.press('Shift+Tab');
  equal(await focusedRow(page), N, 'Shift+Tab from the footer goes to the last row');
  await page.keyboard.press('Shift+Tab');
  equal(await focusedRow(page), N - 1, 'and on backwards');
  const around = await page.$$eval('.fp-files > .fp-file', (rows) => rows.map((r) => Number(r.getAttribute('aria-posinset'))));
  assert(around.indexOf(N - 15) >= 0 && around.indexOf(2) < 0, 'scrolled to the end: its rows are rendered, the top ones are not: ' + around.join(','));
  equal(await axe(page, '.fp-dialog'), [], 'axe with a windowed list of ' + N);
  equal(page.__errors, [], 'no page errors');
  equal(await page.evaluate(() => window.__csp), [], 'no CSP violation');
});
