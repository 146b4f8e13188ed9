'use strict';
/**
 * filepicker.pickFolder in Chromium: the dialog in folder mode against the reference server's cloud API and the real
 * FTP server (ftp-srv) on loopback that e2e/run.js starts with the demo files (photos/pixel.png, photos/2024/…).
 */
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, axe, assert, equal } = require('../lib/helpers');
const { names, crumbs, showing } = require('../lib/cloudUi');

/** Signs in to the FTP tab with the test server's credentials. */
async function signInFtp(ctx, page) {
  const c = ctx.cloud.ftp.credentials;
  await page.waitForSelector('.fp-cloud-form input', { state: 'visible' });
  const values = { host: c.host, port: String(c.port), user: c.user, password: c.password };
  for (const k of Object.keys(values)) await page.fill('.fp-cloud-form input[name=' + k + ']', values[k]);
  await page.click('.fp-cloud-submit');
}

test('pickFolder: only the cloud tabs the server offers; sign in to FTP, open a folder, "Choose this folder": onSuccess gets the folder and its link', async (ctx) => {
  const page = await openPage(ctx);
  await callPicker(page, 'pickFolder', []);
  await page.waitForSelector('.fp-dialog');
  await page.waitForFunction(() => !document.querySelector('.fp-source[data-fp-pending]'));
  const tabs = await page.$$eval('.fp-source:not([hidden])', (b) => b.map((x) => x.textContent));
  equal(tabs.slice(0, 2), ['FTP', 'WebDAV'], 'the offered cloud tabs: ' + tabs.join(', '));
  assert(tabs.every((t) => ['FTP', 'WebDAV', 'Dropbox', 'Google Drive', 'Box', 'OneDrive', 'GitHub', 'Gmail', 'Facebook', 'Instagram', 'Flickr'].indexOf(t) >= 0), 'cloud tabs only: ' + tabs.join(', '));
  await signInFtp(ctx, page);
  await showing(page, 'docs');
  equal(await names(page), ['docs', 'photos'], 'folders only, no readme.txt');
  equal(await page.$eval('.fp-cs-add', (b) => b.textContent), 'Choose this folder');
  await page.click('.fp-cs-item >> text=photos');
  await showing(page, '2024');
  equal(await crumbs(page), ['FTP', 'photos']);
  equal(await names(page), ['2024'], 'pixel.png is not listed');
  equal(await axe(page, '.fp-dialog'), [], 'axe-core finds no violations');
  await page.click('.fp-cs-add');
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  const { url, ...rest } = out.value;
  equal(rest, { filename: 'photos', mimetype: 'text/directory', client: 'ftp', path: '/photos/', folder: true });
  assert(/^http:\/\/127\.0\.0\.1:\d+\/cloud\/file\/[\w-]+$/.test(url), 'url is the server\'s folder link: ' + url);
  equal(await page.$$eval('.fp-dialog', (d) => d.length), 0, 'the dialog is gone');
  // the link answers the folder's listing (what a page can do with the folder it was given)
  const listing = await page.evaluate((u) => fetch(u).then((r) => r.json()), url);
  equal([listing.client, listing.filename, listing.contents.map((e) => e.path)], ['ftp', '/photos/', ['/photos/2024/', '/photos/pixel.png']]);
});

test('pickFolder: Escape is FPError 101; services without a cloud source are FPError 102 naming them', async (ctx) => {
  const page = await openPage(ctx);
  await callPicker(page, 'pickFolder', [{ services: ['FTP'] }]);
  await page.waitForSelector('.fp-cloud-form input', { state: 'visible' });
  await page.keyboard.press('Escape');
  const out = await outcome(page);
  equal([out.type, out.code], ['error', 101], JSON.stringify(out));
  await page.evaluate(() => { window.__events = []; });
  await callPicker(page, 'pickFolder', [{ services: ['COMPUTER'] }]);
  const none = await outcome(page);
  equal([none.type, none.code], ['error', 102], JSON.stringify(none));
  assert(/none of the services \(COMPUTER\)/.test(none.value.details), none.value.details);
});
