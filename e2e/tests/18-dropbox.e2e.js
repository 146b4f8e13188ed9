'use strict';
/**
 * The DROPBOX source in the dialog: OAuth sign-in in a popup against the reference server's cloud API, whose Dropbox
 * app points at the loopback double of Dropbox's OAuth and API v2 (server/test/doubles/dropbox.ts, started by
 * e2e/run.js with e2e/lib/cloudFiles.js). The double's authorize page consents at once (or denies when told).
 * The page runs under a strict CSP (`default-src 'self'`).
 */
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, assert, equal } = require('../lib/helpers');
const { cloudFiles } = require('../lib/cloudFiles');
const { names, showing, signInShown, oauthMessage: message, bytesOf } = require('../lib/cloudUi');

const DROPBOX_FILES = cloudFiles('Dropbox');

test('DROPBOX under a strict CSP: sign in through the popup, browse, pick (a link), pickAndStore (a copy), sign out; a denied consent says so', async (ctx) => {
  const dbx = ctx.doubles.dropboxApp;
  const page = await openPage(ctx, 'csp-plain.html');
  const lists = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/cloud/folder/list') lists.push(JSON.parse(r.postData() || '{}'));
  });
  await callPicker(page, 'pick', [{ services: ['COMPUTER', 'DROPBOX'], openTo: 'DROPBOX' }]);
  await signInShown(page);
  equal(await page.$eval('.fp-source[data-fp-source=dropbox]', (n) => n.textContent), 'Dropbox');
  equal(await page.$eval('.fp-cloud-oauth', (n) => n.textContent), 'Sign in to Dropbox');
  equal(lists[0].appurl, page.url(), 'the listing names the page, whose origin receives the sign-in');
  const popupOpened = page.waitForEvent('popup');
  await page.click('.fp-cloud-oauth');
  const popup = await popupOpened;
  await popup.waitForEvent('close');
  await showing(page, 'Photos');
  equal(await names(page), ['Photos', 'notes.txt']);
  assert(dbx.calls.some((c) => c.endpoint === '/oauth2/token'), 'the server exchanged the code at the double');
  await page.keyboard.press('Enter');
  await showing(page, 'pixel.png');
  await page.keyboard.press('Enter');
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  equal([out.value.filename, out.value.mimetype, out.value.client], ['pixel.png', 'image/png', 'dropbox']);
  assert(out.value.url.indexOf(ctx.origin + '/cloud/file/') === 0, 'a link through the cloud API: ' + out.value.url);
  assert((await bytesOf(out.value.url)).equals(DROPBOX_FILES['/Photos/pixel.png']), 'the link serves the Dropbox file\'s bytes');

  // the page's sign-in is kept: pickAndStore lists at once
  await page.evaluate(() => { window.__events = []; });
  await callPicker(page, 'pickAndStore', [{ services: ['DROPBOX'] }, { location: 'S3', path: 'from-dropbox/' }]);
  await showing(page, 'Photos');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const stored = await outcome(page);
  equal(stored.type, 'success', JSON.stringify(stored));
  const blob = stored.value[0];
  equal([blob.filename, blob.client], ['notes.txt', 'dropbox']);
  assert(blob.url.indexOf(ctx.origin + '/api/file/') === 0 && /^from-dropbox\//.test(blob.key), 'stored: ' + blob.url + ' ' + blob.key);
  assert((await bytesOf(blob.url)).equals(DROPBOX_FILES['/notes.txt']), 'the stored bytes are the Dropbox file\'s');

  // Sign out, then a denied consent
  await page.evaluate(() => { window.__events = []; });
  await callPicker(page, 'pick', [{ services: ['DROPBOX'] }]);
  await showing(page, 'Photos');
  await page.click('.fp-cloud-signout');
  await signInShown(page);
  equal(await message(page), 'Signed out of Dropbox');
  equal(await page.evaluate(() => document.activeElement.className), 'fp-btn fp-cloud-oauth');
  dbx.deny = true;
  const denied = page.waitForEvent('popup');
  await page.click('.fp-cloud-oauth');
  await (await denied).waitForEvent('close');
  await page.waitForFunction(() => /^Could not sign in/.test(document.querySelector('.fp-cloud-oauth-signin .fp-cloud-message').textContent));
  assert(/dropbox/i.test(await message(page)), 'the message names the source: ' + (await message(page)));
  equal(await names(page), [], 'still signed out');
  await page.screenshot({ path: ctx.artifacts + '/dropbox-denied.png' });
  equal(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  equal(page.__errors, []);
});
