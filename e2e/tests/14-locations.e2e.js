'use strict';
const fs = require('fs');
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, png, assert, equal } = require('../lib/helpers');

/** pickAndStore of one file to `location` in the dialog; resolves with the v2 Blob and the file's path on disk. */
async function pickAndStoreTo(ctx, location, name) {
  const file = await png(ctx, name, 30, 20);
  const page = await openPage(ctx);
  await callPicker(page, 'pickAndStore', [{ mimetype: 'image/*' }, { location, path: 'e2e/' }]);
  await page.waitForSelector('.fp-dialog[role=dialog]');
  await page.setInputFiles('.fp-dialog input[type=file]:not([webkitdirectory])', [file]);
  const out = await outcome(page);
  equal(out.type, 'success', 'outcome');
  const blob = Array.isArray(out.value) ? out.value[0] : out.value;
  equal(blob.filename, name, 'filename');
  assert(/^e2e\/[^/]+_/.test(blob.key), 'key in the folder: ' + blob.key);
  const body = Buffer.from(await (await fetch(blob.url)).arrayBuffer());
  equal(body.equals(fs.readFileSync(file)), true, 'the file API serves the bytes picked');
  equal(page.__errors, [], 'page errors');
  return { blob, bytes: fs.readFileSync(file) };
}

test('pickAndStore to location Dropbox: parts staged on the page origin, the file lands at the Dropbox path', async (ctx) => {
  const { blob, bytes } = await pickAndStoreTo(ctx, 'Dropbox', 'to-dropbox.png');
  equal(blob.container, 'dropbox', 'container');
  const f = ctx.doubles.dropbox.files.get('/' + blob.key.toLowerCase());
  assert(f && f.bytes.equals(bytes), 'the Dropbox double holds the bytes at /' + blob.key);
});

test('pickAndStore to location rackspace: the file lands in the Swift container', async (ctx) => {
  const { blob, bytes } = await pickAndStoreTo(ctx, 'rackspace', 'to-swift.png');
  equal(blob.container, 'fp-e2e-rack', 'container');
  const got = ctx.doubles.swift.content('fp-e2e-rack', blob.key);
  assert(got && got.equals(bytes), 'the Swift double holds the bytes at ' + blob.key);
});

test('pickAndStore to location azure: parts go straight to Azure (Azurite), the blob holds the bytes', async (ctx) => {
  const { blob, bytes } = await pickAndStoreTo(ctx, 'azure', 'to-azure.png');
  equal(blob.container, 'fp-e2e-azure', 'container');
  const got = await ctx.doubles.azurite.service.getContainerClient('fp-e2e-azure').getBlobClient(blob.key).downloadToBuffer();
  equal(got.equals(bytes), true, 'Azurite holds the bytes at ' + blob.key);
});

test('pickAndStore to location gcs: parts go straight to the bucket (the stand-in of GCS XML API), which holds the bytes', async (ctx) => {
  const { blob, bytes } = await pickAndStoreTo(ctx, 'GCS', 'to-gcs.png');
  equal(blob.container, 'fp-e2e-gcs', 'container');
  const got = await ctx.doubles.gcs.client('fp-e2e-gcs').getBuffer(blob.key, 'fp-e2e-gcs');
  equal(got.equals(bytes), true, 'the bucket holds the bytes at ' + blob.key);
  assert(ctx.doubles.gcs.requests.some((r) => r.method === 'PUT' && r.path === '/fp-e2e-gcs/' + blob.key), 'the page PUT to the stand-in');
});
