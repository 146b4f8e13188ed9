'use strict';
/**
 * The one flow every OAuth cloud source's e2e test (tests/18 on) walks in the dialog, under a strict CSP
 * (`csp-plain.html`, `default-src 'self'`): the sign-in screen names the source → sign in through the popup (the
 * double's authorize page consents at once) → the server exchanged the code at the double → browse to the picture
 * → pick it (a link through the cloud API, serving the double's bytes) → pickAndStore the text file with the kept
 * sign-in (a copy in S3, the same bytes) → no CSP violation, no page error. Each test file names its source and the
 * way to its two files, and adds its own checks through the callbacks.
 */
const { openPage, callPicker, outcome, assert, equal } = require('./helpers');
const { cloudFiles } = require('./cloudFiles');
const { names, crumbs, showing, signInShown, popupSignIn, bytesOf } = require('./cloudUi');

/** The default way down: from the top listing, Enter opens the first folder (Photos), which shows the picture. */
const enterPhotos = (picture) => async (page) => {
  await page.keyboard.press('Enter');
  await showing(page, picture);
};

/** The default way to the text file: from the top listing, End moves to its last row (notes.txt). */
async function endOfTop(page) {
  await page.keyboard.press('End');
}

/** Whether the double's call log holds the token grant: `grant` is a call's start ('POST /token') or a predicate. */
function exchanged(calls, grant) {
  return calls.some((c) => (typeof grant === 'function' ? grant(c) : String(c).indexOf(grant) === 0));
}

/**
 * `o`: {
 *   service: the v2 name ('BOX'); storeService: the name pickAndStore uses (default `service`, GDRIVE for Drive);
 *   source: the tab's data-fp-source ('box'); tab: its label ('Box'), which also names the double's files
 *   (e2e/lib/cloudFiles.js); client: the blob's `client` ('box'); double: the key in ctx.doubles;
 *   grant: the token call in the double's log (see `exchanged`); top: the names listed first after sign-in;
 *   picture: the picture's name and type as listed (default 'pixel.png', 'image/png');
 *   toPicture(page): from the top listing until the picture is shown (default: Enter into Photos);
 *   crumbs: the breadcrumbs beside the picture (none checked when left out);
 *   sizeListed: false for a source whose listings give no sizes (its rows show none; the picked file's size is the
 *   server's, learnt when it is linked);
 *   toText(page): from the top listing until the file to store is the active row (default: End, the text file);
 *   storesPicture: pickAndStore stores the picture again, not the text file;
 *   storePath: pickAndStore's path ('from-box/'); what: whose bytes, for the messages ('the Box file');
 *   onPage(page), beforeSignIn(page, dbl), afterPick(out, dbl), afterStore(blob, dbl): the source's own checks }
 * Returns { page, dbl, files } for checks after the flow.
 */
async function oauthFlow(ctx, o) {
  const dbl = ctx.doubles[o.double];
  const files = cloudFiles(o.tab);
  const page = await openPage(ctx, 'csp-plain.html');
  if (o.onPage) o.onPage(page);
  await callPicker(page, 'pick', [{ services: ['COMPUTER', o.service], openTo: o.service }]);
  await signInShown(page);
  equal(await page.$eval('.fp-source[data-fp-source=' + o.source + ']', (n) => n.textContent), o.tab);
  equal(await page.$eval('.fp-cloud-oauth', (n) => n.textContent), 'Sign in to ' + o.tab);
  if (o.beforeSignIn) await o.beforeSignIn(page, dbl);
  await popupSignIn(page);
  await showing(page, o.top[0]);
  equal(await names(page), o.top);
  assert(exchanged(dbl.calls, o.grant), 'the server exchanged the code at the double');
  const picture = o.picture || { name: 'pixel.png', mimetype: 'image/png' };
  await (o.toPicture || enterPhotos(picture.name))(page);
  if (o.crumbs) equal(await crumbs(page), o.crumbs);
  const listed = await page.$$eval('.fp-cs-item', (rows, n) => rows.filter((e) => e.querySelector('.fp-cs-name').textContent === n).map((e) => e.querySelector('.fp-cs-meta').textContent), picture.name);
  const bytes = files['/Photos/pixel.png'];
  equal(listed, [o.sizeListed === false ? '' : bytes.length + ' B'], 'the size listed for the picture');
  await page.keyboard.press('Enter');
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  equal([out.value.filename, out.value.mimetype, out.value.client, out.value.size], [picture.name, picture.mimetype, o.client, bytes.length]);
  assert(out.value.url.indexOf(ctx.origin + '/cloud/file/') === 0, 'a link through the cloud API: ' + out.value.url);
  assert((await bytesOf(out.value.url)).equals(files['/Photos/pixel.png']), 'the link serves ' + o.what + '\'s bytes');
  if (o.afterPick) await o.afterPick(out, dbl);

  // the page's sign-in is kept: pickAndStore lists at once
  await page.evaluate(() => { window.__events = []; });
  await callPicker(page, 'pickAndStore', [{ services: [o.storeService || o.service] }, { location: 'S3', path: o.storePath }]);
  await showing(page, o.top[0]);
  await (o.toText || endOfTop)(page);
  await page.keyboard.press('Enter');
  const stored = await outcome(page);
  equal(stored.type, 'success', JSON.stringify(stored));
  const blob = stored.value[0];
  const storedPath = o.storesPicture ? '/Photos/pixel.png' : '/notes.txt';
  const storedName = o.storesPicture ? picture.name : 'notes.txt';
  equal([blob.filename, blob.client], [storedName, o.client]);
  // the key: the path asked for, then the file's name
  const keyed = blob.key.indexOf(o.storePath) === 0 && blob.key.slice(-storedName.length) === storedName;
  assert(blob.url.indexOf(ctx.origin + '/api/file/') === 0 && keyed, 'stored: ' + blob.url + ' ' + blob.key);
  assert((await bytesOf(blob.url)).equals(files[storedPath]), 'the stored bytes are ' + o.what + '\'s');
  if (o.afterStore) await o.afterStore(blob, dbl);
  equal(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  equal(page.__errors, []);
  return { page, dbl, files };
}

module.exports = { oauthFlow };
