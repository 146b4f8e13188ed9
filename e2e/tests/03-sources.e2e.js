'use strict';
const fs = require('fs');
const path = require('path');
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, writeFile, png, assert, equal, shot } = require('../lib/helpers');

/** Drops files (built in the page from the given contents) onto the dialog with a real DataTransfer. */
function drop(page, files) {
  return page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    const target = document.querySelector('.fp-overlay');
    for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
  }, files);
}

test('drag and drop of files onto the dialog uploads them', async (ctx) => {
  const page = await openPage(ctx);
  await callPicker(page, 'pickMultiple', [{}]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await drop(page, [{ name: 'd1.txt', type: 'text/plain', bytes: [104, 105] }, { name: 'd2.txt', type: 'text/plain', bytes: [104, 111] }]);
  await page.waitForSelector('.fp-file-done >> nth=1');
  await shot(ctx, page, 'uploaded');
  await page.click('.fp-primary');
  const out = await outcome(page);
  equal(out.value.map((b) => b.filename).sort(), ['d1.txt', 'd2.txt']);
  const body = await (await fetch(out.value[0].url)).text();
  assert(body === 'hi' || body === 'ho', 'stored content');
});

test('paste of a file adds it', async (ctx) => {
  const page = await openPage(ctx);
  await callPicker(page, 'pick', [{}]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['pasted'], 'clip.txt', { type: 'text/plain' }));
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  const out = await outcome(page);
  equal(out.value.filename, 'clip.txt');
});

test('folders: with folders:true and multiple, a whole folder is chosen and every file in it is stored', async (ctx) => {
  const dir = path.join(ctx.files, 'album');
  writeFile(ctx, 'album/a.txt', 'A');
  writeFile(ctx, 'album/sub/b.txt', 'BB');
  const page = await openPage(ctx);
  await callPicker(page, 'pickMultiple', [{ folders: true }]);
  await page.waitForSelector('.fp-folder');
  await page.setInputFiles('.fp-dialog input[webkitdirectory]', dir);
  await shot(ctx, page, 'files-added');
  await page.waitForSelector('.fp-file-done >> nth=1');
  await shot(ctx, page, 'uploaded');
  await page.click('.fp-primary');
  const out = await outcome(page);
  equal(out.value.map((b) => b.filename).sort(), ['a.txt', 'b.txt']);
  equal(out.value.map((b) => b.size).sort(), [1, 2]);
  assert(fs.existsSync(dir), 'fixture');
});

test('URL source: the server fetches the address; the Blob has client "url"', async (ctx) => {
  const page = await openPage(ctx);
  await callPicker(page, 'pick', [{ services: ['COMPUTER', 'URL'], openTo: 'URL' }]);
  await page.waitForSelector('.fp-dialog input[type=url]');
  equal(await page.evaluate(() => document.activeElement.type), 'url', 'focus on the field');
  await page.fill('.fp-dialog input[type=url]', 'nope');
  await page.keyboard.press('Enter');
  equal(await page.$eval('.fp-errors li', (n) => n.textContent), 'Enter a web address that starts with http:// or https://');
  await page.fill('.fp-dialog input[type=url]', ctx.origin + '/e2e/setup.js');
  await page.keyboard.press('Enter');
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  equal(out.value.client, 'url');
  const body = await (await fetch(out.value.url)).text();
  assert(body.includes('securitypolicyviolation'), 'stored the fetched content');
});

test('unsupported services are left out with one warning; an image is resized (imageMax) before upload', async (ctx) => {
  const big = await png(ctx, 'wide.png', 400, 200);
  const page = await openPage(ctx);
  const warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await callPicker(page, 'pick', [{ services: ['PICASA', 'COMPUTER', 'EVERNOTE'], imageMax: [100, 100] }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  equal(await page.$$eval('.fp-source', (n) => n.length), 0, 'one source: no source list');
  equal(warnings.filter((w) => w.includes('PICASA, EVERNOTE')).length, 1, 'one warning names them: ' + warnings.join(' | '));
  await page.setInputFiles('.fp-dialog input[type=file]', big);
  await shot(ctx, page, 'files-added');
  const out = await outcome(page);
  const sharp = require('sharp');
  const meta = await sharp(Buffer.from(await (await fetch(out.value.url)).arrayBuffer())).metadata();
  equal([meta.width, meta.height], [100, 50], 'resized keeping the ratio');
  warnings.length = 0;
  await callPicker(page, 'pick', [{}]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  equal(warnings.filter((w) => w.includes('does not support')), [], 'no warning for a plain pick');
});

test('folders: a folder dropped onto the dialog (real drag from the browser) is walked; without folders:true it is refused', async (ctx) => {
  const dir = path.join(ctx.files, 'dropdir');
  writeFile(ctx, 'dropdir/one.txt', '1');
  writeFile(ctx, 'dropdir/deep/two.txt', '22');
  const page = await openPage(ctx);
  const cdp = await page.context().newCDPSession(page);
  async function dragFolder() {
    const box = await page.$eval('.fp-drop', (n) => {
      const r = n.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    const data = { items: [], files: [dir], dragOperationsMask: 1 };
    for (const type of ['dragEnter', 'dragOver', 'drop']) await cdp.send('Input.dispatchDragEvent', { type, x: box.x, y: box.y, data });
  }
  await callPicker(page, 'pickMultiple', [{}]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await dragFolder();
  await page.waitForSelector('.fp-errors li');
  await shot(ctx, page, 'error-shown');
  equal(await page.$$eval('.fp-errors li', (n) => n.map((e) => e.textContent)), ['Folders cannot be added here.']);
  await page.keyboard.press('Escape');
  equal((await outcome(page)).code, 101);
  await page.evaluate(() => (window.__events = []));
  await callPicker(page, 'pickMultiple', [{ folders: true }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await dragFolder();
  await page.waitForSelector('.fp-file-done >> nth=1');
  await shot(ctx, page, 'uploaded');
  await page.click('.fp-primary');
  const out = await outcome(page);
  equal(out.value.map((b) => b.filename).sort(), ['one.txt', 'two.txt']);
});

test('imageQuality recompresses a JPEG and imageDim upscales, before upload', async (ctx) => {
  const sharp = require('sharp');
  const noise = Buffer.alloc(160 * 120 * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 251;
  const jpeg = await sharp(noise, { raw: { width: 160, height: 120, channels: 3 } }).jpeg({ quality: 100 }).toBuffer();
  const file = writeFile(ctx, 'photo.jpg', jpeg);
  const page = await openPage(ctx);
  await callPicker(page, 'pick', [{ imageQuality: 20, imageDim: [null, 240] }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]', file);
  await shot(ctx, page, 'files-added');
  const out = await outcome(page);
  const stored = Buffer.from(await (await fetch(out.value.url)).arrayBuffer());
  const meta = await sharp(stored).metadata();
  equal([meta.format, meta.width, meta.height], ['jpeg', 320, 240], 'upscaled keeping the ratio');
  assert(stored.length < jpeg.length, 'recompressed: ' + stored.length + ' < ' + jpeg.length);
  equal(out.value.filename, 'photo.jpg');
});
