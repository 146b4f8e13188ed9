'use strict';
/**
 * The FACEBOOK source in the dialog: Facebook Login in a popup against the reference server's cloud API, whose
 * Facebook app points at the loopback double of Facebook Login, the Graph API and its CDN
 * (server/test/doubles/facebook.ts, started by e2e/run.js with e2e/lib/cloudFiles.js: the album "Photos" holds
 * pixel.png; the text file at the top is no photo, so Facebook has none). Strict CSP (`default-src 'self'`).
 */
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, assert, equal } = require('../lib/helpers');
const { cloudFiles } = require('../lib/cloudFiles');
const { names, crumbs, showing, signInShown, popupSignIn, bytesOf } = require('../lib/cloudUi');

const FILES = cloudFiles('Facebook');

test('FACEBOOK under a strict CSP: sign in through the popup, open an album, pick (a link), pickAndStore (a copy); bytes identical', async (ctx) => {
  const fb = ctx.doubles.facebook;
  const page = await openPage(ctx, 'csp-plain.html');
  await callPicker(page, 'pick', [{ services: ['COMPUTER', 'FACEBOOK'], openTo: 'FACEBOOK' }]);
  await signInShown(page);
  equal(await page.$eval('.fp-source[data-fp-source=facebook]', (n) => n.textContent), 'Facebook');
  equal(await page.$eval('.fp-cloud-oauth', (n) => n.textContent), 'Sign in to Facebook');
  await popupSignIn(page);
  await showing(page, 'Photos');
  equal(await names(page), ['Photos']);
  assert(fb.calls.some((c) => /oauth\/access_token$/.test(c)), 'the server exchanged the code at the double');
  await page.keyboard.press('Enter');
  await showing(page, 'pixel.png');
  equal(await crumbs(page), ['Facebook', 'Photos']);
  await page.keyboard.press('Enter');
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  equal([out.value.filename, out.value.mimetype, out.value.client], ['pixel.png', 'image/png', 'facebook']);
  assert(out.value.url.indexOf(ctx.origin + '/cloud/file/') === 0, 'a link through the cloud API: ' + out.value.url);
  assert((await bytesOf(out.value.url)).equals(FILES['/Photos/pixel.png']), 'the link serves the photo\'s bytes');

  // the page's sign-in is kept: pickAndStore lists at once
  await page.evaluate(() => { window.__events = []; });
  await callPicker(page, 'pickAndStore', [{ services: ['FACEBOOK'] }, { location: 'S3', path: 'from-facebook/' }]);
  await showing(page, 'Photos');
  await page.keyboard.press('Enter');
  await showing(page, 'pixel.png');
  await page.keyboard.press('Enter');
  const stored = await outcome(page);
  equal(stored.type, 'success', JSON.stringify(stored));
  const blob = stored.value[0];
  equal([blob.filename, blob.client], ['pixel.png', 'facebook']);
  assert(blob.url.indexOf(ctx.origin + '/api/file/') === 0 && /^from-facebook\/.*pixel\.png$/.test(blob.key), 'stored: ' + blob.url + ' ' + blob.key);
  assert((await bytesOf(blob.url)).equals(FILES['/Photos/pixel.png']), 'the stored bytes are the photo\'s');
  equal(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  equal(page.__errors, []);
});
