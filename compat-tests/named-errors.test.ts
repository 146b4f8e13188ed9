/**
 * The calls that used to fail out of the documented channels (a URIError or TypeError from inside, a silent option, a
 * call that never ended), each against the built bundle and the reference server over loopback: a FilepickerException
 * where v2 threw synchronously, `onError(FPError)` with its code, a rejected promise with a ValidationError for the
 * modern API, or a console warning naming the option.
 */
import { startServer, RunningServer } from '../server/src/index';
import { Page, tick } from './helpers/page';
import { OPEN, restPage, run } from './rest/helpers';

let server: RunningServer;
let pg: Page;
let fileUrl: string;

beforeAll(async () => {
  // storeUrl fetches this server's own loopback URLs, which the server refuses unless the host is allowed by name
  server = await startServer({ port: 0, apps: [{ apikey: OPEN }], fetchAllowHosts: ['127.0.0.1'] });
  pg = await restPage(server.url, OPEN, server.url + '/page.html');
  fileUrl = (await run(pg, (fp, s, e) => fp.store('hello', { filename: 'a.txt' }, s, e))).value.url;
});
afterAll(async () => {
  pg.close();
  await server.close();
});
afterEach(() => pg.filepicker.setKey(OPEN));

/** The FilepickerException `fn` throws (fails the test when it throws something else or nothing). */
function thrown(fn: () => void): { text: string } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(pg.window.filepicker.FilepickerException);
    return e as { text: string };
  }
  throw new Error('nothing was thrown');
}

function noop(): void {
  /* a callback that must not run */
}

describe('lone surrogates never reach encodeURIComponent', () => {
  test.each([['filename'], ['path'], ['container'], ['mimetype'], ['location'], ['access']])('store option `%s`', (name) => {
    const e = thrown(() => pg.filepicker.store('x', { [name]: 'a\uD800' }, noop, noop));
    expect(e.text).toContain('`store` option `' + name + '` is not well-formed text');
  });

  test('storeUrl: the URL and its options; read / stat / remove options; the policy is never shown', () => {
    expect(thrown(() => pg.filepicker.storeUrl('https://example.test/\uDC00', noop, noop)).text).toContain('`storeUrl` needs a URL that is well-formed text');
    expect(thrown(() => pg.filepicker.storeUrl(fileUrl, { path: '\uDBFF/' }, noop, noop)).text).toContain('option `path`');
    const e = thrown(() => pg.filepicker.read(fileUrl, { policy: 'secret\uD800' }, noop, noop));
    expect(e.text).toContain('`read` option `policy`');
    expect(e.text).not.toContain('secret');
    expect(thrown(() => pg.filepicker.stat(fileUrl, { width: '\uD800' }, noop, noop)).text).toContain('`stat` option `width`');
    expect(thrown(() => pg.filepicker.remove(fileUrl, { x: '\uDC00' }, noop, noop)).text).toContain('`remove` option `x`');
    expect(thrown(() => pg.filepicker.store({ url: fileUrl, filename: '\uD800' }, noop, noop)).text).toContain('option `filename`');
  });

  test('a well-formed pair (an emoji) is sent as before', async () => {
    const r = await run(pg, (fp, s, e) => fp.store('x', { filename: 'ok\uD83D\uDE00.txt' }, s, e));
    expect(r.value.filename).toBe('ok\uD83D\uDE00.txt');
  });
});

describe('setKey never throws; a key with no text fails each call that needs it, by name', () => {
  const boom = () => {
    throw new Error('boom');
  };
  test.each([
    ['Object.create(null)', () => Object.create(null)],
    ['a throwing toString', () => ({ toString: boom })],
    ['a lone surrogate', () => 'KEY\uD800'],
  ])('%s', (_label, make) => {
    expect(() => pg.filepicker.setKey(make())).not.toThrow();
    for (const call of [
      () => pg.filepicker.store('x', noop, noop),
      () => pg.filepicker.storeUrl(fileUrl, noop, noop),
      () => pg.filepicker.read(fileUrl, noop, noop),
      () => pg.filepicker.stat(fileUrl, noop, noop),
    ]) {
      expect(thrown(call).text).toMatch(/^API Key not usable: the value given to setKey /);
    }
  });
});

// (a list of text is read as its comma-joined text, as pickAndStore reads it: compat-tests/rest/rest.test.ts)
describe('store options of the wrong kind: a warning names the option, the call goes on without it', () => {
  test.each([
    ['path', () => [{}, 'b']],
    ['filename', () => pg.document.createElement('div')],
    ['container', () => pg.window.Promise.resolve('x')],
    ['access', () => new pg.window.Error('e')],
    ['mimetype', () => Object.create(null)],
  ])('`%s`', async (name, make) => {
    const warnings = pg.console.warn.length;
    const r = await run(pg, (fp, s, e) => fp.store('x', { [name]: make() }, s, e));
    expect(r.ok).toBe(true);
    const said = pg.console.warn.slice(warnings).map((w) => String(w[0])).join('\n');
    expect(said).toContain('`store` option `' + name + '` must be a string');
  });

  test('policy and signature given as objects are named, never shown', async () => {
    const warnings = pg.console.warn.length;
    const r = await run(pg, (fp, s, e) => fp.storeUrl(fileUrl, { policy: { p: 'secret' }, signature: ['secret'] }, s, e));
    expect(r.ok).toBe(true);
    const said = pg.console.warn.slice(warnings).map((w) => String(w[0])).join('\n');
    expect(said).toContain('`storeUrl` option `policy` must be a string, got an object');
    expect(said).toContain('`storeUrl` option `signature` must be a string, got an array');
    expect(said).not.toContain('secret');
  });
});

describe('calls that used to end silently', () => {
  test('read of a removed file calls onError(115)', async () => {
    const f = (await run(pg, (fp, s, e) => fp.store('bye', s, e))).value;
    expect((await run(pg, (fp, s, e) => fp.remove(f, s, e))).ok).toBe(true);
    const r = await run(pg, (fp, s, e) => fp.read(f, s, e));
    expect(r.error.code).toBe(115);
    expect((await run(pg, (fp, s, e) => fp.read(f.url, { asText: true }, s, e))).error.code).toBe(115);
  });

  test('init().upload rejects (never stays pending) for a non-Blob file and for a token it cannot attach controls to', async () => {
    const client = pg.filepicker.init(OPEN, undefined, { hosts: server.url });
    for (const file of [{}, 'text', pg.document.createElement('div'), pg.window.Promise.resolve(1), Object.create(null)]) {
      await expect(client.upload(file)).rejects.toMatchObject({ name: 'ValidationError', option: 'file' });
    }
    await expect(client.upload(new pg.window.Blob(['x']), {}, {}, Object.freeze({}))).rejects.toMatchObject({ name: 'ValidationError', option: 'token' });
    await expect(client.upload(new pg.window.Blob(['x']), {}, {}, 'token')).rejects.toMatchObject({ name: 'ValidationError', option: 'token' });
    await expect(client.upload(new pg.window.Blob(['x']), {}, { path: 'a\uD800/' })).rejects.toMatchObject({ name: 'ValidationError', option: 'path' });
    await expect(client.storeURL('https://example.test/\uD800')).rejects.toMatchObject({ name: 'ValidationError', option: 'url' });
    expect(() => pg.filepicker.init('K\uDC00')).toThrow(expect.objectContaining({ name: 'ValidationError', option: 'apiKey' }));
  });
});

describe('widget members: values with no text form', () => {
  test('makeDropPane list and number options, responsive and constructWidget on stand-ins', () => {
    const div = pg.document.createElement('div');
    expect(thrown(() => pg.filepicker.makeDropPane(div, { mimetypes: Object.create(null) })).text).toContain('`makeDropPane` option `mimetypes`');
    expect(thrown(() => pg.filepicker.makeDropPane(div, { extensions: ['png', { toString: null }] })).text).toContain('option `extensions`');
    expect(thrown(() => pg.filepicker.makeDropPane(div, { maxSize: { valueOf: () => { throw new Error('x'); } } })).text).toContain('option `maxSize`');
    expect(pg.filepicker.makeDropPane(div, { mimetypes: ['image/*', 5], maxSize: '100' })).toBe(true);
    expect(thrown(() => pg.filepicker.responsive({ nodeName: Object.create(null) })).text).toBe('Passed object is not an image');
    expect(thrown(() => pg.filepicker.constructWidget({ getAttribute: noop })).text).toContain('`constructWidget` needs a DOM element');
  });

  test('a symbol or an object with no text form never escapes as a TypeError', async () => {
    const sym = Symbol('s');
    for (const name of ['pick', 'processImage', 'exportFile', 'read', 'store', 'stat', 'remove', 'convert', 'write']) {
      for (const bad of [sym, Object.create(null)]) {
        try {
          const handle = pg.filepicker[name](bad, bad, noop, noop);
          if (handle && handle.close) handle.close();
        } catch (e) {
          expect(e).toBeInstanceOf(pg.window.filepicker.FilepickerException);
        }
      }
    }
    await tick(20);
    for (const d of Array.prototype.slice.call(pg.document.querySelectorAll('[role="dialog"]'))) d.remove();
  });
});
