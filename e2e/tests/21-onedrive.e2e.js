'use strict';
/**
 * The SKYDRIVE source (the "OneDrive" tab) in the dialog: OAuth sign-in in a popup against the reference server's
 * cloud API, whose OneDrive client points at the loopback double of Microsoft's OAuth and Graph's OneDrive API
 * (server/test/doubles/onedrive.ts, started by e2e/run.js with e2e/lib/cloudFiles.js). The double's authorize page
 * consents at once. OneDrive paths are item ids: the breadcrumbs show folder names. Strict CSP (`default-src 'self'`).
 */
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, assert, equal } = require('../lib/helpers');
const { cloudFiles } = require('../lib/cloudFiles');
const { names, crumbs, showing, signInShown, popupSignIn, bytesOf } = require('../lib/cloudUi');

const OD_FILES = cloudFiles('OneDrive');

test('SKYDRIVE (OneDrive) under a strict CSP: sign in through the popup, browse by name, pick (a link), pickAndStore (a copy); bytes identical', async (ctx) => {
  const od = ctx.doubles.onedrive;
  const page = await openPage(ctx, 'csp-plain.html');
  await callPicker(page, 'pick', [{ services: ['COMPUTER', 'SKYDRIVE'], openTo: 'SKYDRIVE' }]);
  await signInShown(page);
  equal(await page.$eval('.fp-source[data-fp-source=skydrive]', (n) => n.textContent), 'OneDrive');
  equal(await page.$eval('.fp-cloud-oauth', (n) => n.textContent), 'Sign in to OneDrive');
  await popupSignIn(page);
  await showing(page, 'Photos');
  equal(await names(page), ['Photos', 'notes.txt']);
  assert(od.calls.indexOf('POST /common/oauth2/v2.0/token') >= 0, 'the server exchanged the code at the double');
  await page.keyboard.press('Enter');
  await showing(page, 'pixel.png');
  equal(await crumbs(page), ['OneDrive', 'Photos']);
  await page.keyboard.press('Enter');
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  equal([out.value.filename, out.value.mimetype, out.value.client], ['pixel.png', 'image/png', 'onedrive']);
  assert(out.value.url.indexOf(ctx.origin + '/cloud/file/') === 0, 'a link through the cloud API: ' + out.value.url);
  assert((await bytesOf(out.value.url)).equals(OD_FILES['/Photos/pixel.png']), 'the link serves the OneDrive file\'s bytes');

  // the page's sign-in is kept: pickAndStore lists at once
  await page.evaluate(() => { window.__events = []; });
  await callPicker(page, 'pickAndStore', [{ services: ['SKYDRIVE'] }, { location: 'S3', path: 'from-onedrive/' }]);
  await showing(page, 'Photos');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const stored = await outcome(page);
  equal(stored.type, 'success', JSON.stringify(stored));
  const blob = stored.value[0];
  equal([blob.filename, blob.client], ['notes.txt', 'onedrive']);
  assert(blob.url.indexOf(ctx.origin + '/api/file/') === 0 && /^from-onedrive\/.*notes\.txt$/.test(blob.key), 'stored: ' + blob.url + ' ' + blob.key);
  assert((await bytesOf(blob.url)).equals(OD_FILES['/notes.txt']), 'the stored bytes are the OneDrive file\'s');
  equal(od.downloadAuth, [], 'no bearer token went to the download URL');
  equal(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  equal(page.__errors, []);
});
