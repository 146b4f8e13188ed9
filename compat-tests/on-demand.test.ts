/**
 * What the bundle loads, and when (issue #5): a modern page loads the main script only; an old browser (here: no
 * Promise) gets `filepicker.polyfills.js` first, with calls made meanwhile queued and replayed; the on-demand parts
 * (chunks/<name>.js) load only when a page uses them. Pages load the bundle with <script src> from /dist/.
 */
import { RunningServer, startServer } from '../server/src/index';
import { loadPage, Page, tick, PageValue } from './helpers/page';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, apps: [{ apikey: 'demo' }] });
});
afterAll(async () => {
  await server.close();
});

// uploads to the reference server and chunk loads: generous on a loaded 2-core machine (each wait is a condition)
jest.setTimeout(30000);

const pages: Page[] = [];
afterEach(() => {
  while (pages.length) pages.pop()!.close();
});

async function open(opts: Parameters<typeof loadPage>[0] = {}): Promise<Page> {
  const p = await loadPage(opts);
  pages.push(p);
  return p;
}

async function until(cond: () => boolean, ms = 20000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met within ' + ms + ' ms');
    await tick(10);
  }
}

describe.each(['readable', 'min'] as const)('the %s bundle on a modern page', (flavour) => {
  const main = flavour === 'min' ? 'filepicker.min.js' : 'filepicker.js';
  const suffix = flavour === 'min' ? '.min.js' : '.js';

  test('loads nothing but the main script, and initialises synchronously', async () => {
    const p = await open({ flavour, after: 'window.typeAfter = typeof filepicker.pick + "/" + ("_queue" in filepicker);' });
    await p.settle();
    expect(p.window.typeAfter).toBe('function/false');
    expect(p.loader!.served).toEqual([main]);
    expect(p.errors).toEqual([]);
  });

  test('a REST call loads the rest chunk once; its synchronous checks still throw v2 texts before any load', async () => {
    const p = await open({ flavour, before: 'window.filepicker = { hostname: ' + JSON.stringify(server.url) + ' };' });
    p.filepicker.setKey('demo');
    expect(() => p.filepicker.read(undefined)).toThrow('No input given - nothing to read!');
    expect(() => p.filepicker.stat('nope')).toThrow('Invalid file to get metadata for: nope. Not a filepicker url or FPFile object.');
    await p.settle();
    expect(p.loader!.served).toEqual([main]);
    const results: unknown[] = [];
    p.filepicker.store('hello chunks', { filename: 'a.txt' }, (b: PageValue) => results.push(b.filename), (e: PageValue) => results.push(String(e)));
    p.filepicker.store('second', { filename: 'b.txt' }, (b: PageValue) => results.push(b.filename), (e: PageValue) => results.push(String(e)));
    await until(() => results.length === 2);
    // two uploads run at once and may finish in either order (call order while loading: src/legacy/onDemand.test.ts)
    expect(results.slice().sort()).toEqual(['a.txt', 'b.txt']);
    expect(p.loader!.served).toEqual([main, 'chunks/rest' + suffix]);
  });

  test('a page with a widget element loads the widgets chunk on load and builds the widget', async () => {
    const p = await open({ flavour, html: '<!doctype html><html><head></head><body><input type="filepicker" id="w" data-fp-apikey="demo"></body></html>' });
    await until(() => p.document.readyState === 'complete');
    await p.settle();
    expect(p.loader!.served).toEqual([main, 'chunks/widgets' + suffix]);
    expect(p.document.querySelector('#w + button, #w ~ button')).not.toBeNull();
  });
});

describe('a browser without Promise', () => {
  const before = 'delete window.Promise; window.filepicker = { hostname: "HOST" };';

  test('gets filepicker.polyfills.js first; calls made meanwhile are queued, then replayed in order; pickAndStore works', async () => {
    const p = await open({ before: before.replace('HOST', server.url) });
    const fp = p.filepicker;
    // the stub: the page's own object, recording calls
    expect(Array.isArray(fp._queue)).toBe(true);
    expect(fp.hostname).toBe(server.url);
    const log: unknown[] = [];
    p.window.log = log;
    fp.setKey('demo');
    fp.pickAndStore({}, { location: 'S3', path: 'old/' }, (b: PageValue) => log.push(['success', b]), (e: PageValue) => log.push(['error', String(e)]));
    fp.store(12345); // a bad call: its exception arrives via console.error once replayed
    expect(fp._queue.length).toBe(3);
    await p.settle();
    expect(p.loader!.served.slice(0, 2)).toEqual(['filepicker.js', 'filepicker.polyfills.js']);
    expect(typeof p.window.Promise).toBe('function');
    expect('_queue' in fp).toBe(false);
    expect(p.window.filepicker).toBe(fp);
    expect(p.console.error.map((a) => String(a[0]))).toEqual(['FilepickerException: Cannot store given input: 12345. Not a string, file input, DOM File, or FPFile object.']);
    // the replayed pickAndStore opened the dialog: drop a file and upload it
    const dialog = p.document.querySelector('.fp-dialog') as PageValue;
    expect(dialog).not.toBeNull();
    const file = new p.window.File(['old browser bytes'], 'old.txt', { type: 'text/plain' });
    const ev = new p.window.Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(ev, 'dataTransfer', { value: { files: [file], items: null, types: ['Files'], dropEffect: 'none' } });
    dialog.dispatchEvent(ev);
    await until(() => Array.prototype.some.call(p.document.querySelectorAll('button'), (b: Element) => /Done|Upload/.test(String(b.textContent))));
    const done = Array.prototype.filter.call(p.document.querySelectorAll('button'), (b: Element) => /Done|Upload/.test(String(b.textContent)))[0] as HTMLButtonElement;
    done.click();
    await until(() => log.length > 0, 15000);
    expect((log[0] as PageValue[])[0]).toBe('success');
    const blob = (log[0] as PageValue[])[1][0]; // pickAndStore gives an array, as v2's
    expect(blob.filename).toBe('old.txt');
    const body = await (await fetch(blob.url)).text();
    expect(body).toBe('old browser bytes');
  });
});
