/**
 * The v2 REST functions of the built bundle against the reference server over loopback: every function, input kind,
 * option and error code the server can produce.
 */
import { startServer, RunningServer } from '../../server/src/index';
import { Page, PageValue } from '../helpers/page';
import { handleOf, OPEN, restPage, run, SECURE, security } from './helpers';

let server: RunningServer;
let pg: Page;

beforeAll(async () => {
  // url= stores fetch this server's own loopback URLs, which the server refuses unless the host is allowed by name
  server = await startServer({ port: 0, apps: [{ apikey: OPEN }, { apikey: SECURE, secret: 'the-app-secret' }], fetchAllowHosts: ['127.0.0.1'] });
  pg = await restPage(server.url);
});
afterAll(async () => {
  pg.close();
  await server.close();
});
afterEach(() => server.faults.clear());

const HEllo = 'h\u00e9llo w\u00f6rld';
const HEllo_BYTES = unescape(encodeURIComponent(HEllo)); // the UTF-8 bytes as a binary string

async function storeText(text = HEllo, options: object = {}): Promise<PageValue> {
  const r = await run(pg, (fp, s, e, p) => fp.store(text, { mimetype: 'text/plain; charset=utf-8', filename: 'hello.txt', ...options }, s, e, p));
  expect(r.error).toBeUndefined();
  return r.value;
}

describe('store', () => {
  test('store(string) answers a REST Blob with v2 keys; progress ends at 100; callbacks are never synchronous', async () => {
    const r = await run(pg, (fp, s, e, p) => fp.store(HEllo, { filename: 'hello.txt', mimetype: 'text/plain' }, s, e, p));
    expect(r.ok).toBe(true);
    expect(r.sync).toBe(false);
    expect(Object.keys(r.value)).toEqual(['url', 'filename', 'mimetype', 'size', 'key', 'isWriteable']);
    expect(r.value).toMatchObject({ filename: 'hello.txt', mimetype: 'text/plain', size: HEllo_BYTES.length, isWriteable: true });
    expect(r.value.url).toBe(server.url + '/api/file/' + handleOf(r.value.url));
    expect(r.progress[r.progress.length - 1]).toBe(100);
    expect(await server.storage.getObject(r.value.key)).toEqual(Buffer.from(HEllo, 'utf8'));
  });

  test('store(string, {base64decode}) stores the decoded bytes; path and access reach the server', async () => {
    const r = await run(pg, (fp, s, e) => fp.store(Buffer.from([0, 1, 2, 250, 255]).toString('base64'), { base64decode: true, filename: 'b.bin', mimetype: 'application/octet-stream', path: 'some/dir/', access: 'public' }, s, e));
    expect(r.ok).toBe(true);
    expect(r.value.key).toMatch(/^some\/dir\//);
    expect(Array.prototype.slice.call(await server.storage.getObject(r.value.key))).toEqual([0, 1, 2, 250, 255]);
  });

  test('store(File), store(Blob) and store(<input type=file>) upload the file with its name', async () => {
    const W = pg.window;
    const file = new W.File(['file body'], 'doc.txt', { type: 'text/plain' });
    const a = await run(pg, (fp, s, e, p) => fp.store(file, s, e, p));
    expect(a.value).toMatchObject({ filename: 'doc.txt', mimetype: 'text/plain', size: 9 });
    const b = await run(pg, (fp, s, e) => fp.store(new W.Blob(['blob!'], { type: 'text/csv' }), {}, s, e));
    expect(b.value).toMatchObject({ mimetype: 'text/csv', size: 5 });
    const input = pg.document.createElement('input');
    input.type = 'file';
    Object.defineProperty(input, 'files', { value: [file] });
    const c = await run(pg, (fp, s, e) => fp.store(input, { filename: 'renamed.txt' }, s, e));
    expect(c.value).toMatchObject({ filename: 'renamed.txt', size: 9 });
    const empty = pg.document.createElement('input');
    empty.type = 'file';
    const d = await run(pg, (fp, s, e) => fp.store(empty, s, e));
    expect(d.error.code).toBe(115);
  });

  test('store of a file above one part (5 MiB) goes through the multipart engine', async () => {
    const size = 5 * 1024 * 1024 + 1024;
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i++) bytes[i] = (i * 7) & 255;
    const big = new pg.window.File([bytes], 'big.bin', { type: 'application/octet-stream' });
    const r = await run(pg, (fp, s, e, p) => fp.store(big, { path: 'big/' }, s, e, p));
    expect(r.error).toBeUndefined();
    expect(r.value).toMatchObject({ filename: 'big.bin', size });
    expect(r.progress.length).toBeGreaterThan(1);
    expect(r.progress[r.progress.length - 1]).toBe(100);
    for (let i = 1; i < r.progress.length; i++) expect(r.progress[i]).toBeGreaterThan(r.progress[i - 1]);
    const stored = await server.storage.getObject(r.value.key);
    expect(stored.length).toBe(size);
    expect(stored.equals(Buffer.from(bytes))).toBe(true);
  }, 30000);

  test('store(FPFile) and storeUrl copy a URL on the server (v2 file URLs map to our file API)', async () => {
    const src = await storeText('copy me', { filename: 'src.txt' });
    const a = await run(pg, (fp, s, e) => fp.store({ url: src.url, filename: 'copy.txt' }, s, e));
    expect(a.value).toMatchObject({ filename: 'copy.txt', size: 7 });
    const b = await run(pg, (fp, s, e, p) => fp.storeUrl('https://www.filepicker.io/api/file/' + handleOf(src.url), { filename: 'copy2.txt' }, s, e, p));
    expect(b.value).toMatchObject({ filename: 'copy2.txt', size: 7 });
    expect(b.value.url).not.toBe(src.url);
  });

  test.each([
    ['store', 400, 122],
    ['store', 403, 403],
    ['store', 500, 123],
    ['storeUrl', 500, 153],
    ['storeUrl', 503, 153],
  ])('%s: HTTP %i from the server gives FPError %i', async (fn, status, code) => {
    server.faults.set({ store: { sequence: [{ kind: 'status', status }] } });
    const r = await run(pg, (fp, s, e) => fp[fn](fn === 'store' ? 'data' : server.url + '/api/file/x', s, e));
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe(code);
  });

  test('real 400 and 403 answers: a location this server does not serve, unfetchable URL, missing or wrong policy', async () => {
    expect((await run(pg, (fp, s, e) => fp.store('x', { location: 'rackspace' }, s, e))).error.code).toBe(122);
    expect((await run(pg, (fp, s, e) => fp.storeUrl('ftp://example.org/x', s, e))).error.code).toBe(152);
    expect((await run(pg, (fp, s, e) => fp.store({ url: server.url + '/api/file/NoSuchHandle1' }, s, e))).error.code).toBe(152);
    const sec = await restPage(server.url, SECURE);
    try {
      expect((await run(sec, (fp, s, e) => fp.store('x', s, e))).error.code).toBe(403);
      expect((await run(sec, (fp, s, e) => fp.store('x', { ...security(), signature: 'f'.repeat(64) }, s, e))).error.code).toBe(403);
      const src = await storeText('fetch me');
      expect((await run(sec, (fp, s, e) => fp.storeUrl(src.url, { policy: 'bad', signature: 'bad' }, s, e))).error.code).toBe(403);
      const ok = await run(sec, (fp, s, e) => fp.store('secured', { filename: 's.txt', ...security() }, s, e));
      expect(ok.value).toMatchObject({ filename: 's.txt', size: 7 });
    } finally {
      sec.close();
    }
  });
});

describe('read', () => {
  test('read gives v2 binary string by default, text with asText, base64 with base64encode', async () => {
    const f = await storeText();
    expect((await run(pg, (fp, s, e, p) => fp.read(f, s, e, p))).value).toBe(HEllo_BYTES);
    expect((await run(pg, (fp, s, e) => fp.read(f.url, { asText: true }, s, e))).value).toBe(HEllo);
    expect((await run(pg, (fp, s, e) => fp.read(f.url, { base64encode: true }, s, e))).value).toBe(Buffer.from(HEllo).toString('base64'));
    const h = handleOf(f.url);
    expect((await run(pg, (fp, s, e) => fp.read('https://www.filepicker.io/api/file/' + h, { asText: true }, s, e))).value).toBe(HEllo);
    expect((await run(pg, (fp, s, e) => fp.read(server.url + '/cdn/' + h, { asText: true, cache: true }, s, e))).value).toBe(HEllo);
    expect(h).toHaveLength(20);
    expect((await run(pg, (fp, s, e) => fp.read('https://cdn.filestackcontent.com/' + h, { asText: true }, s, e))).value).toBe(HEllo);
    expect((await run(pg, (fp, s, e) => fp.stat('https://cdn.filepicker.io/api/file/' + h, s, e))).value.size).toBe(HEllo_BYTES.length);
  });

  test('read of binary data returns every byte; progress is a number up to 100', async () => {
    const bytes = Buffer.alloc(300000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) & 255;
    const f = (await run(pg, (fp, s, e) => fp.store(bytes.toString('base64'), { base64decode: true, mimetype: 'application/octet-stream' }, s, e))).value;
    const r = await run(pg, (fp, s, e, p) => fp.read(f, s, e, p));
    expect(r.value.length).toBe(bytes.length);
    expect(Buffer.from(r.value, 'latin1').equals(bytes)).toBe(true);
    expect(r.progress[r.progress.length - 1]).toBe(100);
    r.progress.forEach((n) => expect(typeof n).toBe('number'));
  });

  test('read of a local File and of a file input (FileReader)', async () => {
    const file = new pg.window.File([HEllo], 'l.txt', { type: 'text/plain' });
    expect((await run(pg, (fp, s, e) => fp.read(file, { asText: true }, s, e))).value).toBe(HEllo);
    const input = pg.document.createElement('input');
    input.type = 'file';
    Object.defineProperty(input, 'files', { value: [file] });
    expect((await run(pg, (fp, s, e) => fp.read(input, s, e))).value).toBe(HEllo_BYTES);
  });

  test('read errors: 404 → 115, 403 → 403, 5xx → 114, no answer → 113 (a GET is retried twice first)', async () => {
    expect((await run(pg, (fp, s, e) => fp.read(server.url + '/api/file/NoSuchHandle1', s, e))).error.code).toBe(115);
    const f = await storeText();
    const status = (n: number) => ({ kind: 'status' as const, status: n });
    const drop = { kind: 'drop' as const };
    server.faults.set({ file: { sequence: [status(500), status(502), status(500), drop, drop, drop, status(503)] } });
    expect((await run(pg, (fp, s, e) => fp.read(f, s, e))).error.code).toBe(114);
    expect((await run(pg, (fp, s, e) => fp.read(f, s, e))).error.code).toBe(113);
    // one 503, then the answer: the retry gets the bytes
    expect((await run(pg, (fp, s, e) => fp.read(f, s, e))).value).toBe(HEllo_BYTES);
    const sec = await restPage(server.url, SECURE);
    try {
      const g = (await run(sec, (fp, s, e) => fp.store('private', { ...security() }, s, e))).value;
      expect((await run(sec, (fp, s, e) => fp.read(g, s, e))).error.code).toBe(403);
      expect((await run(sec, (fp, s, e) => fp.read(g, { ...security(), asText: true }, s, e))).value).toBe('private');
    } finally {
      sec.close();
    }
  });
});

describe('write / writeUrl', () => {
  test('write(string), write(File), write(FPFile) and writeUrl replace the contents', async () => {
    const f = await storeText('v1');
    const a = await run(pg, (fp, s, e, p) => fp.write(f, 'version two', s, e, p));
    expect(a.value).toMatchObject({ url: f.url, size: 11 });
    expect(a.progress[a.progress.length - 1]).toBe(100);
    expect((await run(pg, (fp, s, e) => fp.read(f, { asText: true }, s, e))).value).toBe('version two');
    const file = new pg.window.File(['from a file'], 'w.txt', { type: 'text/plain' });
    await run(pg, (fp, s, e) => fp.write(f.url, file, s, e));
    expect((await run(pg, (fp, s, e) => fp.read(f, { asText: true }, s, e))).value).toBe('from a file');
    const other = await storeText('other file');
    await run(pg, (fp, s, e) => fp.write(f, other, s, e));
    expect((await run(pg, (fp, s, e) => fp.read(f, { asText: true }, s, e))).value).toBe('other file');
    const w = await run(pg, (fp, s, e) => fp.writeUrl({ url: f.url + '/convert?w=10' }, 'https://www.filepicker.io/api/file/' + handleOf(other.url), {}, s, e));
    expect(w.ok).toBe(true);
    expect((await run(pg, (fp, s, e) => fp.read(f, { asText: true }, s, e))).value).toBe('other file');
    const b64 = await run(pg, (fp, s, e) => fp.write(f, Buffer.from('decoded').toString('base64'), { base64decode: true }, s, e));
    expect(b64.value.size).toBe(7);
  });

  test('a mimetype given as a list reaches the stored file as its comma-joined text, as v2 sent it, with one warning', async () => {
    const f = await storeText('v1');
    const before = pg.console.warn.length;
    const w = await run(pg, (fp, s, e) => fp.write(f, 'a,b\n1,2\n', { mimetype: ['text/csv'] }, s, e));
    expect(w.error).toBeUndefined();
    expect((await run(pg, (fp, s, e) => fp.stat(f, s, e))).value).toMatchObject({ mimetype: 'text/csv', size: 8 });
    expect((await run(pg, (fp, s, e) => fp.read(f, { asText: true }, s, e))).value).toBe('a,b\n1,2\n');
    await run(pg, (fp, s, e) => fp.write(f, 'again', { mimetype: ['text/csv'] }, s, e));
    const other = await storeText('{"k":1}');
    const u = await run(pg, (fp, s, e) => fp.writeUrl(f, other.url, { mimetype: ['application/json'] }, s, e));
    expect(u.error).toBeUndefined();
    expect((await run(pg, (fp, s, e) => fp.stat(f, s, e))).value.mimetype).toBe('application/json');
    const st = await run(pg, (fp, s, e) => fp.store('x,y', { filename: 'l.csv', mimetype: ['text/csv'] }, s, e));
    expect((await run(pg, (fp, s, e) => fp.stat(st.value, s, e))).value.mimetype).toBe('text/csv');
    expect(pg.console.warn.slice(before).map((a) => String(a[0]))).toEqual([
      'filepicker: `write` option `mimetype` should be text, got ["text/csv"] (array); using "text/csv"',
      'filepicker: `writeUrl` option `mimetype` should be text, got ["application/json"] (array); using "application/json"',
      'filepicker: `store` option `mimetype` should be text, got ["text/csv"] (array); using "text/csv"',
    ]);
  });

  test('write errors: 404 → 121, 400 → 122, 403 → 403, 5xx → 123', async () => {
    expect((await run(pg, (fp, s, e) => fp.write(server.url + '/api/file/NoSuchHandle1', 'x', s, e))).error.code).toBe(121);
    const f = await storeText();
    expect((await run(pg, (fp, s, e) => fp.write(f, 'x', { mimetype: 'text' }, s, e))).error.code).toBe(122);
    expect((await run(pg, (fp, s, e) => fp.writeUrl(f, 'ftp://example.org/x', s, e))).error.code).toBe(122);
    server.faults.set({ store: { sequence: [{ kind: 'status', status: 500 }] } });
    expect((await run(pg, (fp, s, e) => fp.write(f, 'x', s, e))).error.code).toBe(123);
    const sec = await restPage(server.url, SECURE);
    try {
      const g = (await run(sec, (fp, s, e) => fp.store('private', { ...security() }, s, e))).value;
      expect((await run(sec, (fp, s, e) => fp.write(g, 'x', s, e))).error.code).toBe(403);
      expect((await run(sec, (fp, s, e) => fp.write(g, 'ok', security(), s, e))).value.size).toBe(2);
    } finally {
      sec.close();
    }
  });
});

describe('stat / metadata / remove', () => {
  test('stat gives the metadata with Date objects; metadata is the same', async () => {
    const f = await storeText();
    const r = await run(pg, (fp, s, e) => fp.stat(f, s, e));
    expect(r.value).toMatchObject({ filename: 'hello.txt', size: HEllo_BYTES.length });
    expect(r.value.uploaded).toBeInstanceOf(pg.window.Date);
    expect(r.value.modified).toBeInstanceOf(pg.window.Date);
    expect(r.value.created).toBeInstanceOf(pg.window.Date);
    expect(Math.abs(r.value.uploaded.getTime() - Date.now())).toBeLessThan(60000);
    const m = await run(pg, (fp, s, e) => fp.metadata(f.url, { cache: true }, s, e));
    expect(m.value.size).toBe(r.value.size);
  });

  test('stat with width/height of an image', async () => {
    const png = await (await import('sharp')).default({ create: { width: 7, height: 3, channels: 3, background: '#123456' } }).png().toBuffer();
    const img = (await run(pg, (fp, s, e) => fp.store(png.toString('base64'), { base64decode: true, mimetype: 'image/png' }, s, e))).value;
    const r = await run(pg, (fp, s, e) => fp.stat(img, { width: true, height: true }, s, e));
    expect(r.value).toMatchObject({ width: 7, height: 3, mimetype: 'image/png' });
  });

  test('remove calls onSuccess() with no argument; the file is gone afterwards (stat 161, remove 171)', async () => {
    const f = await storeText();
    const r = await run(pg, (fp, s, e) => fp.remove(f, s, e));
    expect(r.ok).toBe(true);
    expect(r.argc).toBe(0);
    expect((await run(pg, (fp, s, e) => fp.stat(f, s, e))).error.code).toBe(161);
    expect((await run(pg, (fp, s, e) => fp.remove(f.url, {}, s, e))).error.code).toBe(171);
  });

  test('stat / remove: 403 without a policy, 5xx → 162 / 172 (stat\'s GET is retried twice first, remove\'s POST is not)', async () => {
    const f = await storeText();
    const status = (n: number) => ({ kind: 'status' as const, status: n });
    server.faults.set({ file: { sequence: [status(500), status(503), status(500), status(503)] } });
    expect((await run(pg, (fp, s, e) => fp.stat(f, s, e))).error.code).toBe(162);
    expect((await run(pg, (fp, s, e) => fp.remove(f, s, e))).error.code).toBe(172);
    // the four faults are spent (three stat attempts, one remove): the file is still there
    expect((await run(pg, (fp, s, e) => fp.stat(f, s, e))).value.size).toBe(HEllo_BYTES.length);
    const sec = await restPage(server.url, SECURE);
    try {
      const g = (await run(sec, (fp, s, e) => fp.store('private', { ...security() }, s, e))).value;
      expect((await run(sec, (fp, s, e) => fp.stat(g, s, e))).error.code).toBe(403);
      expect((await run(sec, (fp, s, e) => fp.remove(g, s, e))).error.code).toBe(403);
      expect((await run(sec, (fp, s, e) => fp.stat(g, security(), s, e))).value.size).toBe(7);
      expect((await run(sec, (fp, s, e) => fp.remove(g, security(), s, e))).ok).toBe(true);
    } finally {
      sec.close();
    }
  });
});

describe('logout', () => {
  test('logout GETs /api/clients/unauth and reports the outcome (this server has no such route: not_found)', async () => {
    const same = await restPage(server.url, OPEN, server.url + '/page.html');
    try {
      const r = await new Promise<PageValue[]>((resolve) => same.filepicker.logout({ onSuccess: (...a: PageValue[]) => resolve(['ok', ...a]), onError: (...a: PageValue[]) => resolve(['error', ...a]) }));
      expect(r).toEqual(['error', 'not_found', 404]);
    } finally {
      same.close();
    }
  });
});

describe('store options through the translator', () => {
  test('v2 storeContainer and storeRegion reach the server: the file lands in that container, under the path', async () => {
    await server.storage.putObject('seed.txt', Buffer.from('seed'), 'bucket-x');
    const r = await run(pg, (fp, s, e) => fp.store('in bucket x', { location: 'S3', storeContainer: 'bucket-x', storeRegion: 'us-east-1', path: 'a/', filename: 'x.txt', mimetype: 'text/plain' }, s, e));
    expect(r.error).toBeUndefined();
    expect(r.value.key).toMatch(/^a\/[^/]+_x\.txt$/);
    expect((await server.storage.getObject(r.value.key, 'bucket-x')).toString()).toBe('in bucket x');
    await expect(server.storage.getObject(r.value.key)).rejects.toBeTruthy();
  });

  test('store and storeUrl read lists as their comma-joined text, as pickAndStore does, with one warning each', async () => {
    await server.storage.putObject('seed.txt', Buffer.from('seed'), 'bucket-l');
    const before = pg.console.warn.length;
    const r = await run(pg, (fp, s, e) => fp.store('listed', { location: ['S3'], path: ['up/'], storeContainer: ['bucket-l'], filename: ['l.txt'], mimetype: 'text/plain' }, s, e));
    expect(r.error).toBeUndefined();
    expect(r.value.key).toMatch(/^up\/[^/]+_l\.txt$/);
    expect((await server.storage.getObject(r.value.key, 'bucket-l')).toString()).toBe('listed');
    const warned = pg.console.warn.slice(before).map((a) => String(a[0]));
    expect(warned).toEqual([
      'filepicker: `location` should be text, got ["S3"] (array); using "S3"',
      'filepicker: `path` should be text, got ["up/"] (array); using "up/"',
      'filepicker: `storeContainer` should be text, got ["bucket-l"] (array); using "bucket-l"',
      'filepicker: `filename` should be text, got ["l.txt"] (array); using "l.txt"',
    ]);
    const src = await run(pg, (fp, s, e) => fp.store('source', { filename: 'src.txt', mimetype: 'text/plain' }, s, e));
    const copied = await run(pg, (fp, s, e) => fp.storeUrl(src.value.url, { location: ['s3'], path: ['copies/'] }, s, e));
    expect(copied.error).toBeUndefined();
    expect(copied.value.key).toMatch(/^copies\//);
    // a list of something else than text is still left out, with the warning that says so
    const odd = await run(pg, (fp, s, e) => fp.store('odd', { path: [{}], filename: 'o.txt', mimetype: 'text/plain' }, s, e));
    expect(odd.value.key).not.toMatch(/\//);
    expect(pg.console.warn.map((a) => String(a[0]))).toContain('filepicker: `store` option `path` must be a string, got [{}] (array); it is not sent');
  });

  test('a list naming an unknown location throws like the text would', () => {
    expect(() => pg.filepicker.store('data', { location: ['ftp'] }, () => undefined, () => undefined)).toThrow(/filepicker: `location` must be one of s3, azure, dropbox, rackspace, gcs \(any case\), got "ftp" \(string\)$/);
  });

  test('an unknown location throws the documented FilepickerException naming `location`, and nothing is sent', () => {
    let thrown: PageValue;
    try {
      pg.filepicker.store('data', { location: 'ftp' }, () => undefined, () => undefined);
    } catch (e) {
      thrown = e;
    }
    expect(String(thrown)).toMatch(/filepicker: `location` must be one of s3, azure, dropbox, rackspace, gcs \(any case\), got "ftp" \(string\)$/);
  });
});
