'use strict';
/** The WEBCAM, VIDEO and AUDIO sources against Chromium's fake camera and microphone (flags in e2e/run.js). */
const { test } = require('../lib/harness');
const { openPage, callPicker, outcome, axe, assert, equal, shot } = require('../lib/helpers');

/**
 * Like helpers.openPage, with a test-only hook installed before the page runs: every stream getUserMedia hands out is
 * kept in `window.__streams`, so the test can check its tracks ended. `init` may replace media APIs (denied, none).
 */
async function openMediaPage(ctx, name, init) {
  const streams = () => {
    window.__streams = [];
    const md = navigator.mediaDevices;
    if (!md) return;
    const orig = md.getUserMedia.bind(md);
    md.getUserMedia = (c) =>
      orig(c).then((s) => {
        window.__streams.push(s);
        return s;
      });
  };
  return openPage(ctx, name, init ? [streams, init] : [streams]);
}

function trackStates(page) {
  return page.evaluate(() => [].concat(...window.__streams.map((s) => s.getTracks().map((t) => t.kind + ':' + t.readyState))));
}

async function allEnded(page) {
  await page.waitForFunction(() => window.__streams.length > 0 && window.__streams.every((s) => s.getTracks().every((t) => t.readyState === 'ended')), null, { timeout: 5000 }).catch(() => undefined);
  const states = await trackStates(page);
  assert(states.length > 0, 'a stream was opened');
  equal(states.filter((s) => !/:ended$/.test(s)), [], 'every track ended: ' + states.join(' '));
}


async function fetchStored(url) {
  const res = await fetch(url);
  return { type: res.headers.get('content-type'), body: Buffer.from(await res.arrayBuffer()) };
}

/** The chunks a page fetched, without the dialog part (fetched by every page at idle after load). */
const mediaChunks = (page) => page.__chunks.filter((u) => !/\/chunks\/(dialog|shared)\./.test(u));

const live = (page) => page.$eval('.fp-dialog [aria-live=polite]', (n) => n.textContent);
const action = (name) => '.fp-panel:not([hidden]) [data-fp-action=' + name + ']:not([hidden])';

test("media: WEBCAM on the CSP page: the chunk loads on demand, webcamDim 640x480 gives a 640x480 JPEG, no violation, camera off after use", async (ctx) => {
  const sharp = require('sharp');
  const page = await openMediaPage(ctx, 'csp-plain.html');
  await callPicker(page, 'pick', [{}]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  equal(mediaChunks(page), [], 'no chunk for a dialog without media sources');
  await page.keyboard.press('Escape');
  await outcome(page);
  await page.evaluate(() => (window.__events = []));

  await callPicker(page, 'pickAndStore', [{ services: ['WEBCAM', 'COMPUTER'], webcamDim: [640, 480] }, {}]);
  await page.waitForSelector(action('record'));
  await shot(ctx, page, 'ready-to-record');
  equal(mediaChunks(page), ['/dist/chunks/media.js'], 'the media chunk, once');
  await page.waitForFunction(() => {
    const v = document.querySelector('.fp-media-video');
    return v && v.videoWidth > 0 && !v.paused;
  });
  await shot(ctx, page, 'media-webcam');
  equal(await axe(page, '.fp-dialog'), [], 'axe: live preview');
  await page.click(action('record'));
  await page.waitForSelector(action('use'));
  await shot(ctx, page, 'captured');
  equal(await live(page), 'Photo taken', 'announced');
  equal(await page.$eval('.fp-media-still', (c) => [c.width, c.height]), [640, 480], 'still at webcamDim');
  await shot(ctx, page, 'media-webcam-shot');
  equal(await axe(page, '.fp-dialog'), [], 'axe: the shot');
  await page.click(action('use'));
  const out = await outcome(page);
  equal(out.type, 'success', JSON.stringify(out));
  assert(/^webcam-\d+\.jpg$/.test(out.value[0].filename), 'name: ' + out.value[0].filename);
  equal(out.value[0].mimetype, 'image/jpeg');
  const stored = await fetchStored(out.value[0].url);
  const meta = await sharp(stored.body).metadata();
  equal([meta.format, meta.width, meta.height], ['jpeg', 640, 480], 'stored JPEG size');
  await allEnded(page);
  equal(await page.evaluate(() => window.__csp), [], 'no CSP violation');
  equal(await page.$$eval('[style]', (n) => n.map((e) => e.tagName)), [], 'no style attributes');
  equal(page.__errors, [], 'no page error');
});

test('media: VIDEO: videoLen 2 stops by itself; the stored file is a playable webm of the requested videoRes', async (ctx) => {
  const page = await openMediaPage(ctx);
  await callPicker(page, 'pickAndStore', [{ services: ['VIDEO'], webcam: { videoLen: 2, videoRes: '320x240' } }, {}]);
  await page.waitForSelector(action('record'));
  await shot(ctx, page, 'ready-to-record');
  equal(await page.$eval('.fp-media-status', (n) => n.textContent), 'Recordings can last up to 0:02.');
  await page.click(action('record'));
  await page.waitForSelector(action('stop'));
  await shot(ctx, page, 'recording');
  equal(await live(page), 'Recording started');
  assert(/recorded, 0:0[12] left$/.test(await page.$eval('.fp-media-status', (n) => n.textContent)), 'clock shown');
  const t0 = Date.now();
  await page.waitForSelector(action('use'), { timeout: 6000 });
  await shot(ctx, page, 'captured');
  const took = Date.now() - t0;
  assert(took > 1000 && took < 4500, 'stopped by itself at the limit: ' + took + ' ms');
  equal(await live(page), 'Time limit reached: recording stopped after 0:02');
  assert(/^Recording: 0:02, \d/.test(await page.$eval('.fp-media-status', (n) => n.textContent)), 'summary');
  await page.click(action('use'));
  const out = await outcome(page, 30000);
  equal(out.type, 'success', JSON.stringify(out));
  assert(/^video-\d+\.webm$/.test(out.value[0].filename), 'name: ' + out.value[0].filename);
  equal(out.value[0].mimetype, 'video/webm');
  const stored = await fetchStored(out.value[0].url);
  assert(stored.body.length > 0 && stored.body.length === out.value[0].size, 'size ' + stored.body.length);
  equal(stored.body.slice(0, 4).toString('hex'), '1a45dfa3', 'EBML (webm) header');
  await allEnded(page);
  const played = await page.evaluate((url) => new Promise((resolve) => {
    const v = document.createElement('video');
    v.muted = true;
    v.onloadeddata = () => resolve({ w: v.videoWidth, h: v.videoHeight });
    v.onerror = () => resolve({ error: v.error && v.error.code });
    v.src = url;
  }), out.value[0].url);
  equal(played, { w: 320, h: 240 }, 'plays, at videoRes');
});

test('media: AUDIO: audioLen 2 stops by itself; Retake, then the stored file is an audio webm', async (ctx) => {
  const page = await openMediaPage(ctx);
  await callPicker(page, 'pickMultiple', [{ services: ['AUDIO', 'COMPUTER'], webcam: { audioLen: 2 } }]);
  await page.waitForSelector(action('record'));
  await shot(ctx, page, 'ready-to-record');
  equal(await page.$$eval('.fp-media-video', (n) => n.length), 0, 'no video element');
  await page.click(action('record'));
  await page.waitForSelector(action('stop'));
  await shot(ctx, page, 'recording');
  await page.click(action('stop'));
  await page.waitForSelector(action('retake'));
  await shot(ctx, page, 'captured');
  equal(await live(page), 'Recording stopped after 0:00');
  await page.click(action('retake'));
  await page.click(action('record'));
  await page.waitForSelector(action('use'), { timeout: 6000 });
  await shot(ctx, page, 'captured');
  await page.click(action('use'));
  await page.waitForSelector('.fp-file-done');
  await shot(ctx, page, 'uploaded');
  equal(await page.$$eval(action('start'), (n) => n.length), 1, 'back to idle: "Turn on the microphone"');
  await allEnded(page);
  await page.click('.fp-primary');
  const out = await outcome(page, 30000);
  equal(out.type, 'success');
  equal(out.value.length, 1);
  assert(/^audio-\d+\.webm$/.test(out.value[0].filename), 'name: ' + out.value[0].filename);
  equal(out.value[0].mimetype, 'audio/webm');
  const stored = await fetchStored(out.value[0].url);
  equal(stored.body.slice(0, 4).toString('hex'), '1a45dfa3', 'webm');
  const played = await page.evaluate((url) => new Promise((resolve) => {
    const a = document.createElement('audio');
    a.onloadedmetadata = () => resolve('ok');
    a.onerror = () => resolve('error ' + (a.error && a.error.code));
    a.src = url;
  }), out.value[0].url);
  equal(played, 'ok', 'audio plays');
});

test('media: permission denied and no MediaRecorder: a translated message in the panel, the rest keeps working', async (ctx) => {
  const page = await openMediaPage(ctx, 'plain.html', () => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('denied by test', 'NotAllowedError'));
  });
  await callPicker(page, 'pickMultiple', [{ services: ['WEBCAM', 'URL', 'COMPUTER'], language: 'de' }]);
  await page.waitForSelector('.fp-media-problem:not([hidden])');
  await shot(ctx, page, 'error-shown');
  await page.waitForFunction(() => /Zugriff/.test(document.querySelector('.fp-media-problem').textContent));
  assert((await page.$(action('retry'))) !== null, 'Try again shown');
  await page.click('[data-fp-source=computer]');
  await page.waitForSelector('.fp-drop');
  assert(await page.$eval('.fp-drop', (n) => n.offsetParent !== null), 'COMPUTER still works');
  equal(page.__errors, [], 'no exception');
  equal(page.__dialogs, [], 'no alert');

  const page2 = await openMediaPage(ctx, 'plain.html', () => {
    delete window.MediaRecorder;
  });
  await callPicker(page2, 'pick', [{ services: ['VIDEO', 'COMPUTER'] }]);
  await page2.waitForSelector('.fp-media-problem:not([hidden])');
  await shot(ctx, page2, 'error-shown');
  equal(await page2.$eval('.fp-media-problem', (n) => n.textContent), 'This browser cannot record here. Choose another source.');
  equal(await page2.evaluate(() => window.__streams.length), 0, 'camera never asked for');
  equal(page2.__errors, [], 'no exception');
});

test('media: tracks end when the tab is left and when the dialog closes', async (ctx) => {
  const page = await openMediaPage(ctx);
  await callPicker(page, 'pick', [{ services: ['COMPUTER', 'VIDEO', 'WEBCAM'] }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  await page.click('[data-fp-source=webcam]');
  await page.waitForSelector(action('record'));
  await shot(ctx, page, 'ready-to-record');
  await page.click('[data-fp-source=computer]');
  await allEnded(page);
  await page.click('[data-fp-source=video]');
  await page.waitForSelector('[data-fp-media=video] [data-fp-action=record]:not([hidden])');
  await page.click(action('record'));
  await page.waitForSelector(action('stop'));
  await shot(ctx, page, 'recording');
  await page.keyboard.press('Escape');
  equal((await outcome(page)).code, 101);
  await allEnded(page);
  equal(await page.evaluate(() => window.__streams.length), 2);
});

test('media: keyboard only: Tab to the webcam tab, Enter, take the photo, focus follows, use it; Hebrew lays out right to left', async (ctx) => {
  const page = await openMediaPage(ctx);
  await callPicker(page, 'pick', [{ services: ['COMPUTER', 'WEBCAM'] }]);
  await page.waitForSelector('.fp-dialog');
  await shot(ctx, page, 'dialog-open');
  const focused = () => page.evaluate(() => {
    const a = document.activeElement;
    return a ? a.getAttribute('data-fp-source') || a.getAttribute('data-fp-action') || a.className : '';
  });
  for (let i = 0; i < 8 && (await focused()) !== 'webcam'; i++) await page.keyboard.press('Tab');
  equal(await focused(), 'webcam');
  await page.keyboard.press('Enter');
  await page.waitForSelector(action('record'));
  await shot(ctx, page, 'ready-to-record');
  for (let i = 0; i < 8 && (await focused()) !== 'record'; i++) await page.keyboard.press('Tab');
  equal(await focused(), 'record');
  await page.keyboard.press('Enter');
  await page.waitForSelector(action('use'));
  await shot(ctx, page, 'captured');
  equal(await focused(), 'use', 'focus moved to Use photo');
  await page.keyboard.press('Enter');
  const out = await outcome(page);
  equal(out.type, 'success');
  equal(out.value.client, 'webcam');

  await page.evaluate(() => (window.__events = []));
  await callPicker(page, 'pick', [{ services: ['WEBCAM', 'COMPUTER'], language: 'he' }]);
  await page.waitForSelector('.fp-dialog[dir=rtl] ' + action('record'));
  await shot(ctx, page, 'ready-to-record');
  await page.waitForFunction(() => /[\u0590-\u05FF]/.test(document.querySelector('[data-fp-action=record]').textContent));
  equal(await focused(), 'record', 'opened on the webcam tab: focus on its action once ready');
  const layout = await page.evaluate(() => {
    const nav = document.querySelector('.fp-nav').getBoundingClientRect();
    const main = document.querySelector('.fp-main').getBoundingClientRect();
    const btn = document.querySelector('[data-fp-action=record]').getBoundingClientRect();
    return { navRight: nav.left > main.left, buttonAtStart: main.right - btn.right < btn.left - main.left };
  });
  equal(layout, { navRight: true, buttonAtStart: true }, 'RTL layout');
  await shot(ctx, page, 'media-webcam-he');
});
