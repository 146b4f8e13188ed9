'use strict';
/** What every cloud-source e2e test (tests/13 and the OAuth sources after it) reads and does in the dialog's browser. */

/** The names of the listed entries, in order. */
const names = (page) => page.$$eval('.fp-cs-item .fp-cs-name', (n) => n.map((e) => e.textContent));

/** The breadcrumbs, as shown. */
const crumbs = (page) => page.$$eval('.fp-cs-crumbs li', (n) => n.map((e) => e.textContent));

/** Waits until the list is shown (not hidden behind the sign-in screen) and its first row is `first`. */
const showing = (page, first) =>
  page.waitForFunction((n) => {
    const row = document.querySelector('.fp-cs-item .fp-cs-name');
    return !!row && row.textContent === n && row.offsetParent !== null;
  }, first);

/** Waits for an OAuth source's sign-in button. */
const signInShown = (page) => page.waitForSelector('.fp-cloud-oauth', { state: 'visible' });

/** The message on an OAuth source's sign-in screen. */
const oauthMessage = (page) => page.$eval('.fp-cloud-oauth-signin .fp-cloud-message', (n) => n.textContent);

/** Clicks the sign-in button and waits until the provider's popup has come back and closed. */
async function popupSignIn(page) {
  const opened = page.waitForEvent('popup');
  await page.click('.fp-cloud-oauth');
  await (await opened).waitForEvent('close');
}

/** The bytes a URL serves. */
async function bytesOf(url) {
  return Buffer.from(await (await fetch(url)).arrayBuffer());
}

module.exports = { names, crumbs, showing, signInShown, oauthMessage, popupSignIn, bytesOf };
