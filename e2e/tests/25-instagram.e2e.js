'use strict';
/**
 * The INSTAGRAM source in the dialog: Instagram Login in a popup against the reference server's cloud API, whose
 * Instagram app points at the loopback double of Instagram Login, Instagram's Graph API and its CDN
 * (server/test/doubles/instagram.ts, started by e2e/run.js with e2e/lib/cloudFiles.js: the folder "Photos" is a
 * carousel album holding pixel.png, which Instagram names by its id as it gives carousel items no caption; the text
 * file at the top is no media, so Instagram has none). Strict CSP (`default-src 'self'`).
 */
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, assert, equal } = require('../lib/helpers');
const { cloudFiles } = require('../lib/cloudFiles');
const { names, crumbs, showing, signInShown, popupSignIn, bytesOf } = require('../lib/cloudUi');

const FILES = cloudFiles('Instagram');

test('INSTAGRAM under a strict CSP: sign in through the popup, open a carousel, pick (a link), pickAndStore (a copy); bytes identical', async (ctx) => {
  const ig = ctx.doubles.instagram;
  const pixel = ig.idOf('/Photos/pixel.png') + '.jpg';
  const page = await openPage(ctx, 'csp-plain.html');
  await callPicker(page, 'pick', [{ services: ['COMPUTER', 'INSTAGRAM'], openTo: 'INSTAGRAM' }]);
  await signInShown(page);
  equal(await page.$eval('.fp-source[data-fp-source=instagram]', (n) => n.textContent), 'Instagram');
  equal(await page.$eval('.fp-cloud-oauth', (n) => n.textContent), 'Sign in to Instagram');
  await popupSignIn(page);
  await showing(page, 'Photos');
  equal(await names(page), ['Photos']);
  assert(ig.calls.some((c) => /oauth\/access_token$/.test(c)), 'the server exchanged the code at the double');
  equal(ig.authorizations[ig.authorizations.length - 1].get('scope'), 'instagram_business_basic');
  await page.keyboard.press('Enter');
  await showing(page, pixel);
  equal(await crumbs(page), ['Instagram', 'Photos']);
  await page.keyboard.press('Enter');
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  equal([out.value.filename, out.value.mimetype, out.value.client], [pixel, 'image/jpeg', 'instagram']);
  assert(out.value.url.indexOf(ctx.origin + '/cloud/file/') === 0, 'a link through the cloud API: ' + out.value.url);
  assert((await bytesOf(out.value.url)).equals(FILES['/Photos/pixel.png']), 'the link serves the media\'s bytes');

  // the page's sign-in is kept: pickAndStore lists at once
  await page.evaluate(() => { window.__events = []; });
  await callPicker(page, 'pickAndStore', [{ services: ['INSTAGRAM'] }, { location: 'S3', path: 'from-instagram/' }]);
  await showing(page, 'Photos');
  await page.keyboard.press('Enter');
  await showing(page, pixel);
  await page.keyboard.press('Enter');
  const stored = await outcome(page);
  equal(stored.type, 'success', JSON.stringify(stored));
  const blob = stored.value[0];
  equal([blob.filename, blob.client], [pixel, 'instagram']);
  assert(blob.url.indexOf(ctx.origin + '/api/file/') === 0 && blob.key.indexOf('from-instagram/') === 0 && blob.key.slice(-pixel.length) === pixel, 'stored: ' + blob.url + ' ' + blob.key);
  assert((await bytesOf(blob.url)).equals(FILES['/Photos/pixel.png']), 'the stored bytes are the media\'s');
  equal(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  equal(page.__errors, []);
});
