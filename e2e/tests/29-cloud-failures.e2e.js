'use strict';
/**
 * Every OAuth cloud source's failure paths in the dialog, one test per source driven by the table below, under the
 * strict CSP (`csp-plain.html`, `default-src 'self'`), each source in another of the dialog's languages (the texts
 * are read from src/picker/i18n/locales). The sources' doubles (server/test/doubles/, started by e2e/run.js) have the
 * switches: a fault for the next calls (`fault`), expired (and unrefreshable) or revoked access tokens.
 *  1. keyboard only: the sign-in button opens the popup; the folder list, breadcrumbs, selection across folders and
 *     Done; axe 0 violations on the sign-in screen, the list and an error;
 *  2. a 429 with Retry-After, once: retried after the wait, the user sees the folder; again and again: a sentence
 *     naming the source (as a 5xx is), Retry shows the folder once the provider answers;
 *  3. an expired sign-in the provider will not refresh: back to the sign-in screen saying to sign in again, which works;
 *  4. pickAndStore whose server-side copy the provider refuses: onError(FPError 403) naming the source, nothing stored;
 *  5. Sign out in the tab: the sign-in screen; `filepicker.logout()`: the next dialog asks to sign in.
 * The page's clock is Playwright's, moved on while the dialog retries (the back-off waits of a 5xx run to minutes).
 */
const path = require('path');
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, axe, assert, equal } = require('../lib/helpers');
const { names, crumbs, showing, signInShown, oauthMessage } = require('../lib/cloudUi');

const LOCALES = path.join(__dirname, '..', '..', 'src', 'picker', 'i18n', 'locales');

/** The dialog's text `key` in `lang`, as src/picker/i18n/locales has it, with `vars` filled in. */
function text(lang, key, vars) {
  const table = require(path.join(LOCALES, lang + '.ts')).default;
  return table[key].replace(/\{\{(\w+)\}\}/g, (m, k) => String(vars[k]));
}

// the doubles' switches: an expired sign-in (refresh refused where the provider has refresh tokens, GitHub's revoked)
const expireRefusingRefresh = (d) => {
  d.refuseRefresh = true;
  d.expireAccessTokens();
};
const revoke = (d) => d.revokeTokens();
const expireOnly = (d) => d.expireAccessTokens();
// each provider's own fault fields: Google's error reason, Graph's error code
const plain = () => ({});
const google = (status) => (status === 403 ? { reason: 'insufficientPermissions' } : {});
const graph = (status) => ({ code: status === 429 ? 4 : status === 403 ? 10 : 2 });

/** From the top listing into the folder `name` (Enter on the first row: every top listing starts with it). */
const into = (name) => async (page) => {
  await page.keyboard.press('Enter');
  await showing(page, name);
};
const intoRepository = into('Photos');

/**
 * The sources. `top`: the first row after sign-in; `toPicture(page, ctx)`: from the top listing to the folder holding
 * the picture, whose name is `picture(ctx)`; `toText`: from the top listing to the text file as the active row (none
 * where the provider has only pictures); `up`: the first row one level up from the top's first folder (GitHub's
 * repositories are under their owner), when that is not the top listing.
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
    toText: async (page) => {
      await intoRepository(page);
      await page.keyboard.press('End');
    },
  },
  {
    service: 'GMAIL', tab: 'Gmail', double: 'gmail', lang: 'pl', expire: expireRefusingRefresh, fault: google, top: 'Photos · 2024-05-02',
    toText: async (page) => {
      await page.keyboard.press('End');
      await into('notes.txt')(page);
    },
  },
  { service: 'FACEBOOK', tab: 'Facebook', double: 'facebook', lang: 'zh', expire: expireOnly, fault: graph, top: 'Photos', toText: null },
  {
    service: 'INSTAGRAM', tab: 'Instagram', double: 'instagram', lang: 'ru', expire: expireOnly, fault: graph, top: 'Photos', toText: null,
    picture: (ctx) => ctx.doubles.instagram.idOf('/Photos/pixel.png') + '.jpg',
  },
];

const pictureOf = (p, ctx) => (p.picture ? p.picture(ctx) : 'pixel.png');
const toPicture = (p, ctx) => p.toPicture || into(pictureOf(p, ctx));
/** The first row of the first folder of the top listing. */
const insideOf = (p, ctx) => (p.service === 'GITHUB' ? 'Photos' : pictureOf(p, ctx));
const toText = (p) => (p.toText === undefined ? (page) => page.keyboard.press('End') : p.toText);

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
    const chosen = [pictureOf(p, ctx)];
    if (toText(p)) {
      await tabTo(page, '.fp-cs-list');
      await toText(p)(page);
      await page.keyboard.press('Space');
      chosen.push('notes.txt');
    }
    await tabTo(page, '.fp-cs-add');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('.fp-file-done').length === n, chosen.length);
    await tabTo(page, '.fp-primary');
    await page.keyboard.press('Enter');
    const picked = await outcome(page);
    equal(picked.type, 'success', JSON.stringify(picked));
    equal(picked.value.map((b) => b.filename), chosen);

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
    const id = p.service === 'SKYDRIVE' ? 'onedrive' : p.service === 'GOOGLE_DRIVE' ? 'googledrive' : p.service.toLowerCase();
    assert(String(refused.value.details).indexOf(id + ':') >= 0, 'the error names the source: ' + JSON.stringify(refused.value));
    const left = (await ctx.server.storage.listObjects()).filter((o) => o.key.indexOf(storePath) === 0);
    equal(left, [], 'nothing stored from the refused copy');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.fp-dialog', { state: 'detached' });

    // 5. Sign out in the tab, then filepicker.logout() ends the kept sign-in
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

for (const p of PROVIDERS) {
  test(p.service + ' failures (' + p.lang + '): expired sign-in, 429 with Retry-After and 5xx on a list, a refused copy, sign out and logout(), keyboard only, axe', (ctx) => failurePaths(ctx, p), { timeout: 120000 });
}
