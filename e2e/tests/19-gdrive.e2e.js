'use strict';
/**
 * The GOOGLE_DRIVE source in the dialog: OAuth sign-in in a popup against the reference server's cloud API, whose
 * Google client points at the loopback double of Google's OAuth and the Drive API v3
 * (server/test/doubles/google-drive.ts, started by e2e/run.js with e2e/lib/cloudFiles.js). The double's authorize
 * page consents at once. Drive paths are ids: the breadcrumbs show folder names. Strict CSP (`default-src 'self'`).
 */
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, assert, equal } = require('../lib/helpers');
const { cloudFiles } = require('../lib/cloudFiles');
const { names, crumbs, showing, signInShown, popupSignIn, bytesOf } = require('../lib/cloudUi');

const DRIVE_FILES = cloudFiles('Google Drive');

test('GOOGLE_DRIVE under a strict CSP: sign in through the popup, browse by name, pick (a link), pickAndStore with GDRIVE (a copy); bytes identical', async (ctx) => {
  const drive = ctx.doubles.drive;
  const page = await openPage(ctx, 'csp-plain.html');
  await callPicker(page, 'pick', [{ services: ['COMPUTER', 'GOOGLE_DRIVE'], openTo: 'GOOGLE_DRIVE' }]);
  await signInShown(page);
  equal(await page.$eval('.fp-source[data-fp-source=google_drive]', (n) => n.textContent), 'Google Drive');
  equal(await page.$eval('.fp-cloud-oauth', (n) => n.textContent), 'Sign in to Google Drive');
  await popupSignIn(page);
  await showing(page, 'Photos');
  equal(await names(page), ['Photos', 'notes.txt']);
  assert(drive.calls.indexOf('POST /token') >= 0, 'the server exchanged the code at the double');
  await page.keyboard.press('Enter');
  await showing(page, 'pixel.png');
  equal(await crumbs(page), ['Google Drive', 'Photos']);
  await page.keyboard.press('Enter');
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  equal([out.value.filename, out.value.mimetype, out.value.client], ['pixel.png', 'image/png', 'googledrive']);
  assert(out.value.url.indexOf(ctx.origin + '/cloud/file/') === 0, 'a link through the cloud API: ' + out.value.url);
  assert((await bytesOf(out.value.url)).equals(DRIVE_FILES['/Photos/pixel.png']), 'the link serves the Drive file\'s bytes');

  // the page's sign-in is kept: pickAndStore (v2's other name, GDRIVE) lists at once
  await page.evaluate(() => { window.__events = []; });
  await callPicker(page, 'pickAndStore', [{ services: ['GDRIVE'] }, { location: 'S3', path: 'from-drive/' }]);
  await showing(page, 'Photos');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const stored = await outcome(page);
  equal(stored.type, 'success', JSON.stringify(stored));
  const blob = stored.value[0];
  equal([blob.filename, blob.client], ['notes.txt', 'googledrive']);
  assert(blob.url.indexOf(ctx.origin + '/api/file/') === 0 && /^from-drive\/.*notes\.txt$/.test(blob.key), 'stored: ' + blob.url + ' ' + blob.key);
  assert((await bytesOf(blob.url)).equals(DRIVE_FILES['/notes.txt']), 'the stored bytes are the Drive file\'s');
  equal(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  equal(page.__errors, []);
});
