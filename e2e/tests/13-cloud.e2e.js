'use strict';
/**
 * Cloud sources (FTP, WebDAV) in the dialog, against the reference server's cloud API and real FTP (ftp-srv) and WebDAV
 * (webdav-server) servers on loopback, started by e2e/run.js with the demo files (readme.txt, photos/pixel.png,
 * photos/2024/notes.csv, docs/report.pdf).
 */
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, axe, assert, equal } = require('../lib/helpers');

const { names, crumbs, showing, bytesOf } = require('../lib/cloudUi');

const activeName = (page) =>
  page.evaluate(() => {
    const l = document.querySelector('.fp-cs-list');
    const o = l && document.getElementById(l.getAttribute('aria-activedescendant'));
    return o ? o.querySelector('.fp-cs-name').textContent : null;
  });
const focusedName = (page) => page.evaluate(() => document.activeElement.getAttribute('name') || document.activeElement.getAttribute('role'));

/** Records the cloud API calls of a page, by path. */
function recordCloud(page) {
  const seen = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.indexOf('/cloud/') === 0 && r.method() === 'POST') seen.push(u.pathname);
  });
  return seen;
}

async function openCloud(ctx, service, method, args, pageName) {
  const page = await openPage(ctx, pageName);
  const seen = recordCloud(page);
  await callPicker(page, method, args || [{ services: ['COMPUTER', service], openTo: service }]);
  await page.waitForSelector('.fp-cloud-form input', { state: 'visible' });
  return { page, seen };
}

/** Fills the sign-in form of `cloud` with the test server's credentials (the password replaced when given) and submits. */
async function signIn(ctx, page, cloud, password) {
  const c = ctx.cloud[cloud].credentials;
  const values = cloud === 'ftp' ? { host: c.host, port: String(c.port), user: c.user, password: c.password } : { url: c.url, user: c.user, password: c.password };
  if (password !== undefined) values.password = password;
  for (const k of Object.keys(values)) await page.fill('.fp-cloud-form input[name=' + k + ']', values[k]);
  await page.click('.fp-cloud-submit');
}

test('FTP, keyboard only: a wrong password says why, sign in, open a folder, pick: the Blob links to the file on the FTP server', async (ctx) => {
  const { page, seen } = await openCloud(ctx, 'FTP', 'pick');
  equal(await focusedName(page), 'host', 'focus on the first field');
  const c = ctx.cloud.ftp.credentials;
  await page.keyboard.type(c.host);
  await page.keyboard.press('Tab');
  await page.keyboard.type(String(c.port));
  await page.keyboard.press('Tab');
  await page.keyboard.type(c.user);
  await page.keyboard.press('Tab');
  await page.keyboard.type('wrong-password');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /^Could not sign in/.test(document.querySelector('.fp-cloud-message').textContent));
  const message = await page.$eval('.fp-cloud-message', (n) => n.textContent);
  assert(/ftp/.test(message) && /HTTP 401, signin/.test(message), 'the message names the source and the cause: ' + message);
  equal(await focusedName(page), 'password', 'focus back on the password');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(c.password);
  await page.keyboard.press('Enter');
  await showing(page, 'docs');
  equal(await focusedName(page), 'listbox', 'focus on the list');
  equal(await names(page), ['docs', 'photos', 'readme.txt']);
  equal(await crumbs(page), ['FTP']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await showing(page, '2024');
  equal(await crumbs(page), ['FTP', 'photos']);
  equal(await names(page), ['2024', 'pixel.png']);
  await page.keyboard.press('End');
  equal(await activeName(page), 'pixel.png');
  await page.keyboard.press('Enter');
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  equal([out.value.filename, out.value.mimetype, out.value.size, out.value.client], ['pixel.png', 'image/png', ctx.cloud.files['photos/pixel.png'].length, 'ftp']);
  assert(out.value.url.indexOf(ctx.origin + '/cloud/file/') === 0, 'a link through the cloud API: ' + out.value.url);
  assert((await bytesOf(out.value.url)).equals(ctx.cloud.files['photos/pixel.png']), 'the link serves the FTP file\'s bytes');
  equal(seen.filter((p) => p === '/cloud/store/').length, 0, 'pick copies nothing');
  equal(page.__chunks.filter((p) => /cloud|browse/.test(p)).sort(), ['/dist/chunks/browse.js', '/dist/chunks/cloud.js', '/dist/chunks/cloudapi.js']);
  equal(page.__errors, []);
});

test('FTP pickMultiple: files selected in two folders (and the top) come back together; a refused type is refused before any copy', async (ctx) => {
  const { page, seen } = await openCloud(ctx, 'FTP', 'pickMultiple', [{ services: ['FTP'], mimetype: ['image/*', 'application/pdf'] }]);
  await signIn(ctx, page, 'ftp');
  await showing(page, 'docs');
  await page.keyboard.press('Enter');
  await showing(page, 'report.pdf');
  await page.keyboard.press('Space');
  await page.keyboard.press('Backspace');
  await showing(page, 'docs');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await showing(page, '2024');
  await page.keyboard.press('End');
  await page.keyboard.press('Space');
  equal(await page.$eval('.fp-cs-add', (b) => b.textContent), 'Add selected (2)', 'the selection of docs/ is kept in photos/');
  await page.keyboard.press('Backspace');
  await showing(page, 'docs');
  await page.keyboard.press('End');
  await page.keyboard.press('Space');
  await page.click('.fp-cs-add');
  await page.waitForSelector('.fp-errors li');
  equal(await page.$$eval('.fp-errors li', (n) => n.map((e) => e.textContent)), ['readme.txt is not an accepted type. Accepted types: Images, PDF documents']);
  await page.waitForFunction(() => document.querySelectorAll('.fp-file-done').length === 2);
  await page.click('.fp-primary');
  const out = await outcome(page);
  equal(out.value.map((b) => b.filename), ['report.pdf', 'pixel.png']);
  equal(out.value.map((b) => b.client), ['ftp', 'ftp']);
  assert((await bytesOf(out.value[0].url)).equals(ctx.cloud.files['docs/report.pdf']), 'report.pdf bytes');
  assert((await bytesOf(out.value[1].url)).equals(ctx.cloud.files['photos/pixel.png']), 'pixel.png bytes');
  equal(seen.filter((p) => p === '/cloud/link/').length, 2, 'one link per accepted file, none for the refused one');
});

test('FTP pickAndStore: the file is copied into storage server-side; the stored bytes are the FTP file\'s; restrictions refuse before the copy', async (ctx) => {
  const before = (await ctx.server.storage.listObjects()).length;
  const { page, seen } = await openCloud(ctx, 'FTP', 'pickAndStore', [{ services: ['FTP'], maxSize: 60 }, { location: 'S3', path: 'from-ftp/' }]);
  await signIn(ctx, page, 'ftp');
  await showing(page, 'docs');
  await page.keyboard.press('Enter');
  await showing(page, 'report.pdf');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.fp-errors li');
  assert(/^report\.pdf is too large/.test(await page.$eval('.fp-errors li', (n) => n.textContent)), 'refused for its size');
  equal(seen.filter((p) => p === '/cloud/store/').length, 0, 'no copy was asked for');
  equal((await ctx.server.storage.listObjects()).length, before, 'nothing stored');
  await page.keyboard.press('Backspace');
  await showing(page, 'docs');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  const blob = out.value[0];
  equal([blob.filename, blob.mimetype, blob.size, blob.client], ['readme.txt', 'text/plain', ctx.cloud.files['readme.txt'].length, 'ftp']);
  assert(blob.url.indexOf(ctx.origin + '/api/file/') === 0, 'a file of the file API: ' + blob.url);
  assert(/^from-ftp\//.test(blob.key), 'stored under the store path: ' + blob.key);
  assert((await bytesOf(blob.url)).equals(ctx.cloud.files['readme.txt']), 'the stored bytes are the FTP file\'s');
  equal(seen.filter((p) => p === '/cloud/store/').length, 1);
});

test('FTP: Sign out shows the form; filepicker.logout() ends the page\'s cloud sign-ins', async (ctx) => {
  const { page, seen } = await openCloud(ctx, 'FTP', 'pick');
  await signIn(ctx, page, 'ftp');
  await showing(page, 'docs');
  await page.click('.fp-cloud-signout');
  await page.waitForSelector('.fp-cloud-form input', { state: 'visible' });
  equal(await page.$eval('.fp-cloud-message', (n) => n.textContent), 'Signed out of FTP');
  equal(await focusedName(page), 'host');
  await signIn(ctx, page, 'ftp');
  await showing(page, 'docs');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.fp-dialog', { state: 'detached' });
  // a new dialog of the same page is still signed in
  await callPicker(page, 'pick', [{ services: ['FTP'] }]);
  await showing(page, 'docs');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.fp-dialog', { state: 'detached' });
  await page.evaluate(() => window.filepicker.logout());
  await page.waitForTimeout(300);
  equal(seen.filter((p) => p === '/cloud/auth/logout').length, 2, 'Sign out, then logout()');
  await callPicker(page, 'pick', [{ services: ['FTP'] }]);
  await page.waitForSelector('.fp-cloud-form input', { state: 'visible' });
  equal(await names(page), [], 'signed out: the form, no listing');
});

test('FTP: axe-core finds no violations on the form and on the list, right to left (Hebrew); screenshots', async (ctx) => {
  const { page } = await openCloud(ctx, 'FTP', 'pickMultiple', [{ services: ['COMPUTER', 'FTP'], openTo: 'FTP', language: 'he' }]);
  await page.waitForFunction(() => document.querySelector('.fp-cloud-submit').textContent === 'התחברות');
  equal(await page.$eval('.fp-dialog', (d) => d.closest('[dir]').getAttribute('dir')), 'rtl');
  await page.screenshot({ path: ctx.artifacts + '/cloud-signin-he.png' });
  equal(await axe(page, '.fp-dialog'), [], 'axe on the form');
  await signIn(ctx, page, 'ftp', 'wrong');
  await page.waitForFunction(() => /HTTP 401/.test(document.querySelector('.fp-cloud-message').textContent));
  equal(await axe(page, '.fp-dialog'), [], 'axe with the error');
  await signIn(ctx, page, 'ftp');
  await showing(page, 'docs');
  await page.keyboard.press('End');
  await page.keyboard.press('Space');
  await page.screenshot({ path: ctx.artifacts + '/cloud-list-he.png' });
  equal(await axe(page, '.fp-dialog'), [], 'axe on the list');
});

test('WebDAV under a strict CSP: sign in, pick (a link) and pickAndStore (a copy with the same bytes)', async (ctx) => {
  const { page, seen } = await openCloud(ctx, 'WEBDAV', 'pick', [{ services: ['COMPUTER', 'WEBDAV'], openTo: 'WEBDAV' }], 'csp-plain.html');
  equal(await page.$$eval('.fp-cloud-form label', (n) => n.map((e) => e.textContent)), ['Address (URL)', 'User name', 'Password']);
  await signIn(ctx, page, 'webdav');
  await showing(page, 'docs');
  await page.keyboard.press('Enter');
  await showing(page, 'report.pdf');
  await page.keyboard.press('Enter');
  const out = await outcome(page);
  equal([out.value.filename, out.value.mimetype, out.value.client], ['report.pdf', 'application/pdf', 'webdav']);
  assert((await bytesOf(out.value.url)).equals(ctx.cloud.files['docs/report.pdf']), 'the link serves the WebDAV file');
  await page.evaluate(() => { window.__events = []; });
  await callPicker(page, 'pickAndStore', [{ services: ['WEBDAV'] }, { location: 'S3' }]);
  // the page's sign-in is kept: the list shows at once
  await showing(page, 'docs');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await showing(page, '2024');
  await page.keyboard.press('Enter');
  await showing(page, 'notes.csv');
  await page.keyboard.press('Enter');
  const stored = await outcome(page);
  equal(stored.type, 'success', JSON.stringify(stored));
  equal([stored.value[0].filename, stored.value[0].client], ['notes.csv', 'webdav']);
  assert(stored.value[0].url.indexOf(ctx.origin + '/api/file/') === 0, 'stored: ' + stored.value[0].url);
  assert((await bytesOf(stored.value[0].url)).equals(ctx.cloud.files['photos/2024/notes.csv']), 'the stored bytes are the WebDAV file\'s');
  equal(seen.filter((p) => p === '/cloud/store/').length, 1);
  equal(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  equal(page.__errors, []);
});

test('FTP next to a source the server does not offer: one /offered question as the dialog opens, those tabs never show, one warning names it', async (ctx) => {
  const page = await openPage(ctx, 'csp-plain.html');
  const seen = recordCloud(page);
  const warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  // the e2e server offers every cloud the dialog knows; for this test it leaves Flickr out of its enabled list
  const enabled = ctx.server.config.cloud.providers;
  const kept = enabled.slice();
  enabled.splice(enabled.indexOf('flickr'), 1);
  try {
    await callPicker(page, 'pick', [{ services: ['COMPUTER', 'FLICKR', 'FTP'] }]);
    await page.waitForSelector('.fp-source[data-fp-source=ftp]', { state: 'visible' });
    const visibleTabs = () => page.$$eval('.fp-source', (b) => b.filter((x) => !x.closest('[hidden]')).map((x) => x.getAttribute('data-fp-source')));
    equal(await visibleTabs(), ['computer', 'ftp']);
    equal(seen, ['/cloud/offered'], 'one question, nothing listed yet');
    equal(warnings.filter((w) => /leaves out/.test(w)), ['filepicker: the dialog leaves out FLICKR: the server does not offer it (not enabled on its cloud API).']);
    await page.click('.fp-source[data-fp-source=ftp]');
    await page.waitForSelector('.fp-cloud-form input', { state: 'visible' });
    equal(await visibleTabs(), ['computer', 'ftp']);
    equal(seen, ['/cloud/offered', '/cloud/folder/list']);
  } finally {
    enabled.splice(0, enabled.length, ...kept);
  }
});
