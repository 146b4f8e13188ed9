'use strict';
/**
 * The DROPBOX source in the dialog: OAuth sign-in in a popup against the reference server's cloud API, whose Dropbox
 * app points at the loopback double of Dropbox's OAuth and API v2 (server/test/doubles/dropbox.ts, started by
 * e2e/run.js with e2e/lib/cloudFiles.js). The double's authorize page consents at once (or denies when told).
 * The page runs under a strict CSP (`default-src 'self'`).
 */
const { test } = require('../lib/harness');
const { openPage, callPicker, assert, equal } = require('../lib/helpers');
const { oauthFlow } = require('../lib/oauthFlow');
const { names, showing, signInShown, popupSignIn, oauthMessage: message } = require('../lib/cloudUi');

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

test('DROPBOX thumbnails under a strict CSP: the picture\'s row draws its thumbnail on a canvas from the cloud API, no image URL, no CSP violation', async (ctx) => {
  const page = await openPage(ctx, 'csp-plain.html');
  const asked = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/cloud/thumbnail') asked.push(JSON.parse(r.postData() || '{}').clouds);
  });
  await callPicker(page, 'pick', [{ services: ['DROPBOX'] }]);
  await signInShown(page);
  await popupSignIn(page);
  await showing(page, 'Photos');
  equal(await page.$$eval('.fp-cs-thumb', (n) => n.length), 0, 'no thumbnail cell for a folder or a text file');
  await page.keyboard.press('Enter');
  await showing(page, 'pixel.png');
  await page.waitForSelector('.fp-cs-thumb canvas');
  const drawn = await page.$eval('.fp-cs-thumb canvas', (c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let lit = 0;
    let red = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] > 0) lit++;
      if (data[i] > 200 && data[i + 1] < 50 && data[i + 3] > 0) red++;
    }
    return { w: c.width, h: c.height, lit, red, css: getComputedStyle(c).width, row: c.closest('.fp-cs-item').querySelector('.fp-cs-name').textContent };
  });
  equal([drawn.w, drawn.h, drawn.css, drawn.row], [64, 64, '20px', 'pixel.png']);
  assert(drawn.lit === 64 * 64 && drawn.red === 64 * 64, 'the canvas holds the picture (red, half transparent): ' + JSON.stringify(drawn));
  equal(asked, [{ dropbox: { path: '/Photos/pixel.png' } }], 'one thumbnail asked, of the picture');
  equal(await page.$$eval('img', (n) => n.length), 0, 'no <img> in the page');
  await page.screenshot({ path: ctx.artifacts + '/dropbox-thumbnail.png' });
  equal(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  equal(page.__errors, []);
});
