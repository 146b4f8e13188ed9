/**
 * v2's documented pickAndStore (its picker and store options, Blob, FPProgress, FPError 101/400/403), exercised on the built
 * bundle in jsdom with the real dialog and the reference server over loopback. Each documented option has at least
 * one assertion here; the browser-only parts (real file chooser, canvas resize, popup) are also covered in e2e/.
 */
import * as fs from 'fs';
import * as path from 'path';
import { RunningServer, startServer, encodePolicy, sign } from '../server/src/index';
import { loadPage, Page, tick, PageValue, until } from './helpers/page';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, apps: [{ apikey: 'demo' }, { apikey: 'SECURE', secret: 'shh' }] });
});
afterAll(async () => {
  await server.close();
});

const pages: Page[] = [];
afterEach(() => {
  while (pages.length) pages.pop()!.close();
});

async function page(opts: { before?: string; key?: string; inline?: boolean } = {}): Promise<Page> {
  const p = await loadPage({ inline: opts.inline, before: 'window.filepicker = { hostname: ' + JSON.stringify(server.url) + ' };' + (opts.before || '') });
  p.filepicker.setKey(opts.key || 'demo');
  pages.push(p);
  return p;
}

function q(p: Page, sel: string): PageValue {
  return p.document.querySelector(sel);
}

/** Drops files onto the open dialog, as a browser's drop event carries them. */
function drop(p: Page, files: { name: string; type: string; body: string | Buffer }[]): void {
  const w = p.window;
  const list = files.map((f) => new w.File([typeof f.body === 'string' ? f.body : new Uint8Array(f.body)], f.name, { type: f.type }));
  const ev = new w.Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(ev, 'dataTransfer', { value: { files: list, items: null, types: ['Files'], dropEffect: 'none' } });
  (q(p, '.fp-dialog') as PageValue).dispatchEvent(ev);
}

interface Recorded { success?: PageValue; error?: PageValue; progress: PageValue[] }
function callbacks(): { rec: Recorded; s: (x: PageValue) => void; e: (x: PageValue) => void; pr: (x: PageValue) => void; done: () => Promise<Recorded> } {
  const rec: Recorded = { progress: [] };
  let resolve: (r: Recorded) => void = () => undefined;
  const finished = new Promise<Recorded>((r) => (resolve = r));
  return {
    rec,
    s: (x) => { rec.success = x; resolve(rec); },
    e: (x) => { rec.error = x; resolve(rec); },
    pr: (x) => { rec.progress.push(x); },
    done: () => finished,
  };
}

const text = (p: Page) => p.document.body.textContent || '';

describe('the documented pickAndStore example', () => {
  test('pickAndStore({mimetype:"image/*", multiple:true}, {location:"S3"}, onSuccess, onError, onProgress)', async () => {
    const p = await page();
    const c = callbacks();
    p.filepicker.pickAndStore({ mimetype: 'image/*', multiple: true }, { location: 'S3' }, c.s, c.e, c.pr);
    expect(q(p, '.fp-dialog').getAttribute('role')).toBe('dialog');
    drop(p, [{ name: 'a.png', type: 'image/png', body: 'PNGDATA-A' }, { name: 'b.gif', type: 'image/gif', body: 'GIFDATA-BB' }]);
    await tick(300);
    const done = Array.prototype.filter.call(p.document.querySelectorAll('button'), (b: Element) => /Done|Upload/.test(String(b.textContent)))[0] as HTMLButtonElement;
    expect(done).toBeDefined();
    done.click();
    const r = await c.done();
    expect(r.error).toBeUndefined();
    expect(Array.isArray(r.success)).toBe(true);
    expect(r.success.map((b: PageValue) => b.filename).sort()).toEqual(['a.png', 'b.gif']);
    for (const blob of r.success) {
      // Blob: url, filename, mimetype, size, isWriteable (+ key, container, client when known)
      expect(Object.keys(blob)).toEqual(expect.arrayContaining(['url', 'filename', 'mimetype', 'size', 'isWriteable']));
      expect(blob.url).toMatch(new RegExp('^' + server.url + '/api/file/'));
      expect(blob.isWriteable).toBe(true);
      const body = Buffer.from(await (await fetch(blob.url)).arrayBuffer()).toString();
      expect(body).toBe(blob.filename === 'a.png' ? 'PNGDATA-A' : 'GIFDATA-BB');
    }
    // FPProgress: {progress, filename, mimetype, size} per file, ending at 100
    expect(r.progress.length).toBeGreaterThan(0);
    for (const ev of r.progress) expect(Object.keys(ev)).toEqual(['progress', 'filename', 'mimetype', 'size']);
    expect(r.progress.filter((ev: PageValue) => ev.filename === 'a.png').pop().progress).toBe(100);
  });
});

describe('picker options', () => {
  test('container: modal (default) renders in the page; an unknown iframe id throws the v2 text', async () => {
    const p = await page();
    p.filepicker.pick({ container: 'modal' }, () => undefined);
    expect(q(p, '.fp-overlay .fp-dialog')).not.toBeNull();
    expect(() => p.filepicker.pick({ container: 'nope' }, () => undefined)).toThrow(/Container "nope" not found/);
  });

  test('container: the id of an iframe renders into that iframe', async () => {
    const p = await page();
    const frame = p.document.createElement('iframe');
    frame.id = 'picker-frame';
    p.document.body.appendChild(frame);
    p.filepicker.pick({ container: 'picker-frame' }, () => undefined);
    expect(frame.contentDocument!.querySelector('.fp-dialog')).not.toBeNull();
    expect(q(p, '.fp-overlay')).toBeNull();
  });

  test('container: window with a blocked popup ends in onError (no alert)', async () => {
    const p = await page({ before: 'window.open = function () { return null; }; window.alert = function () { window.alerted = true; };' });
    const c = callbacks();
    p.filepicker.pick({ container: 'window' }, c.s, c.e);
    const r = await c.done();
    expect(r.error.code).toBeDefined();
    expect(String(r.error)).toMatch(/^FPError /);
    expect(p.window.alerted).toBeUndefined();
  });

  test('mimetype / mimetypes restrict the file chooser and refuse other types', async () => {
    const p = await page();
    p.filepicker.pickMultiple({ mimetypes: ['image/*', 'text/*'] }, () => undefined);
    expect(q(p, '.fp-dialog input[type=file]').getAttribute('accept')).toBe('image/*,text/*');
    drop(p, [{ name: 'x.pdf', type: 'application/pdf', body: 'PDF' }]);
    await tick(50);
    expect(text(p)).toContain('x.pdf is not an accepted type');
  });

  test('extension / extensions restrict by extension, case-insensitively', async () => {
    const p = await page();
    p.filepicker.pick({ extension: '.pdf' }, () => undefined);
    expect(q(p, '.fp-dialog input[type=file]').getAttribute('accept')).toBe('.pdf');
    drop(p, [{ name: 'doc.txt', type: 'text/plain', body: 'x' }]);
    await tick(50);
    expect(text(p)).toContain('doc.txt is not an accepted type');
  });

  test('maxSize (also as a string, as real pages pass it) refuses larger files before any byte is sent', async () => {
    const p = await page();
    p.filepicker.pick({ maxSize: '4' }, () => undefined);
    drop(p, [{ name: 'big.txt', type: 'text/plain', body: 'too big' }]);
    await tick(50);
    expect(text(p)).toContain('big.txt is too large');
  });

  test('multiple: the dialog takes several files; without it, one', async () => {
    const p = await page();
    p.filepicker.pick({ multiple: false }, () => undefined);
    expect(q(p, '.fp-dialog input[type=file]').multiple).toBe(false);
    drop(p, [{ name: 'a.txt', type: 'text/plain', body: 'a' }, { name: 'b.txt', type: 'text/plain', body: 'b' }]);
    await tick(50);
    expect(text(p)).toContain('Only one file can be selected, so none of these files were added.');
    const p2 = await page();
    p2.filepicker.pick({ multiple: true }, () => undefined);
    expect(q(p2, '.fp-dialog input[type=file]').multiple).toBe(true);
  });

  test('maxFiles caps the count', async () => {
    const p = await page();
    p.filepicker.pickMultiple({ maxFiles: 2 }, () => undefined);
    drop(p, [1, 2, 3].map((i) => ({ name: i + '.txt', type: 'text/plain', body: String(i) })));
    await tick(50);
    expect(text(p)).toContain('You can select at most 2 files, so none of these files were added.');
  });

  test('folders (with multiple) offers a folder chooser', async () => {
    const p = await page();
    p.filepicker.pickMultiple({ folders: true }, () => undefined);
    expect(q(p, '.fp-dialog input[webkitdirectory]')).not.toBeNull();
    const p2 = await page();
    p2.filepicker.pickMultiple({}, () => undefined);
    expect(q(p2, '.fp-dialog input[webkitdirectory]')).toBeNull();
  });

  test('service / services set the sources and their order; unsupported ones are left out with one warning', async () => {
    const p = await page();
    p.filepicker.pick({ services: ['URL', 'PICASA', 'COMPUTER', 'FTP', 'CUSTOMSOURCE'], customSourceContainer: 'bucket', customSourcePath: 'a/b' }, () => undefined);
    const names = Array.prototype.map.call(p.document.querySelectorAll('.fp-source'), (b: Element) => b.textContent);
    expect(names).toEqual(['Link (URL)', 'My Device', 'FTP', 'Cloud folder']);
    const warned = p.console.warn.map((a) => a.join(' ')).join('\n');
    expect(warned).toMatch(/PICASA left out: PICASA — Google shut Picasa Web Albums down in 2016/);
    expect(warned).not.toMatch(/FTP yet/);
    expect(warned).not.toMatch(/CUSTOMSOURCE yet|customSource/);
    const p2 = await page();
    p2.filepicker.pick({ service: 'URL' }, () => undefined);
    expect(q(p2, '.fp-dialog .fp-url-form input')).not.toBeNull();
    expect(q(p2, '.fp-dialog .fp-drop')).toBeNull();
  });

  test('an inlined bundle: the chunk folder is unknown, so pick ends through onError naming the dialog part', async () => {
    const p = await page({ inline: true });
    const c = callbacks();
    p.filepicker.pick({ services: ['COMPUTER', 'CUSTOMSOURCE'], openTo: 'CUSTOMSOURCE', customSourceContainer: 'bucket' }, c.s, c.e);
    const r = await c.done();
    expect(r.success).toBeUndefined();
    expect(String(r.error)).toMatch(/^FPError 102: .*could not load the `dialog` part of the library .*the folder of the main script is unknown/);
    expect(q(p, '.fp-dialog')).toBeNull();
    expect(p.errors).toEqual([]);
  });

  test('openTo opens the given source', async () => {
    const p = await page();
    p.filepicker.pick({ services: ['COMPUTER', 'URL'], openTo: 'URL' }, () => undefined);
    expect(q(p, '.fp-dialog .fp-url-form input')).not.toBeNull();
    const selected = Array.prototype.filter.call(p.document.querySelectorAll('.fp-source'), (b: Element) => b.getAttribute('aria-current') === 'true' || b.getAttribute('aria-selected') === 'true');
    expect(selected.map((b: PageValue) => b.textContent)).toEqual(['Link (URL)']);
  });

  test('language: a translated dialog (the locale script of dist/locales)', async () => {
    const de = fs.readFileSync(path.join(process.env.FP_BUNDLE_DIR || path.join(__dirname, '..', 'dist'), 'locales', 'de.js'), 'utf8');
    const p = await page({ before: de });
    p.filepicker.pick({ language: 'de' }, () => undefined);
    await tick(20);
    expect(q(p, '.fp-title').textContent).toBe('Datei zum Hochladen auswählen');
    expect(() => p.filepicker.pick({ language: 'xx' })).not.toThrow();
  });

  test('language: Hebrew is right-to-left', async () => {
    const he = fs.readFileSync(path.join(process.env.FP_BUNDLE_DIR || path.join(__dirname, '..', 'dist'), 'locales', 'he.js'), 'utf8');
    const p = await page({ before: he });
    p.filepicker.pick({ language: 'he' }, () => undefined);
    await tick(20);
    expect(q(p, '.fp-dialog').getAttribute('dir')).toBe('rtl');
  });

  test('backgroundUpload: false waits for the Upload button', async () => {
    const p = await page();
    const c = callbacks();
    p.filepicker.pickMultiple({ backgroundUpload: false }, c.s, c.e, c.pr);
    drop(p, [{ name: 'a.txt', type: 'text/plain', body: 'abc' }]);
    await tick(200);
    expect(c.rec.progress.length).toBe(0);
    const upload = Array.prototype.filter.call(p.document.querySelectorAll('button'), (b: Element) => b.textContent === 'Upload')[0] as HTMLButtonElement;
    upload.click();
    await tick(300);
    const done = Array.prototype.filter.call(p.document.querySelectorAll('button'), (b: Element) => /Done|Upload/.test(String(b.textContent)))[0] as HTMLButtonElement;
    if (done) done.click();
    const r = await c.done();
    expect(r.success.length).toBe(1);
    expect(r.progress.length).toBeGreaterThan(0);
  });

  test('hide: true hides the modal after selection; progress and the result still arrive', async () => {
    const p = await page();
    const c = callbacks();
    p.filepicker.pick({ hide: true }, c.s, c.e, c.pr);
    drop(p, [{ name: 'h.txt', type: 'text/plain', body: 'hidden upload' }]);
    const r = await c.done();
    expect(r.success.filename).toBe('h.txt');
    expect(r.progress.length).toBeGreaterThan(0);
    const overlay = q(p, '.fp-overlay');
    expect(overlay === null || overlay.hidden || overlay.classList.contains('fp-hidden')).toBe(true);
  });

  test('customCss adds the stylesheet; plain http is taken with a warning (as v2 took it); a javascript: URL throws', async () => {
    const p = await page();
    p.filepicker.pick({ customCss: '//cdn.example.com/custom.css' }, () => undefined);
    const links = Array.prototype.map.call(p.document.querySelectorAll('link[rel=stylesheet]'), (l: Element) => l.getAttribute('href'));
    expect(links.join(' ')).toContain('//cdn.example.com/custom.css');
    expect(() => p.filepicker.pick({ customText: 'http://other.example.com/t.json' }, () => undefined)).not.toThrow();
    expect(p.console.warn.map((a: unknown[]) => a.join(' ')).join('\n')).toContain('`customText` "http://other.example.com/t.json" is plain http');
    expect(() => p.filepicker.pick({ customText: 'javascript:alert(1)' })).toThrow(/customText/);
  });

  test.each([
    ['webcamDim', { webcamDim: [1280, 720] }],
    ['webcam.videoRes', { webcam: { videoRes: '1280x720' } }],
    ['webcam.audioLen', { webcam: { audioLen: '120' } }],
    ['webcam.videoLen', { webcam: { videoLen: 120 } }],
    ['imageQuality', { imageQuality: 80 }],
    ['imageDim', { imageDim: [800, null] }],
    ['imageMax', { imageMax: [800, 600] }],
    ['imageMin', { imageMin: [800, 600] }],
    ['conversions', { conversions: ['crop', 'rotate', 'filter'] }],
    ['cropRatio', { cropRatio: 4 / 3 }],
    ['cropDim', { cropDim: [800, 600] }],
    ['cropMax', { cropMax: [800, 600] }],
    ['cropMin', { cropMin: [400, 300] }],
    ['cropForce', { cropForce: true }],
  ])('%s is accepted (valid values open the dialog; out-of-range values throw, see exceptions.test)', async (_name, options) => {
    const p = await page();
    expect(() => p.filepicker.pick(options, () => undefined)).not.toThrow();
    expect(q(p, '.fp-dialog')).not.toBeNull();
  });

  test('policy / signature are sent with the uploads (an app with a secret stores only with them)', async () => {
    const policy = encodePolicy({ expiry: Math.floor(Date.now() / 1000) + 600, call: ['pick', 'store'] });
    const signature = sign(policy, 'shh');
    const p = await page({ key: 'SECURE' });
    const ok = callbacks();
    p.filepicker.pick({ policy, signature }, ok.s, ok.e);
    drop(p, [{ name: 's.txt', type: 'text/plain', body: 'secured' }]);
    expect((await ok.done()).success.filename).toBe('s.txt');

    const p2 = await page({ key: 'SECURE' });
    const bad = callbacks();
    p2.filepicker.pick({}, bad.s, bad.e);
    drop(p2, [{ name: 's.txt', type: 'text/plain', body: 'no policy' }]);
    // refused (retrying cannot help): the call ends with FPError 403 at once, the server's reason in its details
    const refused = (await bad.done()).error;
    expect(refused.code).toBe(403);
    expect(refused.details).toMatch(/polic|signature/i);
    await until(() => /The server refused this upload\./.test(text(p2)), 5000, 'the row to say the server refused the upload');
  });
});

describe('store options', () => {
  async function storeOne(storeOptions: object, name = 'photo.png'): Promise<PageValue> {
    const p = await page();
    const c = callbacks();
    p.filepicker.pickAndStore({}, storeOptions, c.s, c.e);
    drop(p, [{ name, type: 'image/png', body: 'IMG' }]);
    const r = await c.done();
    expect(r.error).toBeUndefined();
    return r.success[0];
  }

  test('location (any case), path as an exact key', async () => {
    const b = await storeOne({ location: 's3', path: 'exact/key.png' });
    expect(b.key).toBe('exact/key.png');
  });

  test('a path ending in "/" is a folder: <uniqueid>_<filename> inside it; no path: at the root', async () => {
    expect((await storeOne({ location: 'S3', path: 'myfiles/' })).key).toMatch(/^myfiles\/[A-Za-z0-9]+_photo\.png$/);
    expect((await storeOne({ location: 'S3' })).key).toMatch(/^[A-Za-z0-9]+_photo\.png$/);
  });

  test('storeContainer (or container) picks the bucket; storeRegion is accepted', async () => {
    const b = await storeOne({ location: 'S3', storeContainer: server.storage.bucket, storeRegion: 'us-east-1' });
    expect(b.container).toBe(server.storage.bucket);
  });

  test('access: public is readable straight from storage, private is not', async () => {
    const pub = await storeOne({ location: 'S3', access: 'public', path: 'pub/x.png' });
    const priv = await storeOne({ location: 'S3', access: 'private', path: 'priv/x.png' });
    const direct = (b: PageValue) => fetch(server.storage.endpoint + '/' + server.storage.bucket + '/' + b.key);
    const a = await direct(pub);
    expect(a.status).toBe(200);
    expect(await a.text()).toBe('IMG');
    expect((await direct(priv)).status).toBe(403);
    // both stay readable through the file API
    expect((await fetch(priv.url)).status).toBe(200);
  });

  test('a store the server refuses (a missing bucket): the call ends with FPError 400, the server\'s message in its details; the row says so, without Retry', async () => {
    const p = await page();
    const c = callbacks();
    p.filepicker.pickAndStore({}, { location: 'S3', container: 'no-such-bucket' }, c.s, c.e);
    drop(p, [{ name: 'refused.png', type: 'image/png', body: 'IMG' }]);
    const r = await c.done();
    expect(r.success).toBeUndefined();
    expect(r.error).toBeInstanceOf(p.filepicker.errors.FPError);
    expect(r.error.code).toBe(400);
    expect(r.error.message).toBe(new p.filepicker.errors.FPError(400).message);
    expect(r.error.details).toMatch(/bucket "no-such-bucket" does not exist/);
    await until(() => /The server refused this upload\./.test(text(p)), 5000, 'the row to say the server refused the upload');
    expect(text(p)).not.toMatch(/no-such-bucket/);
    const buttons = Array.prototype.filter.call(p.document.querySelectorAll('.fp-file button'), (b: PageValue) => !b.hasAttribute('hidden'));
    expect(buttons.map((b: PageValue) => b.textContent)).not.toContain('Retry');
    // the page has its answer: closing the dialog calls nothing more
    (q(p, '.fp-dialog') as PageValue).dispatchEvent(new p.window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await tick(20);
    expect(r.error.code).toBe(400);
    expect(q(p, '.fp-dialog')).toBeNull();
    expect(await server.storage.listObjects()).not.toContainEqual(expect.objectContaining({ key: expect.stringMatching(/refused\.png$/) }));
  });
});

describe('the documented FPError codes', () => {
  test('101: the user closed the dialog (ESC)', async () => {
    const p = await page();
    const c = callbacks();
    p.filepicker.pick({}, c.s, c.e);
    (q(p, '.fp-dialog') as PageValue).dispatchEvent(new p.window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    const r = await c.done();
    expect(r.error.code).toBe(101);
    expect(r.error.code == 101).toBe(true);
    expect(String(r.error)).toMatch(/^FPError 101/);
  });
  test('400 and 403 carry their documented meaning', async () => {
    const p = await page();
    expect(new p.filepicker.errors.FPError(400).message).toMatch(/policy and signature/);
    expect(new p.filepicker.errors.FPError(403).message).toMatch(/Not authorized/);
  });
});
