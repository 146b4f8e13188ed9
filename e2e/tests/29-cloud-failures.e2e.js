'use strict';
/**
 * Every OAuth cloud source's failure paths in the dialog, one test per source driven by the table below (Dropbox,
 * Google Drive, Box, OneDrive, GitHub, Gmail, Facebook, Instagram, Flickr), under the strict CSP (`csp-plain.html`,
 * `default-src 'self'`), each source in another of the dialog's languages (the texts are read from
 * src/picker/i18n/locales). The sources' doubles (server/test/doubles/, started by e2e/run.js) have the
 * switches: a fault for the next calls (`fault`), expired (and unrefreshable) or revoked access tokens.
 *  1. keyboard only: the sign-in button opens the popup; the folder list, breadcrumbs, selection across folders and
 *     Done: pickMultiple's two links serve the provider's bytes; axe 0 violations on the sign-in screen, the list and
 *     an error;
 *  2. a 429 with Retry-After, once: retried after the wait, the user sees the folder; again and again: a sentence
 *     naming the source (as a 5xx is), Retry shows the folder once the provider answers;
 *  3. an expired sign-in the provider will not refresh: back to the sign-in screen saying to sign in again, which works;
 *  4. pickAndStore whose server-side copy the provider refuses: onError(FPError 403) naming the source, nothing stored;
 *  5. restrictions before anything is copied: a file of a refused type, then one too large, then more files than
 *     `maxFiles` (of the accepted extensions), are refused in the dialog with their sentence and no copy is asked for
 *     (Facebook, Instagram and Flickr list no sizes: their large file's one copy carries the maxSize, and the server
 *     refuses it after asking the provider its size, before copying anything); a file within them whose copy the
 *     provider fails (5xx, again and again) shows a row saying so in the source's language, and Retry copies it once
 *     the provider answers;
 *  6. Sign out in the tab: the sign-in screen; `filepicker.logout()`: the next dialog asks to sign in.
 * The page's clock is Playwright's, moved on while the dialog retries (the back-off waits of a 5xx run to minutes).
 */
const path = require('path');
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, axe, assert, equal } = require('../lib/helpers');
const { names, crumbs, showing, signInShown, oauthMessage, bytesOf } = require('../lib/cloudUi');
const { cloudFiles, albumFiles } = require('../lib/cloudFiles');

const LOCALES = path.join(__dirname, '..', '..', 'src', 'picker', 'i18n', 'locales');

/**
 * The dialog's text `key` in `lang`, as src/picker/i18n/locales has it, with `vars` filled in; of a message with plural
 * forms (`{one} … {other} …`), the form CLDR's rules (Intl.PluralRules) give `vars.count` in `lang`, else `other`.
 */
function text(lang, key, vars) {
  let message = require(path.join(LOCALES, lang + '.ts')).default[key];
  if (/^\s*\{(zero|one|two|few|many|other)\}/.test(message)) {
    const forms = {};
    const parts = message.split(/\{(zero|one|two|few|many|other)\}/);
    for (let i = 1; i + 1 < parts.length; i += 2) forms[parts[i]] = parts[i + 1].trim();
    message = forms[new Intl.PluralRules(lang.replace('_', '-')).select(vars.count)] || forms.other;
  }
  return message.replace(/\{\{(\w+)\}\}/g, (m, k) => String(vars[k]));
}

// the doubles' switches: an expired sign-in (refresh refused where the provider has refresh tokens, GitHub's revoked)
const expireRefusingRefresh = (d) => {
  d.refuseRefresh = true;
  d.expireAccessTokens();
};
const revoke = (d) => d.revokeTokens();
const expireOnly = (d) => d.expireAccessTokens();
// each provider's own fault fields: Google's error reason, Graph's error code, Flickr's refusal
const plain = () => ({});
const google = (status) => (status === 403 ? { reason: 'insufficientPermissions' } : {});
const graph = (status) => ({ code: status === 429 ? 4 : status === 403 ? 10 : 2 });
// Flickr refuses access with HTTP 200 and its code 99 (insufficient permissions); limits and outages are HTTP statuses
const flickr = (status) => (status === 403 ? { status: 200, code: 99 } : {});

/** From the top listing into the folder `name` (Enter on the first row: every top listing starts with it). */
const into = (name) => async (page) => {
  await page.keyboard.press('Enter');
  await showing(page, name);
};
const intoRepository = into('Photos');

/** Into the second album (the last row of the top listing), which shows `name(ctx)` first. */
const intoTrips = (name) => async (page, ctx) => {
  await page.keyboard.press('End');
  await into(name(ctx))(page);
};
const sunset = () => 'sunset.jpg';
const clip = (ctx) => ctx.doubles.instagram.idOf('/Trips/clip.mp4') + '.mp4';

/**
 * The sources. `top`: the first row after sign-in; `toPicture(page, ctx)`: from the top listing to the folder holding
 * the picture, whose name is `picture(ctx)`; `toOther(page, ctx)`: from the top listing to the other file as the active
 * row (default: End, the text file at the top); `other`: its name (default notes.txt), `files`: the double's files
 * (e2e/lib/cloudFiles.js, as e2e/run.js gives them), `otherPath` the other file's path there (default /notes.txt);
 * `restrict`: a `mimetype` the other file is not of, a `maxSize` the `large` one ('picture' or 'other') is above;
 * `sizeKnown: false`: the source's listings give no sizes (Facebook, Instagram and Flickr tell none), so the dialog
 * shows none and sends its `maxSize` with the copy for the server to check;
 * `up`: the first row one level up from the top's first folder (GitHub's repositories are under their owner), when
 * that is not the top listing.
 */
const PROVIDERS = [
  { service: 'DROPBOX', tab: 'Dropbox', double: 'dropboxApp', lang: 'en', expire: expireRefusingRefresh, fault: plain, top: 'Photos' },
  { service: 'GOOGLE_DRIVE', tab: 'Google Drive', double: 'drive', lang: 'de', expire: expireRefusingRefresh, fault: google, top: 'Photos' },
  { service: 'BOX', tab: 'Box', double: 'box', lang: 'fr', expire: expireRefusingRefresh, fault: plain, top: 'Photos' },
  { service: 'SKYDRIVE', tab: 'OneDrive', double: 'onedrive', lang: 'he', expire: expireRefusingRefresh, fault: plain, top: 'Photos' },
  {
    service: 'GITHUB', tab: 'GitHub', double: 'github', lang: 'es', expire: revoke, fault: plain, top: 'octocat/hello-world', up: 'hello-world',
    toPicture: async (page) => {
      await intoRepository(page);
      await into('pixel.png')(page);
    },
    toOther: async (page) => {
      await intoRepository(page);
      await page.keyboard.press('End');
    },
  },
  {
    service: 'GMAIL', tab: 'Gmail', double: 'gmail', lang: 'pl', expire: expireRefusingRefresh, fault: google, top: 'Photos · 2024-05-02',
    toOther: async (page) => {
      await page.keyboard.press('End');
      await into('notes.txt')(page);
    },
  },
  // only pictures (and films): the other file is in a second album, of another type than the picture and larger
  {
    service: 'FACEBOOK', tab: 'Facebook', double: 'facebook', lang: 'zh', expire: expireOnly, fault: graph, top: 'Photos',
    other: sunset, otherPath: '/Trips/sunset.jpg', toOther: intoTrips(sunset), files: () => albumFiles('Facebook', 'sunset.jpg'),
    restrict: { mimetype: 'image/png', maxSize: 100, large: 'other' }, sizeKnown: false,
  },
  {
    service: 'INSTAGRAM', tab: 'Instagram', double: 'instagram', lang: 'ru', expire: expireOnly, fault: graph, top: 'Photos',
    picture: (ctx) => ctx.doubles.instagram.idOf('/Photos/pixel.png') + '.jpg',
    other: clip, otherPath: '/Trips/clip.mp4', toOther: intoTrips(clip), files: () => albumFiles('Instagram', 'clip.mp4'),
    restrict: { mimetype: 'image/*', maxSize: 100, large: 'other' }, sizeKnown: false,
  },
  // OAuth 1.0a: no refresh; a revoked token is Flickr's "invalid token"; the top lists All photos, then the albums
  {
    service: 'FLICKR', tab: 'Flickr', double: 'flickr', lang: 'ko', expire: expireOnly, fault: flickr, top: 'All photos',
    other: sunset, otherPath: '/Trips/sunset.jpg', toOther: intoTrips(sunset), files: () => albumFiles('Flickr', 'sunset.jpg'),
    restrict: { mimetype: 'image/png', maxSize: 100, large: 'other' }, sizeKnown: false,
  },
];

const pictureOf = (p, ctx) => (p.picture ? p.picture(ctx) : 'pixel.png');
const toPicture = (p, ctx) => p.toPicture || into(pictureOf(p, ctx));
/** The first row of the first folder of the top listing. */
const insideOf = (p, ctx) => (p.service === 'GITHUB' ? 'Photos' : pictureOf(p, ctx));
const otherOf = (p, ctx) => (p.other ? p.other(ctx) : 'notes.txt');
const toOther = (p, ctx) => (page) => (p.toOther ? p.toOther(page, ctx) : page.keyboard.press('End'));
/** The cloud API's name of the source: the Blobs' `client`. */
const clientOf = (p) => (p.service === 'SKYDRIVE' ? 'onedrive' : p.service === 'GOOGLE_DRIVE' ? 'googledrive' : p.service.toLowerCase());
/** The bytes the double holds, by name as listed: the picture and the other file. */
function bytesHeld(p, ctx) {
  const files = p.files ? p.files() : cloudFiles(p.tab);
  return { [pictureOf(p, ctx)]: files['/Photos/pixel.png'], [otherOf(p, ctx)]: files[p.otherPath || '/notes.txt'] };
}
/** A size as the dialog writes it (all sizes here are below 1 KB). */
const bytesText = (n) => n + ' B';

/** Moves the focus with `key` (Tab or Shift+Tab) until the focused element matches `selector`. */
async function tabTo(page, selector, key) {
  for (let i = 0; i < 30; i++) {
    if (await page.evaluate((s) => !!document.activeElement && document.activeElement.matches(s), selector)) return;
    await page.keyboard.press(key || 'Tab');
  }
  throw new Error('the keyboard never reached ' + selector);
}

/** Presses Enter on the sign-in button and waits until the popup (which consents at once) has come back and closed. */
async function keyboardSignIn(page) {
  await tabTo(page, '.fp-cloud-oauth');
  const opened = page.waitForEvent('popup');
  await page.keyboard.press('Enter');
  await (await opened).waitForEvent('close');
}

/** Waits until the folder's failure shows with Retry, moving the page's clock on while the dialog retries. */
async function failureShown(page) {
  for (let i = 0; i < 400; i++) {
    if (await page.evaluate(() => { const b = document.querySelector('.fp-cs-status button'); return !!b && b.offsetParent !== null; })) {
      return page.$eval('.fp-cs-status span', (n) => n.textContent);
    }
    await page.clock.fastForward(2000);
    await page.waitForTimeout(20);
  }
  throw new Error('no failure shown');
}

/** The folder list fails with `status` until the provider answers again: the sentence `key` names the source; Retry. */
async function failingList(page, p, dbl, status, key, go, back) {
  dbl.fault = Object.assign({ status, times: 1000, retryAfter: status === 429 ? '1' : undefined }, p.fault(status));
  await go(page);
  equal(await failureShown(page), text(p.lang, 'customListFailed', { reason: text(p.lang, key, { source: p.tab }) }), status + ': the sentence names ' + p.tab);
  if (status >= 500) equal(await axe(page, '.fp-dialog'), [], 'axe on the failure');
  dbl.fault = null;
  await tabTo(page, '.fp-cs-status button');
  await page.keyboard.press('Enter');
  await showing(page, back);
  equal(await page.evaluate(() => document.activeElement.className), 'fp-cs-list', 'the focus moves from Retry to the list');
}

/** Waits until a row of the file list has failed (with Retry), moving the page's clock on while the copy is retried. */
async function rowFailed(page) {
  for (let i = 0; i < 400; i++) {
    if (await page.evaluate(() => { const b = document.querySelector('.fp-file-failed .fp-retry'); return !!b && !b.hidden; })) {
      return page.$eval('.fp-file-failed .fp-file-status', (n) => n.textContent);
    }
    await page.clock.fastForward(2000);
    await page.waitForTimeout(20);
  }
  throw new Error('no failed row shown');
}

/** The dialog's refusals, as shown. */
const refusals = (page) => page.$$eval('.fp-errors li', (n) => n.map((e) => e.textContent));

/** Back to the top listing through the first breadcrumb (when not there), its first row active. */
async function toTop(page, p) {
  if ((await crumbs(page)).length > 1) await page.click('.fp-cs-crumbs li:first-child .fp-cs-crumb');
  await showing(page, p.top);
  await page.focus('.fp-cs-list');
  await page.keyboard.press('Home');
}

/**
 * Counts the dialog's thumbnail requests (`POST /cloud/thumbnail`: the rows in view ask for theirs in the background),
 * so that a one-shot fault is switched on only once they are over and meets the call it is meant for.
 */
function trackThumbnails(page) {
  const t = { asked: 0, running: 0 };
  const isThumb = (r) => r.method() === 'POST' && new URL(r.url()).pathname === '/cloud/thumbnail';
  page.on('request', (r) => {
    if (!isThumb(r)) return;
    t.asked++;
    t.running++;
  });
  const over = (r) => {
    if (isThumb(r)) t.running--;
  };
  page.on('requestfinished', over);
  page.on('requestfailed', over);
  return t;
}

/** Waits until every thumbnail cell shown has been asked for and no thumbnail request runs (twice in a row). */
async function thumbnailsSettled(page, t) {
  let quiet = 0;
  for (let i = 0; i < 200 && quiet < 2; i++) {
    const cells = await page.$$eval('.fp-cs-thumb', (n) => n.length);
    quiet = t.asked >= cells && t.running === 0 ? quiet + 1 : 0;
    await page.waitForTimeout(50);
  }
  assert(quiet >= 2, 'the thumbnail requests end (' + t.running + ' still running)');
}

async function failurePaths(ctx, p) {
  const dbl = ctx.doubles[p.double];
  const t = (key, vars) => text(p.lang, key, vars);
  const page = await openPage(ctx, 'csp-plain.html', [], (pg) => pg.clock.install());
  const lists = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/cloud/folder/list') lists.push(r.url());
  });
  const thumbs = trackThumbnails(page);
  try {
    // 1. keyboard only, axe on the sign-in screen and the list
    await callPicker(page, 'pickMultiple', [{ services: ['COMPUTER', p.service], openTo: p.service, language: p.lang }]);
    await signInShown(page);
    await page.waitForFunction((s) => document.querySelector('.fp-cloud-oauth').textContent === s, t('cloudSignInOAuth', { source: p.tab }));
    equal(await axe(page, '.fp-dialog'), [], 'axe on the sign-in screen');
    await keyboardSignIn(page);
    await showing(page, p.top);
    equal(await axe(page, '.fp-dialog'), [], 'axe on the list');

    // 2. a 429 with Retry-After, once: retried after the wait; the user sees the folder
    const before = lists.length;
    await thumbnailsSettled(page, thumbs);
    dbl.fault = Object.assign({ status: 429, times: 1, retryAfter: '1' }, p.fault(429));
    await into(insideOf(p, ctx))(page);
    equal(lists.length - before, 2, 'the listing was asked again after the 429');
    // again and again (429, then 5xx): a sentence naming the source; Retry once the provider answers
    await failingList(page, p, dbl, 429, 'cloudBusy', (pg) => pg.keyboard.press('Backspace'), p.up || p.top);
    await failingList(page, p, dbl, 503, 'cloudDown', (pg) => pg.keyboard.press('Enter'), insideOf(p, ctx));

    // 3. the sign-in expires and the provider will not refresh it: back to the sign-in screen, saying so; sign in again
    p.expire(dbl);
    await page.keyboard.press('Backspace');
    await signInShown(page);
    equal(await oauthMessage(page), t('cloudSignInAgain'));
    equal(await page.evaluate(() => document.activeElement.className), 'fp-btn fp-cloud-oauth', 'the focus is on the sign-in button');
    equal(await axe(page, '.fp-dialog'), [], 'axe on the sign-in screen saying to sign in again');
    dbl.refuseRefresh = false;
    await keyboardSignIn(page);
    await showing(page, p.top);

    // 1. (cont.) select across folders by keyboard, back to the top through the breadcrumbs, Done
    await toPicture(p, ctx)(page);
    await page.keyboard.press('Space');
    await tabTo(page, '.fp-cs-crumbs li:first-child .fp-cs-crumb', 'Shift+Tab');
    equal(await page.evaluate(() => document.activeElement.textContent), p.tab, 'the first breadcrumb is the top');
    await page.keyboard.press('Enter');
    await showing(page, p.top);
    await tabTo(page, '.fp-cs-list');
    await toOther(p, ctx)(page);
    await page.keyboard.press('Space');
    const chosen = [pictureOf(p, ctx), otherOf(p, ctx)];
    await tabTo(page, '.fp-cs-add');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('.fp-file-done').length === n, chosen.length);
    await tabTo(page, '.fp-primary');
    await page.keyboard.press('Enter');
    const picked = await outcome(page);
    equal(picked.type, 'success', JSON.stringify(picked));
    equal(picked.value.map((b) => [b.filename, b.client]), chosen.map((n) => [n, clientOf(p)]));
    const held = bytesHeld(p, ctx);
    for (const b of picked.value) {
      assert(b.url.indexOf(ctx.origin + '/cloud/file/') === 0, 'a link through the cloud API: ' + b.url);
      assert((await bytesOf(b.url)).equals(held[b.filename]), 'the link of ' + b.filename + ' serves the provider\'s bytes');
    }

    // 4. pickAndStore: the provider refuses the copy → onError(FPError 403) naming the source; nothing stored
    const storePath = 'failed-' + p.double + '/';
    await page.evaluate(() => { window.__events = []; });
    thumbs.asked = 0;
    await callPicker(page, 'pickAndStore', [{ services: [p.service], language: p.lang }, { location: 'S3', path: storePath }]);
    await showing(page, p.top);
    await toPicture(p, ctx)(page);
    await thumbnailsSettled(page, thumbs);
    dbl.fault = Object.assign({ status: 403, times: 1 }, p.fault(403));
    await page.keyboard.press('Enter');
    const refused = await outcome(page);
    dbl.fault = null;
    equal([refused.type, refused.code], ['error', 403], JSON.stringify(refused));
    assert(String(refused.value.details).indexOf(clientOf(p) + ':') >= 0, 'the error names the source: ' + JSON.stringify(refused.value));
    const left = (await ctx.server.storage.listObjects()).filter((o) => o.key.indexOf(storePath) === 0);
    equal(left, [], 'nothing stored from the refused copy');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.fp-dialog', { state: 'detached' });

    // 5. restrictions before anything is copied; a copy the provider fails shows in its row; Retry copies
    thumbs.asked = 0;
    await restrictions(ctx, page, p, thumbs);

    // 6. Sign out in the tab, then filepicker.logout() ends the kept sign-in
    await callPicker(page, 'pick', [{ services: [p.service], language: p.lang }]);
    await showing(page, p.top);
    await tabTo(page, '.fp-cloud-signout', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await signInShown(page);
    equal(await oauthMessage(page), t('cloudSignedOut', { source: p.tab }));
    equal(await names(page), [], 'signed out: no listing');
    await keyboardSignIn(page);
    await showing(page, p.top);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.fp-dialog', { state: 'detached' });
    await page.evaluate(() => window.filepicker.logout());
    await page.waitForTimeout(300);
    await callPicker(page, 'pick', [{ services: [p.service], language: p.lang }]);
    await signInShown(page);
    equal(await names(page), [], 'after logout() the next dialog asks to sign in');
    equal(await crumbs(page), [p.tab], 'the top, not listed');
    equal(await page.evaluate(() => window.__csp), [], 'no CSP violation');
    equal(page.__errors, []);
  } finally {
    dbl.fault = null;
    dbl.refuseRefresh = false;
  }
}

/**
 * Step 5: pickAndStore with a `mimetype` the other file is not of: the other file is refused with the type's sentence
 * and no copy is asked for; the picture is accepted, and its copy, failing at the provider (5xx) until the dialog
 * gives up, leaves its row saying so in the source's language (no onError: Retry is offered); Retry once the provider
 * answers stores the provider's bytes. Then with a `maxSize` below the large file: refused for its size (`tooLarge`:
 * in the dialog, or by the server for a source listing no sizes); and with `maxFiles: 1` and the `extension`s of both
 * files, both selected (in two folders): refused together with the count's sentence, none added, no copy asked for.
 */
async function restrictions(ctx, page, p, thumbs) {
  const dbl = ctx.doubles[p.double];
  const t = (key, vars) => text(p.lang, key, vars);
  const r = p.restrict || { mimetype: 'image/*', maxSize: 40, large: 'picture' };
  const held = bytesHeld(p, ctx);
  // the bodies of the copies asked for
  const stores = [];
  page.on('request', (q) => {
    if (q.method() === 'POST' && new URL(q.url()).pathname === '/cloud/store/') stores.push(q.postDataJSON());
  });
  const storePath = 'restricted-' + p.double + '/';
  await page.evaluate(() => { window.__events = []; });
  await callPicker(page, 'pickAndStore', [{ services: [p.service], language: p.lang, mimetype: r.mimetype }, { location: 'S3', path: storePath }]);
  await showing(page, p.top);
  await toOther(p, ctx)(page);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.fp-errors li');
  const types = r.mimetype === 'image/*' ? t('typeImages') : r.mimetype.replace('image/', '').toUpperCase();
  equal(await refusals(page), [t('errorType', { filename: otherOf(p, ctx), types })], 'the other file is refused for its type');
  equal(stores, [], 'no copy was asked for');
  await toTop(page, p);
  await toPicture(p, ctx)(page);
  await thumbnailsSettled(page, thumbs);
  dbl.fault = Object.assign({ status: 503, times: 1000 }, p.fault(503));
  await page.keyboard.press('Enter');
  const row = await rowFailed(page);
  dbl.fault = null;
  equal(row, t('statusFailed', { reason: t('cloudDown', { source: p.tab }) }), 'the row names the source and the cause in ' + p.lang);
  equal(await page.evaluate(() => window.__events.filter((e) => e.type === 'error')), [], 'no onError: the row offers Retry');
  assert(stores.length >= 1, 'the picture\'s copy was asked for');
  await page.click('.fp-file-failed .fp-retry');
  const stored = await outcome(page);
  equal(stored.type, 'success', JSON.stringify(stored));
  const blob = stored.value[0];
  equal([blob.filename, blob.client], [pictureOf(p, ctx), clientOf(p)]);
  assert(blob.key.indexOf(storePath) === 0 && blob.url.indexOf(ctx.origin + '/api/file/') === 0, 'stored: ' + blob.url + ' ' + blob.key);
  assert((await bytesOf(blob.url)).equals(held[blob.filename]), 'the stored bytes are the provider\'s');

  // a maxSize below the large file: refused for its size before any byte is copied
  await tooLarge(ctx, page, p, stores, storePath, thumbs);
  const asked = stores.length;

  // maxFiles: 1, two files of the accepted extensions selected in two folders: both refused, nothing asked for
  const extension = [pictureOf(p, ctx), otherOf(p, ctx)].map((n) => n.slice(n.lastIndexOf('.')));
  await page.evaluate(() => { window.__events = []; });
  await callPicker(page, 'pickAndStore', [{ services: [p.service], language: p.lang, multiple: true, maxFiles: 1, extension }, { location: 'S3', path: storePath }]);
  await showing(page, p.top);
  await toPicture(p, ctx)(page);
  await page.keyboard.press('Space');
  await toTop(page, p);
  await toOther(p, ctx)(page);
  await page.keyboard.press('Space');
  await page.click('.fp-cs-add');
  await page.waitForSelector('.fp-errors li');
  equal(await refusals(page), [t('errorCount', { max: 1, count: 1 })], 'refused together for their count');
  equal(await page.$$eval('.fp-file', (n) => n.length), 0, 'none added');
  equal(stores.length, asked, 'no copy was asked for');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.fp-dialog', { state: 'detached' });
}

/**
 * Step 5 (cont.): pickAndStore with a `maxSize` below the large file. A source whose listing gives the size: the
 * dialog refuses the file with the size's sentence and asks for no copy. One whose listing gives none (`sizeKnown:
 * false`, no size shown in its row): the dialog asks for one copy carrying its `maxSize`; the server refuses it (413
 * `toolarge`, naming the file's size and the maxSize) after looking at the file's size, before anything is copied: the
 * file's row says the size's sentence (in the dialog's language, no Retry), onError(FPError 102) names the file's size
 * and the maxSize, nothing is stored.
 */
async function tooLarge(ctx, page, p, stores, storePath, thumbs) {
  const dbl = ctx.doubles[p.double];
  const t = (key, vars) => text(p.lang, key, vars);
  const r = p.restrict || { mimetype: 'image/*', maxSize: 40, large: 'picture' };
  const held = bytesHeld(p, ctx);
  const asked = stores.length;
  const storedBefore = (await ctx.server.storage.listObjects()).filter((o) => o.key.indexOf(storePath) === 0).map((o) => o.key);
  thumbs.asked = 0;
  await page.evaluate(() => { window.__events = []; });
  await callPicker(page, 'pickAndStore', [{ services: [p.service], language: p.lang, maxSize: r.maxSize }, { location: 'S3', path: storePath }]);
  await showing(page, p.top);
  const large = r.large === 'other' ? otherOf(p, ctx) : pictureOf(p, ctx);
  await (r.large === 'other' ? toOther(p, ctx) : toPicture(p, ctx))(page);
  const size = held[large].length;
  assert(size > r.maxSize, large + ' (' + size + ' bytes) is above the maxSize');
  const shown = await page.$$eval('.fp-cs-item', (rows, n) => rows.filter((e) => e.querySelector('.fp-cs-name').textContent === n).map((e) => e.querySelector('.fp-cs-meta').textContent), large);
  equal(shown, [p.sizeKnown === false ? '' : bytesText(size)], 'the size listed for ' + large);
  await thumbnailsSettled(page, thumbs);
  const calls = dbl.calls.length;
  await page.keyboard.press('Enter');
  if (p.sizeKnown !== false) {
    await page.waitForSelector('.fp-errors li');
    equal(await refusals(page), [t('errorSize', { filename: large, size: bytesText(size), max: bytesText(r.maxSize) })], 'refused for its size');
    equal(stores.length, asked, 'no copy was asked for');
  } else {
    const refused = await outcome(page);
    // a server's refusal other than 400 and 403 is v2's 102 on the pick path; the server's sentence is its details
    equal([refused.type, refused.code], ['error', 102], JSON.stringify(refused));
    const details = String(refused.value.details);
    const named = details.indexOf(clientOf(p) + ':') >= 0 && details.indexOf('is ' + size + ' bytes') >= 0 && details.indexOf('maxSize of ' + r.maxSize + ' bytes') >= 0;
    assert(named, 'the error names the source, the size and the maxSize: ' + details);
    await page.waitForSelector('.fp-file-failed');
    const sentence = t('errorSize', { filename: large, size: bytesText(size), max: bytesText(r.maxSize) });
    equal(await page.$eval('.fp-file-failed .fp-file-status', (n) => n.textContent), sentence, 'the row says the size sentence in ' + p.lang);
    equal(await page.$eval('.fp-file-failed .fp-retry', (n) => n.hidden), true, 'no Retry for a refusal');
    equal(await refusals(page), [], 'nothing refused before the copy was asked for');
    const copies = stores.slice(asked).map((b) => b.clouds);
    equal(copies.map((c) => Object.keys(c)), [[clientOf(p)]], 'exactly one copy was asked for');
    equal(copies[0][clientOf(p)].maxSize, r.maxSize, 'the copy carries the maxSize');
    // the provider's side: the file's size asked once (a HEAD of its bytes), its bytes never fetched
    const made = dbl.calls.slice(calls).filter((c) => /^(HEAD|GET) \/(cdn|static)\//.test(c));
    equal(made.map((c) => c.split(' ')[0]), ['HEAD'], 'one HEAD for the size, no download: ' + made.join(', '));
    const storedAfter = (await ctx.server.storage.listObjects()).filter((o) => o.key.indexOf(storePath) === 0).map((o) => o.key);
    equal(storedAfter, storedBefore, 'nothing stored from the refused copy');
  }
  await page.keyboard.press('Escape');
  await page.waitForSelector('.fp-dialog', { state: 'detached' });
}

for (const p of PROVIDERS) {
  const name = p.service + ' (' + p.lang + '): expired sign-in, 429 with Retry-After and 5xx on a list, pickMultiple across folders, a refused copy, restrictions before any copy, a failed copy\'s row, sign out and logout(), keyboard only, axe';
  test(name, (ctx) => failurePaths(ctx, p), { timeout: 180000 });
}
