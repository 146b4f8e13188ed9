'use strict';
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, writeFile, png, axe, assert, equal, shot } = require('../lib/helpers');


test('axe-core finds no violations in the open dialog (empty, with files, with an error)', async (ctx) => {
  const a = await png(ctx, 'axe.png', 5, 5);
  const page = await openPage(ctx);
  await callPicker(page, 'pickMultiple', [{ services: ['COMPUTER', 'URL'], mimetype: 'image/*', backgroundUpload: false }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-modal');
  equal(await axe(page, '.fp-dialog'), [], 'empty dialog');
  await page.setInputFiles('.fp-dialog input[type=file]', [a, writeFile(ctx, 'x.txt', 'x')]);
  await shot(ctx, page, 'files-added');
  await page.waitForSelector('.fp-file');
  await shot(ctx, page, 'dialog-error-and-file');
  equal(await axe(page, '.fp-dialog'), [], 'with a file and an error');
  equal(await page.$eval('.fp-dialog', (d) => [d.getAttribute('aria-modal'), document.getElementById(d.getAttribute('aria-labelledby')).textContent]), ['true', 'Select files to upload']);
});

test('a file named <img src=x onerror=alert(1)>.png is shown as text and runs nothing', async (ctx) => {
  const evil = await png(ctx, '<img src=x onerror=alert(1)>.png', 4, 4);
  const page = await openPage(ctx);
  await callPicker(page, 'pickMultiple', [{}]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]', evil);
  await shot(ctx, page, 'files-added');
  await page.waitForSelector('.fp-file-done');
  await shot(ctx, page, 'uploaded');
  equal(await page.$eval('.fp-file-name', (n) => n.textContent), '<img src=x onerror=alert(1)>.png');
  equal(await page.$$eval('.fp-dialog img', (n) => n.length), 0, 'no element made from the name');
  await page.click('.fp-primary');
  const out = await outcome(page);
  equal(out.value[0].filename, '<img src=x onerror=alert(1)>.png');
  equal(page.__dialogs, [], 'no alert ran');
});

test("CSP default-src 'self': the styled dialog works and uploads with no violation", async (ctx) => {
  const a = await png(ctx, 'csp.png', 5, 5);
  const page = await openPage(ctx, 'csp-plain.html');
  const consoleErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await callPicker(page, 'pickMultiple', [{ language: 'de' }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  equal(await page.$eval('.fp-overlay', (n) => getComputedStyle(n).position), 'fixed', 'styles applied');
  await page.waitForFunction(() => document.querySelector('.fp-title').textContent !== 'Select files to upload');
  await shot(ctx, page, 'dialog-csp');
  await page.setInputFiles('.fp-dialog input[type=file]', a);
  await shot(ctx, page, 'files-added');
  await page.waitForSelector('.fp-file-done');
  await shot(ctx, page, 'uploaded');
  await page.click('.fp-primary');
  equal((await outcome(page)).type, 'success');
  equal(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  equal(consoleErrors.filter((t) => /Content Security Policy|Refused/.test(t)), [], 'no CSP console errors');
  equal(await page.$$eval('[style]', (n) => n.map((e) => e.tagName)), [], 'no style attributes');
});

test("CSP default-src 'self': imageDim and imageMax really resize before upload, with no violation", async (ctx) => {
  const sharp = require('sharp');
  const small = await png(ctx, 'csp-dim.png', 40, 30);
  const wide = await png(ctx, 'csp-max.png', 400, 200);
  const page = await openPage(ctx, 'csp-plain.html');
  const consoleErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  const sizeOf = async (url) => {
    const meta = await sharp(Buffer.from(await (await fetch(url)).arrayBuffer())).metadata();
    return [meta.format, meta.width, meta.height];
  };
  await callPicker(page, 'pick', [{ imageDim: [null, 60] }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]', small);
  await shot(ctx, page, 'files-added');
  let out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  equal(await sizeOf(out.value.url), ['png', 80, 60], 'imageDim: 40x30 enlarged to a height of 60');
  await page.evaluate(() => (window.__events = []));
  await callPicker(page, 'pick', [{ imageMax: [100, 100] }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]', wide);
  await shot(ctx, page, 'files-added');
  out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  equal(await sizeOf(out.value.url), ['png', 100, 50], 'imageMax: 400x200 shrunk to fit 100x100');
  equal(out.value.size, (await (await fetch(out.value.url)).arrayBuffer()).byteLength, 'Blob size is the resized bytes');
  equal(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  equal(consoleErrors.filter((t) => /Content Security Policy|Refused/.test(t)), [], 'no CSP console errors');
});

test('imageMax without createImageBitmap: the <img> fallback still resizes (on a page without CSP)', async (ctx) => {
  const sharp = require('sharp');
  const wide = await png(ctx, 'fallback-max.png', 300, 120);
  const page = await openPage(ctx);
  await page.evaluate(() => {
    window.createImageBitmap = undefined;
  });
  await callPicker(page, 'pick', [{ imageMax: [150, 150] }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]', wide);
  await shot(ctx, page, 'files-added');
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  const meta = await sharp(Buffer.from(await (await fetch(out.value.url)).arrayBuffer())).metadata();
  equal([meta.width, meta.height], [150, 60], 'resized through <img>');
});

test('Hebrew: the locale script loads on demand, the dialog is right-to-left; a screenshot is kept', async (ctx) => {
  const page = await openPage(ctx);
  const scripts = [];
  page.on('request', (r) => {
    if (r.url().includes('/locales/')) scripts.push(r.url().replace(ctx.origin, ''));
  });
  await callPicker(page, 'pickMultiple', [{ language: 'he', services: ['COMPUTER', 'URL'] }]);
  await page.waitForSelector('.fp-dialog[dir=rtl][lang=he]');
  await shot(ctx, page, 'dialog-open');
  await page.waitForFunction(() => document.querySelector('.fp-title').textContent !== 'Select files to upload');
  equal(scripts, ['/dist/locales/he.js']);
  const t = await page.$eval('.fp-title', (n) => n.textContent);
  assert(/[\u0590-\u05FF]/.test(t), 'Hebrew title: ' + t);
  const side = await page.evaluate(() => {
    const nav = document.querySelector('.fp-nav').getBoundingClientRect();
    const main = document.querySelector('.fp-main').getBoundingClientRect();
    return nav.left > main.left ? 'right' : 'left';
  });
  equal(side, 'right', 'sources on the right in RTL');
  await shot(ctx, page, 'dialog-he');
  equal(await axe(page, '.fp-dialog'), [], 'axe in Hebrew');
});

test('browser language pt-BR picks pt_br; an unknown language stays English', async (ctx) => {
  const page = await openPage(ctx);
  await page.evaluate(() => Object.defineProperty(navigator, 'language', { get: () => 'pt-BR', configurable: true }));
  await callPicker(page, 'pick', [{}]);
  await page.waitForSelector('.fp-dialog[lang=pt-BR]');
  await shot(ctx, page, 'dialog-open');
  await page.waitForFunction(() => document.querySelector('.fp-title').textContent !== 'Select a file to upload');
  await page.keyboard.press('Escape');
  await page.evaluate(() => Object.defineProperty(navigator, 'language', { get: () => 'xx-YY', configurable: true }));
  await callPicker(page, 'pick', [{}]);
  await page.waitForSelector('.fp-dialog[lang=en]');
  await shot(ctx, page, 'dialog-open');
  equal(await page.$eval('.fp-title', (n) => n.textContent), 'Select a file to upload');
});

test('upload retries are shown as they happen, then the file is stored', async (ctx) => {
  const a = await png(ctx, 'retry.png', 5, 5);
  ctx.server.faults.set({ part: { sequence: [{ kind: 'status', status: 503 }] } });
  const page = await openPage(ctx);
  await callPicker(page, 'pickMultiple', [{}]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]', a);
  await shot(ctx, page, 'files-added');
  await page.waitForFunction(() => /retrying/.test(document.querySelector('.fp-file-status').textContent), null, { timeout: 10000 });
  // in one turn of the page, while the upload waits to retry: what the row claims, then Done pressed
  const during = await page.evaluate(() => {
    const q = (s) => document.querySelector(s);
    const state = { retrying: /retrying/.test(q('.fp-file-status').textContent), row: q('.fp-file .fp-progress').getAttribute('value'), total: q('.fp-total .fp-progress').getAttribute('value') };
    q('.fp-primary').click();
    return { ...state, label: q('.fp-primary').textContent, disabled: q('.fp-primary').disabled, said: q('.fp-dialog [role=status]').textContent };
  });
  equal(during, { retrying: true, row: '0', total: '0', label: 'Waiting for the uploads to finish…', disabled: true, said: 'Waiting for the uploads to finish…' }, 'nothing claimed while retrying; Done says it waits');
  await shot(ctx, page, 'retrying-waiting-for-uploads');
  equal((await outcome(page)).type, 'success', 'delivered by itself once stored');
});

test('a store the server refuses (missing bucket): FPError 400 with the server\'s reason, a translated row without Retry', async (ctx) => {
  const a = await png(ctx, 'refused.png', 5, 5);
  const page = await openPage(ctx);
  await callPicker(page, 'pickAndStore', [{ language: 'de' }, { location: 'S3', container: 'no-such-bucket' }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]', a);
  await shot(ctx, page, 'files-added');
  const o = await outcome(page);
  equal([o.type, o.code, o.value.code], ['error', 400, 400], 'the call ends with FPError 400');
  assert(/bucket "no-such-bucket"/.test(o.value.details), 'server reason in details: ' + o.value.details);
  await page.waitForSelector('.fp-file-failed');
  await shot(ctx, page, 'error-shown');
  equal(await page.$eval('.fp-file-failed .fp-file-status', (e) => e.textContent), 'Der Server hat das Hochladen abgelehnt.', 'row sentence, translated');
  equal(await page.$$eval('.fp-file-failed button:not([hidden])', (bs) => bs.map((b) => b.className)), ['fp-btn fp-small fp-remove'], 'no Retry button');
  equal(await axe(page, '.fp-dialog'), [], 'axe on the refused row');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.fp-dialog'));
  equal(await page.evaluate(() => window.__events.filter((e) => e.type !== 'progress').length), 1, 'no second callback');
});

test('customText replaces the given keys (as text), the rest stays English; customCss is linked', async (ctx) => {
  const page = await openPage(ctx);
  await callPicker(page, 'pickMultiple', [{ customText: ctx.origin + '/e2e/custom-text.json', customCss: ctx.origin + '/e2e/custom.css' }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.waitForFunction(() => document.querySelector('.fp-title').textContent !== 'Select files to upload');
  equal(await page.$eval('.fp-title', (n) => n.textContent), 'Send us your {{nothing}}<b>photos</b>');
  equal(await page.$$eval('.fp-title b', (n) => n.length), 0, 'no markup');
  equal(await page.$eval('.fp-primary', (n) => n.textContent), 'Finish');
  equal(await page.$eval('.fp-close', (n) => n.getAttribute('aria-label')), 'Close', 'a non-string value is ignored');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.fp-title')).color === 'rgb(1, 2, 3)');
});
