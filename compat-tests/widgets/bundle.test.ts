/**
 * Widgets in the built bundle (ours only): start-up timing, the async-loader stub, the export dialog, and the drop
 * pane storing real files on the reference server over loopback.
 */
import * as path from 'path';
import { Page, tick, PageValue, until } from '../helpers/page';
import { drop, lateInjectedPage, loaded, page } from './shared';

const pages: Page[] = [];
async function open(html: string, before?: string): Promise<Page> {
  const p = await page(html, { before });
  pages.push(p);
  return p;
}
afterAll(() => pages.forEach((p) => p.close()));

const WIDGETS = '<input type="filepicker" id="a"><input type="filepicker-dragdrop" id="b"><a id="c" data-fp-url="https://x.test/f">save</a>' +
  '<img id="d" data-fp-src="https://img.test/d.jpg" data-fp-apikey="K">';

describe('start-up', () => {
  test('a script injected after load still builds the widgets and images (v2 built nothing: G21)', async () => {
    const ours = await lateInjectedPage(WIDGETS, 'readable');
    const v2 = await lateInjectedPage(WIDGETS, 'legacy');
    try {
      expect(ours.window.document.querySelectorAll('button.fp__btn').length).toBe(2);
      expect(ours.window.document.getElementById('d').getAttribute('src')).toMatch(/\/K\/resize=width:\d+\/https:\/\/img\.test\/d\.jpg$/);
      expect(v2.window.document.querySelectorAll('button.fp__btn').length).toBe(0);
      expect(v2.window.document.getElementById('d').getAttribute('src')).toBeNull();
    } finally {
      ours.close();
      v2.close();
    }
  });

  test('each widget is built once although DOMContentLoaded and load both run the hooks', async () => {
    const p = await open(WIDGETS);
    await loaded(p);
    p.window.dispatchEvent(new p.window.Event('load'));
    p.filepicker.constructWidget(p.document.getElementById('a'));
    expect(p.document.querySelectorAll('button.fp__btn').length).toBe(2);
    expect(p.document.querySelectorAll('.fp-drag-widget').length).toBe(1);
  });

  test('the async-loader stub: queued constructWidget and makeDropPane calls work, widgets are not built twice', async () => {
    const STUB = `(function () {
      var fp = { _queue: [] };
      ['setKey', 'constructWidget', 'makeDropPane'].forEach(function (m) { fp[m] = function () { fp._queue.push([m, arguments]); }; });
      window.filepicker = fp;
    })();
    window.paneLog = [];
    filepicker.setKey('K');
    filepicker.constructWidget(document.getElementById('a'));
    filepicker.makeDropPane(document.getElementById('pane'), { onError: function (t) { paneLog.push(t); } });`;
    const p = await open('<input type="filepicker" id="a" data-fp-debug="true"><div id="pane"></div>', STUB);
    await loaded(p);
    expect(p.document.querySelectorAll('button.fp__btn').length).toBe(1);
    drop(p, p.document.getElementById('pane')!, []);
    expect(p.window.paneLog).toEqual(['NoFilesFound']);
    (p.document.getElementById('a')!.nextSibling as HTMLElement).click();
    await until(() => (p.document.getElementById('a') as HTMLInputElement).value !== '');
    expect((p.document.getElementById('a') as HTMLInputElement).value).toMatch(/\/-nBq2onTSemLBxlcBWn1$/);
  });

  test('constructWidget reads type and data-fp-* at call time (v2 built at once): a page that changes them right after still gets its widget', async () => {
    const p = await open('<p>no widgets at load</p>');
    await loaded(p);
    expect(p.loader!.served.some((f) => /widgets/.test(f))).toBe(false);
    const el = p.document.createElement('input');
    el.setAttribute('type', 'filepicker');
    el.setAttribute('data-fp-button-text', 'Upload');
    el.setAttribute('data-fp-maxSize', '10485760*1024');
    el.setAttribute('data-fp-debug', 'true');
    p.document.body.appendChild(el);
    p.filepicker.setKey('K');
    expect(() => p.filepicker.constructWidget(el)).not.toThrow();
    // what pages do right after: hide the input by changing its type, drop the attributes
    el.setAttribute('type', 'hidden');
    el.removeAttribute('data-fp-button-text');
    el.removeAttribute('data-fp-debug');
    await p.settle();
    await tick(5);
    const button = el.nextSibling as HTMLElement;
    expect(button && button.textContent).toBe('Upload');
    expect(() => button.click()).not.toThrow();
    await until(() => (el as HTMLInputElement).value !== '');
    expect((el as HTMLInputElement).value).toMatch(/\/-nBq2onTSemLBxlcBWn1$/);
    const warned = p.console.warn.map((a) => a.join(' ')).filter((w) => w.indexOf('`maxSize`') >= 0);
    expect(warned).toEqual(['filepicker: `maxSize` should be a whole number of bytes, got "10485760*1024" (string); using 10737418240']);
  });

  test('the stylesheet goes through the CSSOM: one empty <style> with rules, no style attributes', async () => {
    const p = await open(WIDGETS);
    await loaded(p);
    const styles = p.document.querySelectorAll('style');
    expect(styles.length).toBe(1);
    expect(styles[0].textContent).toBe('');
    expect((styles[0] as HTMLStyleElement).sheet!.cssRules.length).toBeGreaterThan(5);
    expect(p.document.querySelectorAll('[style]').length).toBe(0);
  });
});

describe('export dialog in the bundle', () => {
  test('export(FPFile) opens a labelled modal dialog; Escape gives onError(FPError 131)', async () => {
    const p = await open('');
    await loaded(p);
    p.filepicker.setKey('K');
    const got: PageValue[] = [];
    p.filepicker.export({ url: 'https://x.test/api/file/H', filename: 'a.txt', mimetype: 'text/plain', size: 3 }, (b: unknown) => got.push(['ok', b]), (e: PageValue) => got.push(['err', e.code, String(e)]));
    await p.settle(); // the save dialog is the on-demand export chunk
    const d = p.document.querySelector('[role=dialog]') as HTMLElement;
    expect(d.getAttribute('aria-modal')).toBe('true');
    expect(p.document.activeElement!.textContent).toBe('Download to this computer');
    p.document.activeElement!.dispatchEvent(new p.window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await tick(10);
    expect(got).toEqual([['err', 131, expect.stringMatching(/^FPError 131/)]]);
    expect(p.document.querySelector('[role=dialog]')).toBeNull();
  });

  test('pickFolder without a cloud service (102, naming why) and processImage of an unreachable image (143) report an FPError later, never inside the call', async () => {
    const p = await open('');
    await loaded(p);
    p.filepicker.setKey('K');
    const got: PageValue[] = [];
    p.filepicker.pickFolder({ services: ['COMPUTER', 'URL'] }, (x: unknown) => got.push(['ok', x]), (e: PageValue) => got.push(['folder', e.code, e.details]));
    p.filepicker.processImage('https://x.test/api/file/H', (x: unknown) => got.push(['ok', x]), (e: PageValue) => got.push(['image', e.code]));
    expect(got).toEqual([]);
    for (let i = 0; i < 200 && got.length < 2; i++) await tick(10);
    expect(got).toEqual([['folder', 102, expect.stringMatching(/cloud source.*none of the services \(COMPUTER, URL\)/)], ['image', 143]]);
  });
});

describe('drop pane against the reference server', () => {
  let server: { url: string; close(): Promise<void> } | undefined;
  beforeAll(async () => {
    const { startServer } = require(path.join('..', '..', 'server', 'src', 'index.ts'));
    server = await startServer({ port: 0, host: '127.0.0.1' });
  }, 30000);
  afterAll(async () => {
    if (server) await server.close();
  });

  test('dropped files are stored with filepicker.store: one onSuccess with both Blobs, progress, the pane disabled meanwhile', async () => {
    const p = await open('<div id="pane"></div>', `window.filepicker = { hostname: ${JSON.stringify(server!.url)} };`);
    await loaded(p);
    p.window.eval(`filepicker.setKey('demo'); window.log = [];
      window.made = filepicker.makeDropPane(document.getElementById('pane'), { multiple: true, path: 'drops/',
        onStart: function (f) { log.push(['start', f.length]); }, onProgress: function (n) { log.push(['progress', n]); },
        onSuccess: function (b) { log.push(['success', b]); }, onError: function (t, m) { log.push(['error', t, m]); } });`);
    expect(p.window.made).toBe(true);
    await p.settle(); // the pane is wired once the widgets chunk is in
    const pane = p.document.getElementById('pane')!;
    const files = [new p.window.File(['hello widgets'], 'one.txt', { type: 'text/plain' }), new p.window.File(['second file'], 'two.txt', { type: 'text/plain' })];
    const e = new p.window.Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(e, 'dataTransfer', { value: { files, getData: () => '' } });
    pane.dispatchEvent(e);
    expect(pane.getAttribute('disabled')).toBe('disabled');
    const deadline = Date.now() + 15000;
    while (!p.window.log.some((l: PageValue[]) => l[0] === 'success' || l[0] === 'error') && Date.now() < deadline) await tick(20);
    const end = p.window.log.filter((l: PageValue[]) => l[0] === 'success' || l[0] === 'error');
    expect(end).toHaveLength(1);
    expect(end[0][0]).toBe('success');
    const blobs = end[0][1];
    expect(blobs.map((b: PageValue) => b.filename)).toEqual(['one.txt', 'two.txt']);
    expect(p.window.log[0]).toEqual(['start', 2]);
    const progress = p.window.log.filter((l: PageValue[]) => l[0] === 'progress').map((l: PageValue[]) => l[1]);
    expect(progress.length).toBeGreaterThan(0);
    for (const n of progress) expect(n >= 0 && n <= 100).toBe(true);
    expect(progress[progress.length - 1]).toBe(100);
    expect(pane.hasAttribute('disabled')).toBe(false);
    for (const [b, text] of [[blobs[0], 'hello widgets'], [blobs[1], 'second file']]) {
      expect(b.url.indexOf(server!.url)).toBe(0);
      expect(await (await fetch(b.url)).text()).toBe(text);
    }
  }, 30000);
});
