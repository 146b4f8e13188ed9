'use strict';
/**
 * The GITHUB source in the dialog: OAuth sign-in in a popup against the reference server's cloud API, whose GitHub
 * client points at the loopback double of GitHub's OAuth app flow and REST API (server/test/doubles/github.ts,
 * started by e2e/run.js with e2e/lib/cloudFiles.js as the files of one repository). The double's authorize page
 * consents at once. The top folder lists the repositories. Strict CSP (`default-src 'self'`).
 */
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, assert, equal } = require('../lib/helpers');
const { cloudFiles } = require('../lib/cloudFiles');
const { names, crumbs, showing, signInShown, popupSignIn, bytesOf } = require('../lib/cloudUi');

const GITHUB_FILES = cloudFiles('GitHub');

test('GITHUB under a strict CSP: sign in through the popup, browse a repository, pick (a link), pickAndStore (a copy); bytes identical', async (ctx) => {
  const gh = ctx.doubles.github;
  const page = await openPage(ctx, 'csp-plain.html');
  await callPicker(page, 'pick', [{ services: ['COMPUTER', 'GITHUB'], openTo: 'GITHUB' }]);
  await signInShown(page);
  equal(await page.$eval('.fp-source[data-fp-source=github]', (n) => n.textContent), 'GitHub');
  equal(await page.$eval('.fp-cloud-oauth', (n) => n.textContent), 'Sign in to GitHub');
  await popupSignIn(page);
  await showing(page, 'octocat/hello-world');
  equal(await names(page), ['octocat/hello-world']);
  assert(gh.calls.some((c) => c.indexOf('POST /login/oauth/access_token') === 0), 'the server exchanged the code at the double');
  await page.keyboard.press('Enter');
  await showing(page, 'Photos');
  equal(await names(page), ['Photos', 'notes.txt']);
  await page.keyboard.press('Enter');
  await showing(page, 'pixel.png');
  equal(await crumbs(page), ['GitHub', 'octocat', 'octocat/hello-world', 'Photos']);
  await page.keyboard.press('Enter');
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  equal([out.value.filename, out.value.mimetype, out.value.client], ['pixel.png', 'image/png', 'github']);
  assert(out.value.url.indexOf(ctx.origin + '/cloud/file/') === 0, 'a link through the cloud API: ' + out.value.url);
  assert((await bytesOf(out.value.url)).equals(GITHUB_FILES['/Photos/pixel.png']), 'the link serves the repository file\'s bytes');

  // the page's sign-in is kept: pickAndStore lists the repositories at once
  await page.evaluate(() => { window.__events = []; });
  await callPicker(page, 'pickAndStore', [{ services: ['GITHUB'] }, { location: 'S3', path: 'from-github/' }]);
  await showing(page, 'octocat/hello-world');
  await page.keyboard.press('Enter');
  await showing(page, 'Photos');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const stored = await outcome(page);
  equal(stored.type, 'success', JSON.stringify(stored));
  const blob = stored.value[0];
  equal([blob.filename, blob.client], ['notes.txt', 'github']);
  assert(blob.url.indexOf(ctx.origin + '/api/file/') === 0 && /^from-github\/.*notes\.txt$/.test(blob.key), 'stored: ' + blob.url + ' ' + blob.key);
  assert((await bytesOf(blob.url)).equals(GITHUB_FILES['/notes.txt']), 'the stored bytes are the repository file\'s');
  equal(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  equal(page.__errors, []);
});
