'use strict';
/**
 * The image editor (v2's CONVERT service) in real Chromium: crop by keyboard and by mouse, cropDim, cropForce, rotate,
 * filters, processImage and the convert widget, the strict-CSP page, axe-core and right-to-left. Every stored object is
 * read back from the server and decoded with sharp, so the checks are on the real bytes.
 */
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, writeFile, axe, assert, equal, shot } = require('../lib/helpers');

/** A PNG of w×h: red left half, blue right half, with a white 1-pixel grid every 4 pixels (texture for the filters). */
async function halves(ctx, name, w, h) {
  const sharp = require('sharp');
  const raw = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3;
      const grid = x % 4 === 0 || y % 4 === 0;
      const left = x < w / 2;
      raw[i] = grid ? 255 : left ? 220 : 20;
      raw[i + 1] = grid ? 255 : 30;
      raw[i + 2] = grid ? 255 : left ? 30 : 210;
    }
  }
  return writeFile(ctx, name, await sharp(raw, { raw: { width: w, height: h, channels: 3 } }).png().toBuffer());
}

/** Reads a stored file back and decodes it: width, height and raw RGB pixels. */
async function readBack(url) {
  const sharp = require('sharp');
  const buf = Buffer.from(await (await fetch(url)).arrayBuffer());
  const img = sharp(buf).removeAlpha();
  const meta = await sharp(buf).metadata();
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  return { width: meta.width, height: meta.height, format: meta.format, data, info };
}

function pixel(img, x, y) {
  const i = (y * img.info.width + x) * img.info.channels;
  return [img.data[i], img.data[i + 1], img.data[i + 2]];
}

/** The crop the editor announces: [width, height, x, y] from "Crop area: W × H pixels at X, Y". */
async function cropShown(page) {
  const text = await page.$eval('.fp-editor .fp-sr', (n) => n.textContent);
  const m = /(\d+) × (\d+)\D+(\d+), (\d+)/.exec(text);
  assert(m, 'crop status text: ' + text);
  return m.slice(1).map(Number);
}


test('editor: cropRatio via keyboard (cropForce opens it); the stored object has the cropped size', async (ctx) => {
  const file = await halves(ctx, 'kbd.png', 400, 300);
  const page = await openPage(ctx);
  await callPicker(page, 'pick', [{ cropRatio: 2, cropForce: true }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]', file);
  await shot(ctx, page, 'files-added');
  await page.waitForSelector('.fp-editor-canvas');
  await shot(ctx, page, 'editor-open');
  equal(await page.$eval('.fp-editor-note', (n) => n.textContent), 'Crop this image before uploading');
  equal(await page.evaluate(() => document.activeElement.className), 'fp-editor-canvas', 'focus on the crop area');
  equal(await page.$eval('.fp-editor-canvas', (c) => getComputedStyle(c).outlineStyle), 'solid', 'visible focus ring');
  equal(await cropShown(page), [320, 160, 40, 70], 'largest 2:1 area within a 10 % inset, centred');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowUp');
  equal(await cropShown(page), [288, 144, 40, 70], 'two 8 px steps narrower, one 8 px step lower (16 px narrower): ratio and top-left corner kept');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  equal(await cropShown(page), [288, 144, 48, 78], 'moved by one step each way');
  await page.click('.fp-editor-save');
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  equal([out.value.cropped, out.value.rotated, out.value.converted], [true, false, true], 'Blob flags');
  equal(Object.keys(out.value).slice(0, 7), ['url', 'filename', 'mimetype', 'size', 'cropped', 'rotated', 'converted']);
  equal([out.value.filename, out.value.mimetype], ['kbd.png', 'image/png']);
  const img = await readBack(out.value.url);
  equal([img.width, img.height, img.format], [288, 144, 'png'], 'stored object size');
  equal(out.value.size, (await (await fetch(out.value.url)).arrayBuffer()).byteLength, 'Blob size is the edited bytes');
});

test('editor: cropRatio via mouse drag (resize a corner, then move); Edit button in multiple mode', async (ctx) => {
  const file = await halves(ctx, 'drag.png', 400, 300);
  const page = await openPage(ctx);
  await callPicker(page, 'pickMultiple', [{ cropRatio: 1, backgroundUpload: false }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]', file);
  await shot(ctx, page, 'files-added');
  await page.waitForSelector('.fp-file .fp-edit');
  equal(await page.$eval('.fp-file .fp-edit', (b) => [b.textContent, b.getAttribute('aria-label')]), ['Edit', 'Edit drag.png']);
  await page.click('.fp-file .fp-edit');
  await page.waitForSelector('.fp-editor-canvas');
  await shot(ctx, page, 'editor-open');
  equal(await cropShown(page), [240, 240, 80, 30], 'inset from the edges, so every handle can be grabbed');
  const box = await page.$eval('.fp-editor-canvas', (c) => {
    const r = c.getBoundingClientRect();
    return { left: r.left, top: r.top, k: r.width / 400 };
  });
  // the bottom-right corner is at image (320, 270): drag it up-left by 100 image pixels
  await page.mouse.move(box.left + 320 * box.k - 1, box.top + 270 * box.k - 1);
  await page.mouse.down();
  await page.mouse.move(box.left + 270 * box.k, box.top + 220 * box.k, { steps: 4 });
  await page.mouse.move(box.left + 220 * box.k, box.top + 170 * box.k, { steps: 4 });
  await page.mouse.up();
  const resized = await cropShown(page);
  assert(Math.abs(resized[0] - 140) <= 2 && resized[0] === resized[1], 'about 140×140 and square: ' + resized);
  equal(resized.slice(2), [80, 30], 'top-left corner stayed');
  // move: grab the middle and drag right/down by 40 image pixels
  await page.mouse.move(box.left + 150 * box.k, box.top + 100 * box.k);
  await page.mouse.down();
  await page.mouse.move(box.left + 190 * box.k, box.top + 140 * box.k, { steps: 5 });
  await page.mouse.up();
  const moved = await cropShown(page);
  equal(moved.slice(0, 2), resized.slice(0, 2), 'size kept while moving');
  assert(Math.abs(moved[2] - 120) <= 2 && Math.abs(moved[3] - 70) <= 2, 'moved by about 40,40: ' + moved);
  await page.click('.fp-editor-save');
  await page.waitForSelector('.fp-primary:not([disabled])');
  await page.click('.fp-primary');
  const out = await outcome(page);
  const img = await readBack(out.value[0].url);
  equal([img.width, img.height], moved.slice(0, 2), 'stored object has the crop size');
  // the crop starts at x≈120 of a 400 px image: left of the middle is red, right is blue
  const redX = 200 - moved[2] - 3;
  assert(pixel(img, redX - (redX % 4 === 0 ? 1 : 0), 10)[0] > 150, 'red part at the left of the crop');
  assert(pixel(img, img.width - 2, 10)[2] > 150, 'blue part at the right of the crop');
});

test('editor: cropDim is a fixed area that only moves; a smaller image is filled', async (ctx) => {
  const big = await halves(ctx, 'dim-big.png', 300, 200);
  const small = await halves(ctx, 'dim-small.png', 100, 60);
  const page = await openPage(ctx);
  await callPicker(page, 'pickMultiple', [{ cropDim: [120, 80], cropForce: true }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]', [big, small]);
  await shot(ctx, page, 'files-added');
  await page.waitForSelector('.fp-editor-canvas');
  await shot(ctx, page, 'editor-open');
  equal(await cropShown(page), [120, 80, 90, 60]);
  equal(await page.$eval('.fp-editor-count', (n) => [n.textContent, n.hidden, n.getBoundingClientRect().height > 0]), ['Image 1 of 2', false, true], 'which image of how many');
  equal(await page.$eval('.fp-editor-canvas', (c) => document.getElementById(c.getAttribute('aria-describedby').split(' ')[0]).textContent), 'Image 1 of 2', 'announced with the crop area');
  equal(await page.$eval('.fp-editor .fp-hint:not([hidden])', (n) => n.textContent), 'The arrow keys move the crop area.');
  await page.keyboard.press('Shift+ArrowRight');
  equal(await cropShown(page), [120, 80, 90, 60], 'Shift+arrow does not resize');
  await page.keyboard.press('ArrowLeft');
  equal(await cropShown(page), [120, 80, 84, 60], 'arrow moves');
  await page.click('.fp-editor-save');
  await page.waitForFunction(() => /dim-small/.test((document.querySelector('.fp-editor-title') || {}).textContent || ''));
  equal(await cropShown(page), [100, 60, 0, 0], 'the area fills the smaller image');
  equal(await page.$eval('.fp-editor-count', (n) => n.textContent), 'Image 2 of 2');
  await shot(ctx, page, 'editor-second-image');
  await page.click('.fp-editor-save');
  await page.waitForSelector('.fp-file-done >> nth=1');
  await shot(ctx, page, 'uploaded');
  await page.click('.fp-primary');
  const out = await outcome(page);
  const sizes = [];
  for (const b of out.value) sizes.push([(await readBack(b.url)).width, (await readBack(b.url)).height]);
  equal(sizes, [[120, 80], [100, 60]]);
  equal(out.value.map((b) => b.cropped), [true, false], 'the filled one is not cropped');
});

test('editor: cropMax and cropMin bound the crop area by keyboard; the stored object stays within them', async (ctx) => {
  const file = await halves(ctx, 'bounds.png', 400, 300);
  const page = await openPage(ctx);
  await callPicker(page, 'pick', [{ cropMax: [200, 150], cropMin: [100, 80], cropForce: true }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]', file);
  await shot(ctx, page, 'files-added');
  await page.waitForSelector('.fp-editor-canvas');
  await shot(ctx, page, 'editor-open');
  const start = await cropShown(page);
  assert(start[0] <= 200 && start[1] <= 150 && start[0] >= 100 && start[1] >= 80, 'the first area is within cropMin..cropMax: ' + start);
  for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowRight');
  for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowDown');
  const grown = await cropShown(page);
  equal(grown.slice(0, 2), [200, 150], 'growing stops at cropMax');
  for (let i = 0; i < 30; i++) await page.keyboard.press('Shift+ArrowLeft');
  for (let i = 0; i < 30; i++) await page.keyboard.press('Shift+ArrowUp');
  const shrunk = await cropShown(page);
  equal(shrunk.slice(0, 2), [100, 80], 'shrinking stops at cropMin');
  await page.click('.fp-editor-save');
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  const img = await readBack(out.value.url);
  equal([img.width, img.height], [100, 80], 'stored object size');
});

test('editor: cropForce holds images until saved, Cancel removes the file, other files upload meanwhile', async (ctx) => {
  const a = await halves(ctx, 'force-a.png', 64, 64);
  const b = await halves(ctx, 'force-b.png', 64, 64);
  const txt = writeFile(ctx, 'force.txt', 'not an image');
  const page = await openPage(ctx);
  await callPicker(page, 'pickMultiple', [{ cropForce: true }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]', [a, b, txt]);
  await shot(ctx, page, 'files-added');
  await page.waitForSelector('.fp-editor-canvas');
  await shot(ctx, page, 'editor-open');
  // the text file does not wait for the editor
  await page.waitForFunction(() => document.querySelectorAll('.fp-file-done').length === 1);
  equal(await page.$$eval('.fp-file', (rows) => rows.map((r) => r.className.replace('fp-file ', ''))), ['fp-file-waiting', 'fp-file-waiting', 'fp-file-done']);
  equal(await page.$eval('.fp-body', (n) => n.hidden), true, 'the editor replaces the body');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => /force-b/.test((document.querySelector('.fp-editor-title') || {}).textContent || ''));
  equal(await page.$$eval('.fp-file-name', (n) => n.map((e) => e.textContent)), ['force-b.png', 'force.txt'], 'Escape in the editor = Cancel: the file is removed, the dialog stays');
  equal(await page.evaluate(() => window.__events.filter((e) => e.type !== 'progress').length), 0, 'no callback yet');
  equal(await page.$eval('.fp-primary', (p) => p.disabled), true, 'cannot finish while an image waits');
  await page.click('.fp-editor-save');
  await page.waitForSelector('.fp-file-done >> nth=1');
  await shot(ctx, page, 'uploaded');
  await page.click('.fp-primary');
  const out = await outcome(page);
  equal(out.value.map((f) => f.filename), ['force-b.png', 'force.txt']);
  equal([out.value[0].cropped, out.value[0].converted], [true, true], 'with cropForce the first crop area is the crop');
  equal('cropped' in out.value[1], false, 'no editor flags for a text file');
});

test('editor: rotate right turns the stored image; a running background upload is redone with the edit', async (ctx) => {
  const file = await halves(ctx, 'rot.png', 200, 100);
  const page = await openPage(ctx);
  await callPicker(page, 'pickMultiple', [{ conversions: ['rotate'] }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]', file);
  await shot(ctx, page, 'files-added');
  await page.waitForSelector('.fp-file-done');
  await shot(ctx, page, 'uploaded');
  const first = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /multipart\/complete/.test(r.name)).length);
  await page.click('.fp-file .fp-edit');
  await page.waitForSelector('.fp-rotate-right');
  equal(await page.$$eval('.fp-editor-tools button', (n) => n.map((b) => b.textContent)), ['Rotate left', 'Rotate right']);
  equal(await page.$eval('.fp-editor-canvas', (c) => [c.getAttribute('role'), c.hasAttribute('tabindex')]), ['img', false], 'no crop tool: the canvas is a picture');
  await page.click('.fp-rotate-right');
  equal(await page.$eval('.fp-editor-canvas', (c) => c.width < c.height), true, 'the preview turned');
  await page.click('.fp-editor-save');
  await page.waitForSelector('.fp-file-done');
  await shot(ctx, page, 'uploaded');
  await page.waitForFunction((n) => performance.getEntriesByType('resource').filter((r) => /multipart\/complete/.test(r.name)).length > n, first);
  await page.click('.fp-primary');
  const out = await outcome(page);
  equal([out.value[0].cropped, out.value[0].rotated, out.value[0].converted], [false, true, true]);
  const img = await readBack(out.value[0].url);
  equal([img.width, img.height], [100, 200]);
  // clockwise: the red left half is now on top, the blue right half at the bottom
  assert(pixel(img, 50, 30)[0] > 150 && pixel(img, 50, 30)[2] < 100, 'red on top: ' + pixel(img, 50, 30));
  assert(pixel(img, 50, 170)[2] > 150 && pixel(img, 50, 170)[0] < 100, 'blue at the bottom: ' + pixel(img, 50, 170));
});

test('editor: editing an already uploaded file leaves only the edited copy stored; a removed upload is deleted too', async (ctx) => {
  const file = await halves(ctx, 'orphan.png', 120, 60);
  const other = await halves(ctx, 'removed.png', 40, 40);
  const page = await openPage(ctx);
  const completed = [];
  page.on('response', (r) => {
    if (/\/multipart\/complete$/.test(r.url()) && r.status() === 200) completed.push(r.json());
  });
  const keys = async () => (await ctx.server.storage.listObjects()).map((o) => o.key);
  /** Whether the file API answers 404 for `handle` within 10 s (the dialog removes copies in the background). */
  const gone = async (handle) => {
    for (let t = Date.now(); Date.now() - t < 10000; await new Promise((r) => setTimeout(r, 100))) {
      if ((await fetch(ctx.origin + '/api/file/' + handle)).status === 404) return true;
    }
    return false;
  };
  await callPicker(page, 'pickMultiple', [{ conversions: ['rotate'] }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]', [file, other]);
  await shot(ctx, page, 'files-added');
  await page.waitForSelector('.fp-file-done >> nth=1');
  await shot(ctx, page, 'uploaded');
  const [first, second] = await Promise.all(completed);
  const byName = {};
  for (const f of [first, second]) byName[f.filename] = f;
  const original = byName['orphan.png'];
  const removed = byName['removed.png'];
  assert(original && removed && original.key && removed.key, 'both uploads completed: ' + JSON.stringify([first, second]));
  equal((await keys()).filter((k) => k === original.key || k === removed.key).length, 2, 'both stored');
  // remove the uploaded removed.png from the list: its stored object goes
  await page.click('.fp-file:has-text("removed.png") .fp-remove');
  assert(await gone(removed.handle), 'the removed upload answers 404');
  // edit the uploaded orphan.png: Save stores the edited copy, then the first copy goes
  await page.click('.fp-file .fp-edit');
  await page.waitForSelector('.fp-rotate-right');
  await page.click('.fp-rotate-right');
  await page.click('.fp-editor-save');
  await page.waitForFunction(() => document.querySelectorAll('.fp-file-done').length === 1);
  await page.click('.fp-primary');
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  equal(out.value.length, 1);
  assert(out.value[0].url !== original.url, 'a new file');
  assert(await gone(original.handle), 'the first copy answers 404');
  const img = await readBack(out.value[0].url);
  equal([img.width, img.height], [60, 120], 'the result is the edited copy, still there');
  const now = await keys();
  equal([now.indexOf(original.key) >= 0, now.indexOf(removed.key) >= 0], [false, false], 'neither object left in storage');
  equal(completed.length, 3, 'three uploads completed: two first copies and the edited one');
  const edited = await completed[2];
  equal(now.filter((k) => k === edited.key).length, 1, 'the edited copy is the one object kept');
});

test('editor: blur and sharpen really change the pixels', async (ctx) => {
  const file = await halves(ctx, 'filt.png', 120, 80);
  const sharp = require('sharp');
  const original = await sharp(file).removeAlpha().raw().toBuffer();
  const diff = (data) => {
    let n = 0;
    for (let i = 0; i < data.length; i++) if (Math.abs(data[i] - original[i]) > 8) n++;
    return n / data.length;
  };
  const results = {};
  for (const f of ['blur', 'sharpen']) {
    const page = await openPage(ctx);
    await callPicker(page, 'pick', [{ conversions: ['filter'], cropForce: true }]);
    await page.waitForSelector('.fp-dialog');
    await shot(ctx, page, 'dialog-open');
    await page.setInputFiles('.fp-dialog input[type=file]', file);
    await shot(ctx, page, 'files-added');
    await page.waitForSelector('.fp-filter-' + f);
    await page.click('.fp-filter-' + f);
    equal(await page.$eval('.fp-filter-' + f, (b) => b.getAttribute('aria-pressed')), 'true');
    await page.click('.fp-editor-save');
    const out = await outcome(page);
    equal([out.value.cropped, out.value.rotated, out.value.converted], [false, false, true]);
    const img = await readBack(out.value.url);
    equal([img.width, img.height], [120, 80]);
    results[f] = diff(img.data);
    await page.close();
  }
  assert(results.blur > 0.2, 'blur changed many pixels: ' + results.blur);
  assert(results.sharpen > 0.05, 'sharpen changed pixels: ' + results.sharpen);
});

/** Stores bytes on the reference server (store API) and returns the v2 Blob JSON. */
async function storeOnServer(ctx, name, type, bytes) {
  const res = await fetch(ctx.origin + '/api/store/S3?key=demo&filename=' + encodeURIComponent(name) + '&mimetype=' + encodeURIComponent(type), { method: 'POST', headers: { 'Content-Type': type }, body: bytes });
  assert(res.ok, 'store on server: HTTP ' + res.status);
  return res.json();
}

test('editor: processImage opens the stored image in the editor and stores the edited copy', async (ctx) => {
  const fs = require('fs');
  const stored = await storeOnServer(ctx, 'remote.png', 'image/png', fs.readFileSync(await halves(ctx, 'remote.png', 160, 120)));
  const head = await fetch(stored.url);
  equal(head.headers.get('access-control-allow-origin'), '*', 'the file API answers GET with CORS');
  const page = await openPage(ctx);
  await callPicker(page, 'processImage', [stored.url, { cropRatio: 1, conversions: ['crop', 'rotate'] }]);
  await page.waitForSelector('.fp-editor-canvas');
  await shot(ctx, page, 'editor-open');
  equal(await page.$eval('.fp-editor-title', (n) => n.textContent), 'Edit remote.png', 'name from Content-Disposition');
  equal(await cropShown(page), [96, 96, 32, 12]);
  await page.keyboard.press('Shift+ArrowLeft');
  await page.click('.fp-editor-save');
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  assert(out.value.url !== stored.url, 'a new file');
  equal([out.value.filename, out.value.mimetype, out.value.cropped, out.value.client], ['remote.png', 'image/png', true, 'computer']);
  const img = await readBack(out.value.url);
  equal([img.width, img.height], [93, 93], 'one step (3 px) smaller, square');
  await callPicker(page, 'processImage', [stored.url]);
  await page.waitForSelector('.fp-editor-canvas');
  await shot(ctx, page, 'editor-open');
  await page.click('.fp-editor-cancel');
  await page.waitForFunction(() => window.__events.filter((e) => e.type === 'error').length === 1);
  equal(await page.evaluate(() => window.__events.filter((e) => e.type === 'error')[0].code), 101, 'Cancel = the user closed it');
  equal(await page.$('.fp-dialog'), null, 'dialog gone');
  await page.evaluate(() => (window.__events = []));
  await callPicker(page, 'processImage', [ctx.origin + '/api/file/doesnotexist']);
  equal((await outcome(page)).code, 141, 'missing file');
});

test('editor: the filepicker-convert widget edits and writes the new URL into the input', async (ctx) => {
  const fs = require('fs');
  const stored = await storeOnServer(ctx, 'widget.jpg', 'image/jpeg', await require('sharp')(await halves(ctx, 'w.png', 90, 60)).jpeg().toBuffer());
  const page = await ctx.browser.newPage();
  const html = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>convert</title><script src="/e2e/setup.js"></script><script src="/dist/filepicker.js"></script></head><body><main>' +
    '<input type="filepicker-convert" id="c" data-fp-crop-ratio="1" data-fp-url="' + stored.url + '" onchange="window.__changed = this.value"></main></body></html>';
  await page.route(ctx.origin + '/e2e/convert-widget.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(ctx.origin + '/e2e/convert-widget.html');
  await page.evaluate(() => window.filepicker.setKey('demo'));
  await page.waitForSelector('#c + button');
  await page.click('#c + button');
  await page.waitForSelector('.fp-editor-canvas');
  await shot(ctx, page, 'editor-open');
  equal(await cropShown(page), [48, 48, 21, 6]);
  await page.click('.fp-editor-save');
  await page.waitForFunction(() => !!window.__changed);
  const url = await page.evaluate(() => window.__changed);
  assert(url !== stored.url && url === (await page.$eval('#c', (i) => i.value)), 'the input holds the new URL');
  const img = await readBack(url);
  equal([img.width, img.height, img.format], [48, 48, 'jpeg'], 'cropped, still a JPEG');
  assert(fs.existsSync(ctx.files), 'fixtures');
});

test("editor: works on the default-src 'self' page with no violation and no style attribute", async (ctx) => {
  const file = await halves(ctx, 'csp-edit.png', 200, 120);
  const page = await openPage(ctx, 'csp-plain.html');
  await callPicker(page, 'pick', [{ cropRatio: 1, cropForce: true, conversions: ['crop', 'rotate', 'filter'] }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]', file);
  await shot(ctx, page, 'files-added');
  await page.waitForSelector('.fp-editor-canvas');
  await shot(ctx, page, 'editor-open');
  equal(await page.$eval('.fp-editor-stage', (n) => getComputedStyle(n).display), 'flex', 'editor styles applied');
  await page.click('.fp-filter-sharpen');
  await page.click('.fp-rotate-left');
  await page.focus('.fp-editor-canvas');
  await page.keyboard.press('Shift+ArrowUp');
  const shown = await cropShown(page);
  equal(await page.$$eval('[style]', (n) => n.map((e) => e.tagName)), [], 'no style attributes');
  await page.click('.fp-editor-save');
  const out = await outcome(page);
  const img = await readBack(out.value.url);
  equal([img.width, img.height], shown.slice(0, 2));
  equal(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  equal(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /\/dist\/chunks\/editor\.js$/.test(r.name))), true, 'the editor came as its own chunk');
});

test('editor: axe-core finds no violations in the open editor; screenshot; Hebrew lays out right to left', async (ctx) => {
  const file = await halves(ctx, 'axe-edit.png', 320, 200);
  const page = await openPage(ctx);
  await callPicker(page, 'pickMultiple', [{ cropRatio: 4 / 3, conversions: ['crop', 'rotate', 'filter'], backgroundUpload: false }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]', file);
  await shot(ctx, page, 'files-added');
  await page.click('.fp-file .fp-edit');
  await page.waitForSelector('.fp-editor-canvas');
  await shot(ctx, page, 'editor-open');
  await page.keyboard.press('Shift+ArrowLeft');
  await shot(ctx, page, 'editor');
  equal(await axe(page, '.fp-dialog'), [], 'open editor');
  equal(await page.$eval('.fp-editor-canvas', (c) => [c.getAttribute('aria-label'), c.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id).textContent.length > 0)]), ['Crop area', [true, true]]);
  await page.keyboard.press('Escape');
  equal(await page.$('.fp-editor'), null, 'Escape closes the editor');
  equal(await page.evaluate(() => document.activeElement.className), 'fp-btn fp-small fp-edit', 'focus back on Edit');
  equal(await page.$eval('.fp-dialog', (n) => !!n), true, 'the dialog stays');

  const he = await openPage(ctx);
  await callPicker(he, 'pickMultiple', [{ language: 'he', conversions: ['crop', 'rotate', 'filter'], backgroundUpload: false }]);
  await he.waitForSelector('.fp-dialog');
  await shot(ctx, he, 'dialog-open');
  await he.setInputFiles('.fp-dialog input[type=file]', file);
  await shot(ctx, he, 'files-added');
  await he.waitForFunction(() => document.querySelector('.fp-file .fp-edit').textContent === 'עריכה');
  await he.click('.fp-file .fp-edit');
  await he.waitForSelector('.fp-editor-canvas');
  await shot(ctx, he, 'editor-open');
  await he.waitForFunction(() => document.querySelector('.fp-editor-save').textContent === 'שמירה');
  const boxes = await he.evaluate(() => {
    const r = (s) => document.querySelector(s).getBoundingClientRect();
    return { save: r('.fp-editor-save'), cancel: r('.fp-editor-cancel'), rotL: r('.fp-rotate-left'), rotR: r('.fp-rotate-right'), title: (() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('.fp-editor-title'));
      return range.getBoundingClientRect();
    })(), dialog: r('.fp-dialog'), dir: document.querySelector('.fp-dialog').getAttribute('dir') };
  });
  equal(boxes.dir, 'rtl');
  assert(boxes.save.right <= boxes.cancel.left, 'Save left of Cancel in RTL');
  assert(boxes.rotR.right <= boxes.rotL.left, 'tools run right to left');
  assert(boxes.cancel.right < boxes.rotR.left, 'actions at the left end, tools at the right');
  assert(boxes.dialog.right - boxes.title.right < 40 && boxes.title.left - boxes.dialog.left > 200, 'the title text sits at the right');
  await shot(ctx, he, 'editor-he');
  equal(await axe(he, '.fp-dialog'), [], 'Hebrew editor');
});
