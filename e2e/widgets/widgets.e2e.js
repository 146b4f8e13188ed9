'use strict';
/**
 * The v2 HTML widgets and makeDropPane in real Chromium, against the reference server: each widget kind, a real
 * DataTransfer drop, the export download, responsive images, the async-loader stub and a `default-src 'self'` page.
 * Pages are served from memory at this origin (`/e2e/widgets-*.html`) through a page route.
 */
const fs = require('fs');
const { test } = require('../lib/harness');
const { png, assert, equal } = require('../lib/helpers');

const HEAD = '<meta charset="utf-8"><title>widgets</title><script src="/e2e/setup.js"></script>';

/** Opens `/e2e/<name>` serving `body` (the library is loaded at the end of <head> unless `script` says otherwise). */
async function openHtml(ctx, name, body, opts) {
  const o = opts || {};
  const page = await ctx.browser.newPage();
  page.__errors = [];
  page.on('pageerror', (e) => page.__errors.push(String(e)));
  const headers = o.csp ? { 'Content-Security-Policy': "default-src 'self'" } : {};
  const script = o.script === undefined ? '<script src="/dist/filepicker.js"></script>' : o.script;
  const html = '<!doctype html><html lang="en"><head>' + HEAD + (o.head || '') + script + '</head><body><main>' + body + '</main></body></html>';
  await page.route(ctx.origin + '/e2e/' + name, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: html }));
  for (const extra of o.files || []) {
    await page.route(ctx.origin + '/e2e/' + extra.name, (route) => route.fulfill({ status: 200, contentType: 'application/javascript', body: extra.body }));
  }
  if (o.onPage) o.onPage(page);
  await page.goto(ctx.origin + '/e2e/' + name);
  await page.waitForFunction(() => !!(window.filepicker && window.filepicker.makeDropPane));
  return page;
}

/** Stores bytes on the reference server (store API) and returns the v2 Blob JSON. */
async function storeOnServer(ctx, name, type, bytes) {
  const res = await fetch(ctx.origin + '/api/store/S3?key=demo&filename=' + encodeURIComponent(name) + '&mimetype=' + encodeURIComponent(type), { method: 'POST', headers: { 'Content-Type': type }, body: bytes });
  assert(res.ok, 'store on server: HTTP ' + res.status);
  return res.json();
}

/** Drops files (path list) on `selector` with a real DataTransfer, after a dragenter. */
async function dropFiles(page, selector, files) {
  const payload = files.map((f) => ({ name: f.name, type: f.type, b64: fs.readFileSync(f.path).toString('base64') }));
  const dt = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const bin = atob(f.b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      transfer.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return transfer;
  }, payload);
  await page.dispatchEvent(selector, 'dragenter', { dataTransfer: dt });
  await page.dispatchEvent(selector, 'dragover', { dataTransfer: dt });
  await page.dispatchEvent(selector, 'drop', { dataTransfer: dt });
}

const ONCHANGE = 'onchange="window.__changes.push({value: this.value, file: event.fpfile && event.fpfile.filename, count: event.fpfiles && event.fpfiles.length})"';
const RECORDER = '<script>window.__changes = [];</script>';

test('widgets: pick widget opens the real dialog; the chosen file lands in value and the change event', async (ctx) => {
  const file = await png(ctx, 'widget-pick.png', 12, 9);
  const page = await openHtml(ctx, 'widgets-pick.html', '<input type="filepicker" id="w" data-fp-apikey="demo" data-fp-mimetype="image/*" ' + ONCHANGE + '>', { head: RECORDER });
  const button = await page.$('#w + button');
  equal(await button.evaluate((b) => [b.textContent, b.className, b.type]), ['Pick File', 'fp__btn', 'button'], 'button');
  equal(await page.$eval('#w', (i) => getComputedStyle(i).display), 'none', 'input hidden');
  await button.click();
  await page.waitForSelector('.fp-dialog[role=dialog]');
  await page.setInputFiles('.fp-dialog input[type=file]:not([webkitdirectory])', file);
  await page.waitForFunction(() => window.__changes.length === 1, null, { timeout: 20000 });
  const change = (await page.evaluate(() => window.__changes))[0];
  equal(change.file, 'widget-pick.png', 'event.fpfile');
  equal(change.count, 1, 'event.fpfiles');
  assert(change.value.startsWith(ctx.origin + '/api/file/'), 'value is the file URL: ' + change.value);
  const body = Buffer.from(await (await fetch(change.value)).arrayBuffer());
  equal(body.equals(fs.readFileSync(file)), true, 'stored bytes');
  await page.screenshot({ path: ctx.artifacts + '/widget-pick-done.png' });
  equal(page.__errors, [], 'page errors');
});

test('widgets: drag widget stores a real drop, shows progress then the names, and clears', async (ctx) => {
  const a = await png(ctx, 'drop-a.png', 10, 10);
  const b = await png(ctx, 'drop-b.png', 20, 10);
  const page = await openHtml(ctx, 'widgets-drag.html', '<input type="filepicker-dragdrop" id="w" data-fp-apikey="demo" data-fp-multiple="true" data-fp-extensions=".PNG" ' + ONCHANGE + '>', { head: RECORDER });
  equal(await page.$eval('#w + div', (d) => [d.className, d.children[0].textContent, d.children[1].textContent]), ['fp-drag-widget', 'Pick File', 'Or drop files here'], 'drag widget DOM');
  await dropFiles(page, '#w + div .fp-drop-zone', [{ path: a, name: 'drop-a.png', type: 'image/png' }, { path: b, name: 'drop-b.png', type: 'image/png' }]);
  await page.waitForFunction(() => window.__changes.length === 1, null, { timeout: 20000 });
  const change = (await page.evaluate(() => window.__changes))[0];
  equal(change.count, 2, 'two files');
  const urls = change.value.split(',');
  equal(urls.length, 2, 'two URLs in value');
  for (const [i, p] of [[0, a], [1, b]]) {
    const body = Buffer.from(await (await fetch(urls[i])).arrayBuffer());
    equal(body.equals(fs.readFileSync(p)), true, 'stored bytes of ' + p);
  }
  equal(await page.$eval('.fp-drop-zone', (z) => z.firstChild.textContent), 'drop-a.png, drop-b.png', 'names shown');
  await page.screenshot({ path: ctx.artifacts + '/widget-drag-done.png' });
  await page.click('.fp-drop-zone__clear');
  equal(await page.evaluate(() => [window.__changes.length, window.__changes[1].value, window.__changes[1].file]), [2, '', null], 'cleared');
  equal(page.__errors, [], 'page errors');
});

test('widgets: makeDropPane rejects a wrong type, then stores an accepted drop, disabled meanwhile', async (ctx) => {
  const a = await png(ctx, 'pane.png', 30, 30);
  const txt = ctx.files + '/pane.txt';
  fs.writeFileSync(txt, 'not an image');
  const page = await openHtml(ctx, 'widgets-pane.html', '<div id="pane" tabindex="0">drop here</div>');
  await page.evaluate(() => {
    window.filepicker.setKey('demo');
    window.__log = [];
    window.__made = window.filepicker.makeDropPane(document.getElementById('pane'), {
      mimetype: 'image/*', path: 'panes/',
      dragEnter: () => window.__log.push(['enter']),
      onStart: (f) => window.__log.push(['start', f.length]),
      onProgress: (n) => window.__log.push(['progress', n, document.getElementById('pane').getAttribute('disabled')]),
      onSuccess: (b) => window.__log.push(['success', b]),
      onError: (t, m) => window.__log.push(['error', t, m]),
    });
  });
  equal(await page.evaluate(() => window.__made), true, 'returns true');
  // the pane is wired once the widgets part (chunks/widgets.js) is in: until then a drag is held, not reported. Asked
  // of the pane itself (a drag entering calls dragEnter), not of Resource Timing, which has no entry for a part an
  // earlier page of the run left in the browser's memory cache.
  await page.waitForFunction(() => {
    const pane = document.getElementById('pane');
    pane.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: new DataTransfer() }));
    pane.dispatchEvent(new DragEvent('dragleave', { bubbles: true, cancelable: true, dataTransfer: new DataTransfer() }));
    return window.__log.some((l) => l[0] === 'enter');
  }, null, { polling: 50, timeout: 20000 });
  await dropFiles(page, '#pane', [{ path: txt, name: 'pane.txt', type: 'text/plain' }]);
  await dropFiles(page, '#pane', [{ path: a, name: 'pane.png', type: 'image/png' }]);
  await page.waitForFunction(() => window.__log.some((l) => l[0] === 'success'), null, { timeout: 20000 });
  const log = await page.evaluate(() => window.__log);
  equal(log.filter((l) => l[0] === 'error'), [['error', 'WrongType', "pane.txt isn't the right type of file"]], 'wrong type');
  equal(log.find((l) => l[0] === 'start'), ['start', 1], 'onStart');
  const progress = log.filter((l) => l[0] === 'progress');
  assert(progress.length > 0 && progress.every((l) => l[2] === 'disabled' && l[1] >= 0 && l[1] <= 100), 'progress while disabled: ' + JSON.stringify(progress));
  const blob = log.find((l) => l[0] === 'success')[1][0];
  equal([blob.filename, blob.mimetype], ['pane.png', 'image/png'], 'blob');
  const body = Buffer.from(await (await fetch(blob.url)).arrayBuffer());
  equal(body.equals(fs.readFileSync(a)), true, 'stored bytes');
  equal(await page.$eval('#pane', (p) => p.hasAttribute('disabled')), false, 're-enabled');
  equal(page.__errors, [], 'page errors');
});

test('widgets: export button downloads the file through the save dialog', async (ctx) => {
  const stored = await storeOnServer(ctx, 'report.txt', 'text/plain', 'export me');
  const page = await openHtml(ctx, 'widgets-export.html', '<a id="x" href="#" data-fp-apikey="demo" data-fp-url="' + stored.url + '" data-fp-suggestedFilename="my report.txt">Save</a>');
  await page.click('#x');
  await page.waitForSelector('[role=dialog][aria-modal=true]');
  equal(await page.evaluate(() => document.activeElement.textContent), 'Download to this computer', 'focus in dialog');
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => (await window.axe.run(document.querySelector('[role=dialog]'))).violations.map((v) => v.id + ': ' + v.help));
  equal(violations, [], 'axe violations in the save dialog');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  equal(await page.evaluate(() => document.activeElement.textContent), 'Download to this computer', 'Tab stays in the dialog');
  await page.screenshot({ path: ctx.artifacts + '/widget-export-dialog.png' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download to this computer')]);
  equal(download.suggestedFilename(), 'my report.txt', 'download name');
  const saved = await download.path();
  equal(fs.readFileSync(saved, 'utf8'), 'export me', 'downloaded bytes');
  equal(await page.$('[role=dialog]'), null, 'dialog closed');
  equal(page.__errors, [], 'page errors');
});

test('widgets: export of a file on another origin downloads without leaving the page; a relative data-fp-url is the page\'s', async (ctx) => {
  const stored = await storeOnServer(ctx, 'far.txt', 'text/plain', 'from afar');
  // the same server under another host name: another origin for the browser
  const far = stored.url.replace('//127.0.0.1:', '//localhost:');
  const handle = stored.url.split('/').pop();
  const page = await openHtml(ctx, 'widgets-export-far.html',
    '<a id="far" href="#" data-fp-apikey="demo" data-fp-url="' + far + '">Save far</a>' +
    '<a id="rel" href="#" data-fp-url="../api/file/' + handle + '">Save here</a>');
  // the harness lets nothing but its own origin through: answer the other host name from the same server
  const farRequests = [];
  await page.route(far.replace(/\/api\/file\/.*$/, '/**'), async (route) => {
    farRequests.push(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: route.request().url().replace('//localhost:', '//127.0.0.1:') }) });
  });
  await page.evaluate(() => { window.__stillHere = true; });
  const before = page.url();
  await page.click('#far');
  await page.waitForSelector('[role=dialog][aria-modal=true]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download to this computer')]);
  equal(download.suggestedFilename(), 'far.txt', 'download name (from the file API)');
  equal(fs.readFileSync(await download.path(), 'utf8'), 'from afar', 'downloaded bytes');
  await new Promise((r) => setTimeout(r, 300));
  equal([page.url(), await page.evaluate(() => window.__stillHere)], [before, true], 'the page did not navigate');
  equal(farRequests, [far + '?dl=true'], 'one request for the far file');
  await page.click('#rel');
  await page.waitForSelector('[role=dialog][aria-modal=true]');
  const [second] = await Promise.all([page.waitForEvent('download'), page.click('text=Download to this computer')]);
  equal(fs.readFileSync(await second.path(), 'utf8'), 'from afar', 'relative data-fp-url resolved against the page');
  equal(await page.evaluate(() => window.__stillHere), true, 'still on the page');
  equal(page.__errors, [], 'page errors');
});

test('widgets: preview, convert button and responsive image (resize URL follows the viewport)', async (ctx) => {
  const stored = await storeOnServer(ctx, 'pic.png', 'image/png', fs.readFileSync(await png(ctx, 'pic.png', 64, 48)));
  const requests = [];
  const page = await openHtml(ctx, 'widgets-misc.html',
    '<div id="p" type="filepicker-preview" data-fp-url="' + stored.url + '"></div>' +
    '<input type="filepicker-convert" id="c" data-fp-url="' + stored.url + '">' +
    '<div id="box"><img id="r" alt="" style="width:100%" data-fp-apikey="demo" data-fp-src="' + stored.url + '"></div>', { onPage: (p) => p.on('request', (r) => requests.push(r.url())) });
  equal(await page.$eval('#p iframe', (f) => f.getAttribute('src')), stored.url, 'preview iframe');
  equal(await page.$eval('#c + button', (b) => b.textContent), 'Convert File', 'convert button');
  const resizeUrl = (w) => ctx.origin + '/process/demo/resize=width:' + Math.ceil(w / 10) * 10 + '/' + stored.url;
  const width = await page.$eval('#box', (b) => b.offsetWidth);
  const waitRequest = async (u) => {
    const end = Date.now() + 10000;
    while (!requests.includes(u) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    assert(requests.includes(u), 'requested ' + u + '; seen: ' + requests.filter((x) => /process/.test(x)).join(' '));
  };
  await waitRequest(resizeUrl(width));
  await page.setViewportSize({ width: 500, height: 600 });
  const width2 = await page.$eval('#box', (b) => b.offsetWidth);
  assert(width2 !== width, 'the box got narrower');
  await waitRequest(resizeUrl(width2));
  // the reference server answers the resize URL with an image, or the previous source is restored on error
  const src = await page.$eval('#r', (i) => i.getAttribute('src'));
  assert(src === resizeUrl(width2) || src === stored.url, 'img src: ' + src);
  equal(page.__errors, [], 'page errors');
});

test('widgets: async-loader stub with a late async script: queued calls replayed, widgets built once', async (ctx) => {
  const stub = "(function(){var fp={_queue:[]};['setKey','pick','constructWidget','makeDropPane'].forEach(function(m){fp[m]=function(){fp._queue.push([m,arguments]);};});window.filepicker=fp;})();" +
    "document.addEventListener('DOMContentLoaded',function(){filepicker.setKey('demo');filepicker.constructWidget(document.getElementById('w'));" +
    "window.__made=filepicker.makeDropPane(document.getElementById('pane'),{onError:function(t){window.__paneErr=t;}});" +
    "setTimeout(function(){var s=document.createElement('script');s.src='/dist/filepicker.js';s.async=true;document.head.appendChild(s);},300);});";
  const page = await openHtml(ctx, 'widgets-async.html', '<input type="filepicker" id="w" data-fp-debug="true"><div id="pane">pane</div>', {
    script: '<script src="/e2e/widgets-stub.js"></script>', files: [{ name: 'widgets-stub.js', body: stub }],
  });
  await page.waitForFunction(() => !('_queue' in window.filepicker));
  // the widgets are built once their on-demand part (chunks/widgets.js) is in
  await page.waitForFunction(() => document.querySelectorAll('button.fp__btn').length > 0);
  await page.waitForTimeout(200);
  equal(await page.$$eval('button.fp__btn', (b) => b.length), 1, 'one button');
  await page.click('#w + button');
  await page.waitForFunction(() => document.getElementById('w').value !== '');
  assert((await page.$eval('#w', (i) => i.value)).endsWith('/-nBq2onTSemLBxlcBWn1'), 'debug result in value');
  const dt = await page.evaluateHandle(() => new DataTransfer());
  await page.dispatchEvent('#pane', 'drop', { dataTransfer: dt });
  equal(await page.evaluate(() => window.__paneErr), 'NoFilesFound', 'queued makeDropPane works');
  equal(page.__errors, [], 'page errors');
});

test("widgets: under default-src 'self' they are styled without CSP violations", async (ctx) => {
  const page = await openHtml(ctx, 'csp-widgets.html', '<input type="filepicker" id="w" data-fp-apikey="demo"><input type="filepicker-dragdrop" id="d">' +
    '<button id="x" data-fp-url="' + ctx.origin + '/api/file/none">Save</button>', { csp: true });
  await page.waitForSelector('#w + button.fp__btn');
  const look = await page.$eval('#w + button', (b) => getComputedStyle(b).backgroundColor);
  equal(look, 'rgb(196, 58, 31)', 'fp__btn styled by the CSSOM sheet');
  equal(await page.$eval('#d', (i) => getComputedStyle(i).display), 'none', 'input hidden');
  equal(await page.$eval('#d + div .fp-drop-zone', (z) => getComputedStyle(z).borderTopStyle), 'dashed', 'drop zone styled');
  await page.click('#x');
  await page.waitForSelector('[role=dialog]');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('[role=dialog]'));
  await page.screenshot({ path: ctx.artifacts + '/widgets-csp.png' });
  equal(await page.evaluate(() => window.__csp), [], 'no CSP violations');
  equal(page.__errors, [], 'page errors');
});
