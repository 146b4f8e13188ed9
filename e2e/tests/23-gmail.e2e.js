'use strict';
/**
 * The GMAIL source in the dialog: OAuth sign-in in a popup against the reference server's cloud API, whose Gmail
 * client points at the loopback double of Google's OAuth and the Gmail API v1 (server/test/doubles/gmail.ts, started
 * by e2e/run.js with e2e/lib/cloudFiles.js's two files as the attachments of two messages). The double's authorize
 * page consents at once. The top folder lists the messages with attachments by subject and date; paths are ids.
 * Strict CSP (`default-src 'self'`).
 */
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, assert, equal } = require('../lib/helpers');
const { cloudFiles } = require('../lib/cloudFiles');
const { names, crumbs, showing, signInShown, popupSignIn, bytesOf } = require('../lib/cloudUi');

const GMAIL_FILES = cloudFiles('Gmail');

test('GMAIL under a strict CSP: sign in through the popup, open a message, pick an attachment (a link), pickAndStore (a copy); bytes identical', async (ctx) => {
  const gm = ctx.doubles.gmail;
  const page = await openPage(ctx, 'csp-plain.html');
  await callPicker(page, 'pick', [{ services: ['COMPUTER', 'GMAIL'], openTo: 'GMAIL' }]);
  await signInShown(page);
  equal(await page.$eval('.fp-source[data-fp-source=gmail]', (n) => n.textContent), 'Gmail');
  equal(await page.$eval('.fp-cloud-oauth', (n) => n.textContent), 'Sign in to Gmail');
  await popupSignIn(page);
  await showing(page, 'Photos · 2024-05-02');
  equal(await names(page), ['Photos · 2024-05-02', 'Notes · 2024-05-01']);
  assert(gm.calls.indexOf('POST /token') >= 0, 'the server exchanged the code at the double');
  await page.keyboard.press('Enter');
  await showing(page, 'pixel.png');
  equal(await crumbs(page), ['Gmail', 'Photos · 2024-05-02']);
  await page.keyboard.press('Enter');
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  equal([out.value.filename, out.value.mimetype, out.value.client], ['pixel.png', 'image/png', 'gmail']);
  assert(out.value.url.indexOf(ctx.origin + '/cloud/file/') === 0, 'a link through the cloud API: ' + out.value.url);
  assert((await bytesOf(out.value.url)).equals(GMAIL_FILES['/Photos/pixel.png']), 'the link serves the attachment\'s bytes');

  // the page's sign-in is kept: pickAndStore lists the messages at once
  await page.evaluate(() => { window.__events = []; });
  await callPicker(page, 'pickAndStore', [{ services: ['GMAIL'] }, { location: 'S3', path: 'from-gmail/' }]);
  await showing(page, 'Photos · 2024-05-02');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await showing(page, 'notes.txt');
  await page.keyboard.press('Enter');
  const stored = await outcome(page);
  equal(stored.type, 'success', JSON.stringify(stored));
  const blob = stored.value[0];
  equal([blob.filename, blob.client], ['notes.txt', 'gmail']);
  assert(blob.url.indexOf(ctx.origin + '/api/file/') === 0 && /^from-gmail\/.*notes\.txt$/.test(blob.key), 'stored: ' + blob.url + ' ' + blob.key);
  assert((await bytesOf(blob.url)).equals(GMAIL_FILES['/notes.txt']), 'the stored bytes are the attachment\'s');
  equal(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  equal(page.__errors, []);
});
