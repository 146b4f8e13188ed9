/**
 * What the bundle loads, and when (issue #5): a modern page loads the main script, which asks for the dialog part as
 * it runs (and, from the minified bundle, for the upload engine's part once the page is loaded and idle); an old browser (here: no Promise) gets `filepicker.polyfills.js` first, with calls made
 * meanwhile queued and replayed; the other on-demand parts (chunks/<name>.js) load only when a page uses them. Pages
 * load the bundle with <script src> from /dist/.
 */
import { RunningServer, startServer } from '../server/src/index';
import { loadPage, Page, tick, PageValue, until } from './helpers/page';

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

/** How long a wait for a part, a dialog or an upload may take on a loaded machine. */
const WAIT = 20000;

/** The files of the dialog part: its chunk and the chunk it shares with the export part. */
function isDialogPart(file: string): boolean {
  return /^chunks\/(dialog|shared)\./.test(file);
}

/** The parts fetched without a call asking for them: the dialog part and the minified bundle's engine part. */
function isIdlePart(file: string): boolean {
  return isDialogPart(file) || /^chunks\/engine\./.test(file);
}

/** What a page loaded, without the parts fetched unasked (their place in the list varies). */
function withoutDialog(p: Page): string[] {
  return p.loader!.served.filter((f) => !isIdlePart(f));
}

describe.each(['readable', 'min'] as const)('the %s bundle on a modern page', (flavour) => {
  const main = flavour === 'min' ? 'filepicker.min.js' : 'filepicker.js';
  const suffix = flavour === 'min' ? '.min.js' : '.js';
  const dialogPart = ['chunks/dialog' + suffix, 'chunks/shared' + suffix];
  // the readable bundle (the package's main, also for Node) carries the engine; the minified one fetches it at idle
  const idleParts = flavour === 'min' ? ['chunks/dialog' + suffix, 'chunks/engine' + suffix, 'chunks/shared' + suffix] : dialogPart;
  const hostname = 'window.filepicker = { hostname: "HOST" };';

  test('initialises synchronously from the main script alone, fetching the dialog part as it runs and the engine part once the page is idle', async () => {
    const p = await open({ flavour, beforeDialog: true, after: 'window.typeAfter = typeof filepicker.pick + "/" + ("_queue" in filepicker);' });
    await p.settle();
    expect(p.window.typeAfter).toBe('function/false');
    await until(() => p.loader!.served.length === 1 + idleParts.length, WAIT, 'the dialog and idle parts to be served');
    await p.settle();
    expect(p.loader!.served[0]).toBe(main);
    expect(p.loader!.served.slice(1).sort()).toEqual(idleParts);
    expect(p.errors).toEqual([]);
  });

  test('the dialog part is asked for before the library is evaluated, so its requests overlap that evaluation; once each', async () => {
    // the page's v2 async-loader stub is the object the library fills as it is evaluated: when the parts' scripts are
    // added to the page, it has no `pick` yet
    const watch = 'window.filepicker = { _queue: [] }; window.added = [];' +
      'var append = Node.prototype.appendChild;' +
      'Node.prototype.appendChild = function (node) {' +
      '  if (node && node.tagName === "SCRIPT" && /chunks/.test(node.src)) added.push(node.src.split("/").pop() + " " + typeof filepicker.pick);' +
      '  return append.apply(this, arguments);' +
      '};';
    const p = await open({ flavour, beforeDialog: true, before: watch });
    await until(() => p.loader!.served.filter(isDialogPart).length === 2, WAIT, 'the dialog part to be served');
    await p.settle();
    expect(typeof p.filepicker.pick).toBe('function');
    expect(p.window.added.filter((a: string) => isDialogPart('chunks/' + a)).sort()).toEqual(dialogPart.map((f) => f.slice(7) + ' undefined'));
    expect(p.loader!.served.filter(isDialogPart).sort()).toEqual(dialogPart);
    expect(p.errors).toEqual([]);
  });

  test('a first pick while the dialog part loads waits for it and opens one dialog; close() before it arrives opens none', async () => {
    const picks = 'filepicker.setKey("demo"); window.calls = [];' +
      'filepicker.pick(function () { calls.push("success"); }, function (e) { calls.push(String(e)); });' +
      'filepicker.pick(function () { calls.push("success 2"); }, function (e) { calls.push(String(e)); }).close();';
    // the part is asked for as the bundle runs and is slow to arrive; the picks are made as soon as the bundle has run
    // (jsdom fires the bundle's load event only once the parts it asked for are in: too late for `after`)
    const soon = 'setTimeout(function wait() { if (typeof filepicker.pick !== "function") return setTimeout(wait, 0); ' + picks + ' }, 0);';
    const p = await open({ flavour, beforeDialog: true, slow: /^chunks\/(dialog|shared)\./, before: hostname.replace('HOST', server.url) + soon });
    expect(p.document.querySelectorAll('.fp-dialog').length).toBe(0);
    await until(() => p.document.querySelectorAll('.fp-dialog').length > 0, WAIT, 'a dialog to open');
    await p.settle();
    await tick(100);
    expect(p.document.querySelectorAll('.fp-dialog').length).toBe(1);
    expect(p.loader!.served.filter(isDialogPart).sort()).toEqual(dialogPart);
    expect(p.window.calls).toEqual([]);
    expect(p.errors).toEqual([]);
  });

  test('a dialog part that cannot be loaded ends pick through onError with an FPError naming the part', async () => {
    const p = await open({ flavour, missing: /^chunks\/dialog\./, before: hostname.replace('HOST', server.url) });
    p.filepicker.setKey('demo');
    const got: PageValue[] = [];
    p.filepicker.pick(() => got.push('success'), (e: PageValue) => got.push(e));
    await until(() => got.length > 0, WAIT, 'the pick to end');
    expect(got[0]).toBeInstanceOf(p.filepicker.errors.FPError);
    expect(String(got[0])).toMatch(/^FPError 102: .*could not load the `dialog` part of the library \(chunks\/dialog\.js next to the main script\)/);
    expect(p.document.querySelectorAll('.fp-dialog').length).toBe(0);
    // jsdom's own reports of the missing file (the prefetch's and the pick's); nothing uncaught
    const missing = 'Error: Could not load script: "https://example.com/dist/chunks/dialog' + suffix + '"';
    expect(p.errors.length).toBeGreaterThan(0);
    expect(p.errors.map(String).filter((e) => e !== missing)).toEqual([]);
  });

  test('a REST call loads the rest chunk once; its synchronous checks still throw v2 texts before any load', async () => {
    const p = await open({ flavour, before: 'window.filepicker = { hostname: ' + JSON.stringify(server.url) + ' };' });
    p.filepicker.setKey('demo');
    expect(() => p.filepicker.read(undefined)).toThrow('No input given - nothing to read!');
    expect(() => p.filepicker.stat('nope')).toThrow('Invalid file to get metadata for: nope. Not a filepicker url or FPFile object.');
    await p.settle();
    expect(withoutDialog(p)).toEqual([main]);
    const results: unknown[] = [];
    p.filepicker.store('hello chunks', { filename: 'a.txt' }, (b: PageValue) => results.push(b.filename), (e: PageValue) => results.push(String(e)));
    p.filepicker.store('second', { filename: 'b.txt' }, (b: PageValue) => results.push(b.filename), (e: PageValue) => results.push(String(e)));
    await until(() => results.length === 2, WAIT, 'both stores to end');
    // two uploads run at once and may finish in either order (call order while loading: src/legacy/onDemand.test.ts)
    expect(results.slice().sort()).toEqual(['a.txt', 'b.txt']);
    expect(withoutDialog(p)).toEqual([main, 'chunks/rest' + suffix]);
  });

  test('a page with a widget element loads the widgets chunk on load and builds the widget', async () => {
    const p = await open({ flavour, html: '<!doctype html><html><head></head><body><input type="filepicker" id="w" data-fp-apikey="demo"></body></html>' });
    await until(() => p.document.readyState === 'complete', WAIT, 'the page to load');
    await p.settle();
    expect(withoutDialog(p)).toEqual([main, 'chunks/widgets' + suffix]);
    expect(p.document.querySelector('#w + button, #w ~ button')).not.toBeNull();
  });
});

describe("the min bundle's engine part", () => {
  const before = 'window.filepicker = { hostname: "HOST" };';

  test('an upload made before the part is in waits for it; the part is fetched once', async () => {
    const p = await open({ flavour: 'min', beforeDialog: true, before: before.replace('HOST', server.url) });
    const client = p.filepicker.init('demo');
    const got: PageValue[] = [];
    const upload = (text: string) => client.upload(new p.window.Blob([text], { type: 'text/plain' })).then((f: PageValue) => got.push(f), (e: PageValue) => got.push(String(e)));
    expect(p.loader!.served.filter((f) => !isDialogPart(f))).toEqual(['filepicker.min.js']);
    upload('first bytes');
    upload('second bytes');
    await until(() => got.length === 2, WAIT, 'both uploads to end');
    const bodies = await Promise.all(got.map(async (f) => (await fetch(f.url)).text()));
    expect(bodies.sort()).toEqual(['first bytes', 'second bytes']);
    expect(p.loader!.served.filter((f) => /engine/.test(f))).toEqual(['chunks/engine.min.js']);
  });

  test('a part that cannot be loaded ends the upload with an error naming it; a bad file is refused before any load', async () => {
    const p = await open({ flavour: 'min', missing: /^chunks\/engine\./, before: before.replace('HOST', server.url) });
    const client = p.filepicker.init('demo');
    let rejected: PageValue;
    await client.upload(new p.window.Blob([]), {}).then(undefined, (e: PageValue) => (rejected = e));
    expect(String(rejected)).toMatch(/`file` is empty/);
    await client.upload(new p.window.Blob(['x'])).then(undefined, (e: PageValue) => (rejected = e));
    expect(String(rejected)).toMatch(/could not load the `engine` part of the library \(chunks\/engine\.min\.js next to the main script\)/);
  });
});

describe('a browser without Promise', () => {
  const before = 'delete window.Promise; window.filepicker = { hostname: "HOST" };';

  test('gets filepicker.polyfills.js first; calls made meanwhile are queued, then replayed in order; pickAndStore works', async () => {
    const p = await open({ beforeDialog: true, before: before.replace('HOST', server.url) });
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
    // the replayed pickAndStore opened the dialog (once its part is in): drop a file and upload it
    await until(() => p.document.querySelector('.fp-dialog') !== null, WAIT, 'a dialog to open');
    const dialog = p.document.querySelector('.fp-dialog') as PageValue;
    expect(dialog).not.toBeNull();
    const file = new p.window.File(['old browser bytes'], 'old.txt', { type: 'text/plain' });
    const ev = new p.window.Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(ev, 'dataTransfer', { value: { files: [file], items: null, types: ['Files'], dropEffect: 'none' } });
    dialog.dispatchEvent(ev);
    await until(() => Array.prototype.some.call(p.document.querySelectorAll('button'), (b: Element) => /Done|Upload/.test(String(b.textContent))), WAIT, 'the dialog\'s Done or Upload button');
    const done = Array.prototype.filter.call(p.document.querySelectorAll('button'), (b: Element) => /Done|Upload/.test(String(b.textContent)))[0] as HTMLButtonElement;
    done.click();
    await until(() => log.length > 0, 15000, 'the pickAndStore to end');
    expect((log[0] as PageValue[])[0]).toBe('success');
    const blob = (log[0] as PageValue[])[1][0]; // pickAndStore gives an array, as v2's
    expect(blob.filename).toBe('old.txt');
    const body = await (await fetch(blob.url)).text();
    expect(body).toBe('old browser bytes');
  });
});
