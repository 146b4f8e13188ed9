'use strict';
/**
 * Searching a cloud source in the dialog, under a strict CSP (`default-src 'self'`): the DROPBOX tab against the
 * reference server, whose Dropbox app points at the loopback double of Dropbox's API (server/test/doubles/dropbox.ts,
 * which answers `files/search_v2`). Sign in through the popup, type in the search field, see the results (crumbs end
 * with "Search results"), Escape back to the folder, search again, pick a result: the link serves the double's bytes.
 */
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, axe, assert, equal } = require('../lib/helpers');
const { cloudFiles } = require('../lib/cloudFiles');
const { names, crumbs, showing, signInShown, popupSignIn, bytesOf } = require('../lib/cloudUi');

test('DROPBOX search under a strict CSP: type, see the results, Escape back, pick a result (bytes identical); axe clean', async (ctx) => {
  const page = await openPage(ctx, 'csp-plain.html');
  await callPicker(page, 'pick', [{ services: ['COMPUTER', 'DROPBOX'], openTo: 'DROPBOX' }]);
  await signInShown(page);
  await popupSignIn(page);
  await showing(page, 'Photos');
  await page.waitForSelector('.fp-cloud-search', { state: 'visible' });
  equal(await page.$eval('.fp-cloud-search label', (n) => n.textContent), 'Search Dropbox');

  await page.focus('.fp-cloud-search input');
  await page.keyboard.type('pixel');
  await page.keyboard.press('Enter');
  await showing(page, 'pixel.png');
  equal(await names(page), ['pixel.png']);
  equal(await crumbs(page), ['Dropbox', 'Search results']);
  equal(await axe(page, '.fp-dialog'), [], 'axe-core finds no violations with the results shown');
  await page.screenshot({ path: ctx.artifacts + '/cloud-search.png' });

  // Escape in the field: back to the folder, the dialog stays
  await page.keyboard.press('Escape');
  await showing(page, 'Photos');
  equal(await crumbs(page), ['Dropbox']);
  equal(await page.$eval('.fp-cloud-search input', (n) => n.value), '');
  equal(await page.$$eval('.fp-dialog', (d) => d.length), 1, 'the dialog is still open');

  // search again, then pick the result with the keyboard
  await page.keyboard.type('PIX');
  await page.keyboard.press('Enter');
  await showing(page, 'pixel.png');
  await page.focus('.fp-cs-list');
  await page.keyboard.press('Enter');
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  equal([out.value.filename, out.value.mimetype, out.value.client], ['pixel.png', 'image/png', 'dropbox']);
  assert(out.value.url.indexOf(ctx.origin + '/cloud/file/') === 0, 'a link through the cloud API: ' + out.value.url);
  assert((await bytesOf(out.value.url)).equals(cloudFiles('Dropbox')['/Photos/pixel.png']), 'the link serves the Dropbox file\'s bytes');
  const searched = ctx.doubles.dropboxApp.calls.filter((c) => c.endpoint === '/2/files/search_v2').map((c) => c.arg.query);
  equal(searched, ['pixel', 'PIX'], 'the double was asked through files/search_v2');
  equal(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  equal(page.__errors, []);
});
