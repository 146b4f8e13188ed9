'use strict';
const fs = require('fs');
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, events, png, assert, equal, shot } = require('../lib/helpers');

test('documented example: pickAndStore({mimetype:"image/*", multiple:true}, {location:"S3"}) stores real files, v2 shapes', async (ctx) => {
  const a = await png(ctx, 'red.png', 40, 30);
  const b = await png(ctx, 'blue.png', 20, 10);
  const page = await openPage(ctx);
  await callPicker(page, 'pickAndStore', [{ mimetype: 'image/*', multiple: true }, { location: 'S3' }]);
  await page.waitForSelector('.fp-dialog[role=dialog]');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]:not([webkitdirectory])', [a, b]);
  await shot(ctx, page, 'files-added');
  await page.waitForSelector('.fp-file-done >> nth=1');
  await shot(ctx, page, 'dialog-multiple-done');
  await page.click('.fp-primary');
  const out = await outcome(page);
  equal(out.type, 'success', 'outcome');
  const blobs = out.value;
  assert(Array.isArray(blobs) && blobs.length === 2, 'two blobs');
  const names = blobs.map((x) => x.filename).sort();
  equal(names, ['blue.png', 'red.png'], 'filenames');
  for (const blob of blobs) {
    equal(Object.keys(blob).slice(0, 4), ['url', 'filename', 'mimetype', 'size'], 'v2 key order');
    equal(blob.mimetype, 'image/png', 'mimetype');
    equal(blob.isWriteable, true, 'isWriteable');
    equal(blob.client, 'computer', 'client');
    assert(blob.url.startsWith(ctx.origin + '/api/file/'), 'file API url: ' + blob.url);
    const body = Buffer.from(await (await fetch(blob.url)).arrayBuffer());
    equal(body.equals(fs.readFileSync(blob.filename === 'red.png' ? a : b)), true, 'stored bytes equal the file');
  }
  const progress = await events(page, 'progress');
  assert(progress.length >= 2, 'progress callbacks fired');
  assert(await page.$('.fp-overlay') === null, 'dialog removed');
  equal(page.__errors, [], 'page errors');
});

test('single pick: choosing a file finishes at once; the Blob is v2-shaped', async (ctx) => {
  const a = await png(ctx, 'one.png', 8, 8);
  const page = await openPage(ctx);
  await callPicker(page, 'pick', [{}]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]', a);
  await shot(ctx, page, 'files-added');
  const out = await outcome(page);
  equal(out.type, 'success');
  equal(out.value.filename, 'one.png');
  equal(out.value.isWriteable, true);
});
