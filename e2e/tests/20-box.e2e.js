'use strict';
/**
 * The BOX source in the dialog: OAuth sign-in in a popup against the reference server's cloud API, whose Box client
 * points at the loopback double of Box's OAuth, API 2.0 and download host (server/test/doubles/box.ts, started by
 * e2e/run.js with e2e/lib/cloudFiles.js). The double's authorize page consents at once. Box paths are ids: the
 * breadcrumbs show folder names. Strict CSP (`default-src 'self'`).
 */
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, assert, equal } = require('../lib/helpers');
const { cloudFiles } = require('../lib/cloudFiles');
const { names, crumbs, showing, signInShown, popupSignIn, bytesOf } = require('../lib/cloudUi');

const BOX_FILES = cloudFiles('Box');

test('BOX under a strict CSP: sign in through the popup, browse by name, pick (a link), pickAndStore (a copy); bytes identical', async (ctx) => {
  const box = ctx.doubles.box;
  const page = await openPage(ctx, 'csp-plain.html');
  await callPicker(page, 'pick', [{ services: ['COMPUTER', 'BOX'], openTo: 'BOX' }]);
  await signInShown(page);
  equal(await page.$eval('.fp-source[data-fp-source=box]', (n) => n.textContent), 'Box');
  equal(await page.$eval('.fp-cloud-oauth', (n) => n.textContent), 'Sign in to Box');
  await popupSignIn(page);
  await showing(page, 'Photos');
  equal(await names(page), ['Photos', 'notes.txt']);
  assert(box.calls.indexOf('POST /oauth2/token') >= 0, 'the server exchanged the code at the double');
  await page.keyboard.press('Enter');
  await showing(page, 'pixel.png');
  equal(await crumbs(page), ['Box', 'Photos']);
  await page.keyboard.press('Enter');
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  equal([out.value.filename, out.value.mimetype, out.value.client], ['pixel.png', 'image/png', 'box']);
  assert(out.value.url.indexOf(ctx.origin + '/cloud/file/') === 0, 'a link through the cloud API: ' + out.value.url);
  assert((await bytesOf(out.value.url)).equals(BOX_FILES['/Photos/pixel.png']), 'the link serves the Box file\'s bytes');

  // the page's sign-in is kept: pickAndStore lists at once
  await page.evaluate(() => { window.__events = []; });
  await callPicker(page, 'pickAndStore', [{ services: ['BOX'] }, { location: 'S3', path: 'from-box/' }]);
  await showing(page, 'Photos');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const stored = await outcome(page);
  equal(stored.type, 'success', JSON.stringify(stored));
  const blob = stored.value[0];
  equal([blob.filename, blob.client], ['notes.txt', 'box']);
  assert(blob.url.indexOf(ctx.origin + '/api/file/') === 0 && /^from-box\/.*notes\.txt$/.test(blob.key), 'stored: ' + blob.url + ' ' + blob.key);
  assert((await bytesOf(blob.url)).equals(BOX_FILES['/notes.txt']), 'the stored bytes are the Box file\'s');
  equal(box.downloadAuth, [], 'no bearer token went to the download host');
  equal(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  equal(page.__errors, []);
});
