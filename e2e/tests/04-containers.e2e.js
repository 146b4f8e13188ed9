'use strict';
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, png, writeFile, axe, assert, equal, shot } = require('../lib/helpers');

test('container "window": the same dialog runs in a popup (same origin, no remote URL) and stores the file', async (ctx) => {
  const a = await png(ctx, 'pop.png', 5, 5);
  const page = await openPage(ctx);
  const [popup] = await Promise.all([page.waitForEvent('popup'), callPicker(page, 'pick', [{ container: 'window' }])]);
  equal(popup.url(), 'about:blank', 'no remote URL');
  await popup.waitForSelector('.fp-dialog[role=dialog]');
  await shot(ctx, popup, 'dialog-open');
  assert((await page.$('.fp-overlay')) === null, 'nothing in the page');
  const pos = await popup.$eval('.fp-dialog', (n) => getComputedStyle(n).display);
  equal(pos, 'flex', 'the stylesheet applies in the popup');
  await shot(ctx, popup, 'dialog-window');
  equal(await popup.evaluate(() => document.documentElement.lang), 'en', 'popup document language');
  equal(await popup.evaluate(() => document.activeElement.className), 'fp-drop', 'focus in the popup dialog');
  equal(await axe(popup), [], 'axe in the popup');
  await popup.setInputFiles('.fp-dialog input[type=file]', a);
  await shot(ctx, popup, 'files-added');
  const out = await outcome(page);
  equal(out.value.filename, 'pop.png');
  await page.waitForTimeout(100);
  equal(popup.isClosed(), true, 'popup closed after the result');
});

test('container "window": closing the popup gives 101; a blocked popup gives onError, never alert', async (ctx) => {
  const page = await openPage(ctx);
  const [popup] = await Promise.all([page.waitForEvent('popup'), callPicker(page, 'pick', [{ container: 'window' }])]);
  await popup.waitForSelector('.fp-dialog');
  await shot(ctx, popup, 'dialog-open');
  await popup.close();
  equal((await outcome(page)).code, 101);
  await page.evaluate(() => {
    window.__events = [];
    window.open = () => null;
  });
  await callPicker(page, 'pick', [{ container: 'window' }]);
  const out = await outcome(page);
  equal(out.type, 'error');
  equal(page.__dialogs, [], 'no alert');
});

test('container = iframe id: the dialog renders inside that iframe; a missing id throws the v2 text', async (ctx) => {
  const a = await png(ctx, 'frame.png', 5, 5);
  const page = await openPage(ctx, 'iframe.html');
  await callPicker(page, 'pick', [{ container: 'fpframe' }]);
  const frame = page.frame({ url: /about:blank/ }) || page.frames()[1];
  await frame.waitForSelector('.fp-dialog');
  assert((await page.$('.fp-overlay')) === null, 'no overlay in the page');
  await shot(ctx, page, 'dialog-iframe');
  await frame.setInputFiles('.fp-dialog input[type=file]', a);
  await shot(ctx, page, 'files-added');
  const out = await outcome(page);
  equal(out.value.filename, 'frame.png');
  const thrown = await page.evaluate(() => {
    try {
      window.filepicker.pick({ container: 'nowhere' }, () => undefined);
      return 'no throw';
    } catch (e) {
      return String(e.message || e.text || e);
    }
  });
  assert(thrown.includes('Container "nowhere" not found. This should either be set to "window","modal", or the ID of an iframe that is currently in the document.'), thrown);
});

test('hide: true hides the modal after selection; progress goes on, then onSuccess', async (ctx) => {
  const a = writeFile(ctx, 'hidden.bin', require('crypto').randomBytes(60000));
  const page = await openPage(ctx);
  await callPicker(page, 'pick', [{ hide: true }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  // the part upload is slowed (about 0.6 s) so the hidden state can be seen while the upload runs
  ctx.server.faults.set({ part: { sequence: [{ kind: 'slow', bytesPerSecond: 100000 }] } });
  await page.setInputFiles('.fp-dialog input[type=file]', a);
  await shot(ctx, page, 'files-added');
  equal(await page.$eval('.fp-overlay', (n) => n.hidden), true, 'hidden while uploading');
  assert(await page.evaluate(() => document.activeElement === document.body || !document.activeElement.closest('.fp-overlay')), 'focus back in the page');
  const out = await outcome(page);
  equal(out.type, 'success');
  assert(await page.evaluate(() => window.__events.some((e) => e.type === 'progress')), 'progress fired');
  assert((await page.$('.fp-overlay')) === null, 'removed at the end');
});
