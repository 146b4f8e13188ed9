'use strict';
const { test } = require('../lib/harness');
const { openPage, assert, equal } = require('../lib/helpers');

test('stored HTML with a script never runs in the API origin (opened, or framed)', async (ctx) => {
  const html = '<!doctype html><title>stored</title><script>localStorage.setItem("pwned", "1"); document.cookie = "pwned=1; path=/";</script><p>stored page</p>';
  const stored = await fetch(ctx.origin + '/api/store/S3?key=demo&filename=evil.html&mimetype=text%2Fhtml', { method: 'POST', headers: { 'Content-Type': 'text/html' }, body: html });
  equal(stored.status, 200, 'stored');
  const file = await stored.json();
  const head = await fetch(file.url);
  await head.arrayBuffer();
  equal(head.headers.get('x-content-type-options'), 'nosniff', 'nosniff');
  assert(/^attachment;/.test(head.headers.get('content-disposition') || ''), 'attachment: ' + head.headers.get('content-disposition'));
  assert(/^sandbox/.test(head.headers.get('content-security-policy') || ''), 'sandbox CSP');

  const page = await openPage(ctx);
  // opening its URL (a download, never a page of our origin)
  const opened = await ctx.browser.newPage();
  await opened.goto(file.url).catch(() => undefined);
  await opened.close();
  // framing it from a page of the same origin
  await page.evaluate((u) => {
    const f = document.createElement('iframe');
    f.src = u;
    document.body.appendChild(f);
  }, file.url);
  await page.waitForTimeout(1000);
  const state = await page.evaluate(() => ({ stored: localStorage.getItem('pwned'), cookie: document.cookie }));
  equal(state.stored, null, 'the stored script did not write localStorage');
  assert(state.cookie.indexOf('pwned') < 0, 'the stored script did not set a cookie');
  equal(page.__errors, [], 'page errors');
});
