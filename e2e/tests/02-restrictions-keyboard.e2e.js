'use strict';
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, writeFile, png, assert, equal, shot } = require('../lib/helpers');

function errorsShown(page) {
  return page.$$eval('.fp-errors li', (lis) => lis.map((li) => li.textContent));
}

test('restrictions: wrong type, too large and too many are refused in the dialog before any byte is sent', async (ctx) => {
  const txt = writeFile(ctx, 'notes.txt', 'hello');
  const big = writeFile(ctx, 'big.PNG', Buffer.alloc(3000, 1));
  const small = await png(ctx, 'ok.png', 4, 4);
  const page = await openPage(ctx);
  const requests = [];
  page.on('request', (r) => {
    if (r.url().includes('/multipart/')) requests.push(r.url());
  });
  await callPicker(page, 'pickMultiple', [{ extensions: ['.png'], maxSize: 2000, maxFiles: 2 }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]', [txt, big]);
  await shot(ctx, page, 'error-shown-type-and-size');
  equal(await errorsShown(page), ['notes.txt is not an accepted type. Accepted types: .png', 'big.PNG is too large (2.9 KB). The largest file allowed is 2 KB.']);
  await page.setInputFiles('.fp-dialog input[type=file]', [small, small, small]);
  await shot(ctx, page, 'error-shown-too-many');
  equal(await errorsShown(page), ['You can select at most 2 files, so none of these files were added.']);
  equal(await page.$$eval('.fp-file', (n) => n.length), 0, 'no file taken');
  equal(requests, [], 'nothing sent');
  const live = await page.$eval('.fp-dialog [aria-live=polite]', (n) => n.textContent);
  equal(live, 'You can select at most 2 files, so none of these files were added.', 'announced');
});

test('ESC closes the dialog and the page gets FPError 101; focus returns to the opener', async (ctx) => {
  const page = await openPage(ctx);
  await page.focus('#opener');
  await callPicker(page, 'pick', [{}]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.keyboard.press('Escape');
  const out = await outcome(page);
  equal(out.type, 'error');
  equal(out.code, 101);
  equal(await page.evaluate(() => document.activeElement && document.activeElement.id), 'opener', 'focus restored');
  assert((await page.$('.fp-overlay')) === null, 'dialog removed');
});

test('backdrop click and the close button also give 101; session.close() gives nothing', async (ctx) => {
  const page = await openPage(ctx);
  await callPicker(page, 'pick', [{}]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.mouse.click(5, 5);
  equal((await outcome(page)).code, 101);
  await page.evaluate(() => (window.__events = []));
  await callPicker(page, 'pick', [{}]);
  await page.click('.fp-close');
  equal((await outcome(page)).code, 101);
  await page.evaluate(() => (window.__events = []));
  await callPicker(page, 'pick', [{}]);
  await page.evaluate(() => window.__session.close());
  await page.waitForTimeout(200);
  equal(await page.evaluate(() => window.__events.length), 0, 'close() calls nothing');
  assert((await page.$('.fp-overlay')) === null, 'dialog removed');
});

test('keyboard only: focus starts on the drop zone, Enter opens the chooser, Tab stays in the dialog, Done by keyboard', async (ctx) => {
  const a = await png(ctx, 'kb.png', 6, 6);
  const page = await openPage(ctx);
  // listen first: playwright turns on file-chooser interception asynchronously when a listener is added
  const chooserSeen = page.waitForEvent('filechooser', { timeout: 10000 });
  await callPicker(page, 'pickMultiple', [{}]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  equal(await page.evaluate(() => document.activeElement.className), 'fp-drop', 'initial focus');
  await page.keyboard.press('Enter');
  const chooser = await chooserSeen;
  await chooser.setFiles(a);
  await page.waitForSelector('.fp-file-done');
  await shot(ctx, page, 'uploaded');
  const seen = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    seen.push(await page.evaluate(() => !!document.activeElement.closest('.fp-dialog')));
  }
  equal(seen.every(Boolean), true, 'Tab never leaves the dialog');
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Shift+Tab');
    assert(await page.evaluate(() => !!document.activeElement.closest('.fp-dialog')), 'Shift+Tab never leaves the dialog');
  }
  await page.focus('.fp-primary');
  await page.keyboard.press('Space');
  const out = await outcome(page);
  equal(out.type, 'success');
  equal(out.value.map((b) => b.filename), ['kb.png']);
});
