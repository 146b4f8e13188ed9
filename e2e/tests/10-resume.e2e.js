'use strict';
const { createHash, randomBytes } = require('crypto');
const fs = require('fs');
const path = require('path');
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, assert, equal, shot } = require('../lib/helpers');

const MIB = 1024 * 1024;
const SIZE = 200 * MIB;
// the part size the engine picks for a file this large when the page sets none (src/upload/options.ts choosePartSize)
const PART = 20 * MIB;
const PARTS = Math.ceil(SIZE / PART);

/** The engine's resume records in the page's IndexedDB (opened as the engine opens it, so nothing is created twice). */
function records(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const req = indexedDB.open('filepicker-resume', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('uploads', { keyPath: 'key' });
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const all = db.transaction('uploads').objectStore('uploads').getAll();
      all.onsuccess = () => { db.close(); resolve(all.result); };
      all.onerror = () => { db.close(); reject(all.error); };
    };
  }));
}

/** Part numbers of the part PUTs the page sends from now on. */
function countPuts(page) {
  const parts = [];
  page.on('request', (r) => {
    if (r.method() !== 'PUT') return;
    const n = new URL(r.url()).searchParams.get('partNumber');
    if (n) parts.push(Number(n));
  });
  return parts;
}

async function pickFile(ctx, page, file) {
  await callPicker(page, 'pickAndStore', [{}, { location: 'S3' }]);
  await page.waitForSelector('.fp-dialog[role=dialog]');
  await shot(ctx, page, 'dialog-open');
  await page.setInputFiles('.fp-dialog input[type=file]:not([webkitdirectory])', file);
  await shot(ctx, page, 'files-added');
}

function sha256(buf) {
  return createHash('sha256').update(buf).digest('hex');
}

test('10-resume: a 200 MiB pickAndStore continues after a page reload, sending only the missing parts; the stored file is byte-identical', async (ctx) => {
  const file = path.join(ctx.files, 'resume-200mib.bin');
  const bytes = randomBytes(SIZE);
  fs.writeFileSync(file, bytes);
  // about 4 MB/s per part PUT (5 at a time): the upload takes long enough to be interrupted after some parts
  ctx.server.faults.set({ part: { rate: 1, fault: { kind: 'slow', bytesPerSecond: 4e6 } } });

  const page = await openPage(ctx);
  const before = countPuts(page);
  await pickFile(ctx, page, file);
  let stored = [];
  for (let i = 0; i < 600 && stored.length < 5; i++) {
    await page.waitForTimeout(100);
    const r = await records(page);
    stored = r.length ? r[0].parts : [];
  }
  assert(stored.length >= 5, 'five parts (the first of each slot) were recorded before the reload: ' + stored.length);
  await shot(ctx, page, 'uploading');
  await page.reload();
  await page.waitForFunction(() => !!(window.filepicker && window.filepicker.pickAndStore));
  await page.evaluate(() => { window.filepicker.setKey('demo'); window.__events = []; });

  const remembered = await records(page);
  equal(remembered.length, 1, 'one record after the reload');
  const rec = remembered[0];
  equal([rec.size, rec.partSize], [SIZE, PART], 'size and part size');
  assert(!/policy|signature/i.test(JSON.stringify(rec)), 'no policy or signature in the record');
  const held = rec.parts.map((p) => p.n).sort((a, b) => a - b);
  assert(held.length >= 5 && held.length < PARTS, 'some parts, not all, stored before the reload: ' + held.length);
  const sentBefore = before.length;

  const after = countPuts(page);
  await pickFile(ctx, page, file);
  const out = await outcome(page, 120000);
  equal(out.type, 'success', 'outcome: ' + JSON.stringify(out.value));
  const missing = [];
  for (let n = 1; n <= PARTS; n++) if (held.indexOf(n) < 0) missing.push(n);
  equal(after.slice().sort((a, b) => a - b), missing, 'after the reload exactly the missing parts were sent, once each');
  process.stdout.write('    parts: ' + PARTS + ', PUTs before the reload ' + sentBefore + ' (' + held.length + ' stored), after ' + after.length + '\n');

  const blob = out.value[0];
  equal(blob.size, SIZE, 'size');
  const body = Buffer.from(await (await fetch(blob.url)).arrayBuffer());
  equal(sha256(body), sha256(bytes), 'the stored object is byte-identical to the file');
  equal(await records(page), [], 'the record is removed once the file is stored');
  equal(page.__errors, [], 'page errors');
}, { timeout: 240000 });
