'use strict';
const fs = require('fs');
const path = require('path');
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, assert, equal, shot } = require('../lib/helpers');

/** Part MD5s are computed in a Worker running dist/filepicker.md5worker.js (a same-origin script, so also under a strict CSP). */
for (const pageName of ['plain.html', 'csp-plain.html']) {
  test('md5 of parts is computed in the md5worker script (' + pageName + ')', async (ctx) => {
    const file = path.join(ctx.files, 'six-mib.bin');
    const bytes = Buffer.alloc(6 * 1024 * 1024 + 17);
    for (let i = 0; i < bytes.length; i += 4096) bytes[i] = (i / 4096) & 255;
    fs.writeFileSync(file, bytes);
    const workers = [];
    const page = await openPage(ctx, pageName);
    page.on('worker', (w) => workers.push(w.url()));
    await callPicker(page, 'pick', [{}]);
    await page.waitForSelector('.fp-dialog');
    await shot(ctx, page, 'dialog-open');
    await page.setInputFiles('.fp-dialog input[type=file]', file);
    await shot(ctx, page, 'files-added');
    const out = await outcome(page);
    equal(out.type, 'success', 'outcome');
    assert(workers.some((u) => /\/filepicker\.md5worker\.js$/.test(u)), 'a Worker ran filepicker.md5worker.js: ' + JSON.stringify(workers));
    const body = Buffer.from(await (await fetch(out.value.url)).arrayBuffer());
    equal(body.equals(bytes), true, 'stored bytes equal the file');
    equal(page.__errors, [], 'page errors');
  });
}
