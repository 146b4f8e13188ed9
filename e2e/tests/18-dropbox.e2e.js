'use strict';
/**
 * The DROPBOX source in the dialog: OAuth sign-in in a popup against the reference server's cloud API, whose Dropbox
 * app points at the loopback double of Dropbox's OAuth and API v2 (server/test/doubles/dropbox.ts, started by
 * e2e/run.js with e2e/lib/cloudFiles.js). The double's authorize page consents at once (or denies when told).
 * The page runs under a strict CSP (`default-src 'self'`).
 */
const { test } = require('../lib/harness');
const { callPicker, assert, equal } = require('../lib/helpers');
const { oauthFlow } = require('../lib/oauthFlow');
const { names, showing, signInShown, oauthMessage: message } = require('../lib/cloudUi');

test('DROPBOX under a strict CSP: sign in through the popup, browse, pick (a link), pickAndStore (a copy), sign out; a denied consent says so', async (ctx) => {
  const lists = [];
  const { page, dbl: dbx } = await oauthFlow(ctx, {
    service: 'DROPBOX', source: 'dropbox', tab: 'Dropbox', client: 'dropbox', double: 'dropboxApp',
    grant: (c) => c.endpoint === '/oauth2/token', top: ['Photos', 'notes.txt'], storePath: 'from-dropbox/', what: 'the Dropbox file',
    onPage: (p) => p.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/cloud/folder/list') lists.push(JSON.parse(r.postData() || '{}'));
    }),
    beforeSignIn: (p) => equal(lists[0].appurl, p.url(), 'the listing names the page, whose origin receives the sign-in'),
  });

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
