/**
 * Differential suite: the same calls against the original filepicker-js@2.4.18 (node_modules) and against ours,
 * for everything that needs no remote server. Identical observable behaviour is expected, except where
 * COMPATIBILITY.md says we differ on purpose (each such case is pinned here with both outcomes).
 */
import { loadPage, Page, PageValue } from './helpers/page';

let v2: Page;
let ours: Page;
beforeAll(async () => {
  v2 = await loadPage({ flavour: 'legacy' });
  ours = await loadPage();
});
afterAll(() => {
  v2.close();
  ours.close();
});

/** What a call does, as a page sees it: its return type, or the text and string form of what it threw. */
function outcome(page: Page, fn: (fp: PageValue) => unknown): { threw: boolean; text?: string; str?: string; returned?: string } {
  try {
    const r = fn(page.filepicker);
    return { threw: false, returned: r === undefined ? 'undefined' : typeof r === 'object' && r ? 'object:' + Object.keys(r).join(',') : typeof r };
  } catch (e: unknown) {
    return { threw: true, text: String(e && (e as { text?: unknown }).text), str: String(e) };
  }
}

function same(fn: (fp: PageValue) => unknown) {
  expect(outcome(ours, fn)).toEqual(outcome(v2, fn));
}

describe('API surface', () => {
  test('every v2 public key exists in ours, in the same order, with the same type', () => {
    const v2Keys = Object.keys(v2.filepicker);
    expect(Object.keys(ours.filepicker).slice(0, v2Keys.length)).toEqual(v2Keys);
    for (const k of v2Keys) expect(typeof ours.filepicker[k]).toBe(typeof v2.filepicker[k]);
  });
  test('functions are argument-less wrappers (length 0), as in v2', () => {
    for (const k of Object.keys(v2.filepicker)) {
      if (typeof v2.filepicker[k] === 'function' && !['FilepickerException'].includes(k)) {
        expect([k, ours.filepicker[k].length]).toEqual([k, v2.filepicker[k].length]);
      }
    }
  });
  test('services are identical', () => {
    expect(ours.filepicker.services).toEqual(v2.filepicker.services);
  });
  test('version differs on purpose: ours is the package version, v2 said 2.4.18', () => {
    expect(v2.filepicker.version).toBe('2.4.18');
    expect(ours.filepicker.version).toBe(require('../package.json').version);
  });
  test('no apikey, util or mimetypes on either', () => {
    for (const p of [v2, ours]) {
      p.filepicker.setKey('K');
      expect(p.filepicker.apikey).toBeUndefined();
      expect(p.filepicker.util).toBeUndefined();
      expect(p.filepicker.mimetypes).toBeUndefined();
      p.filepicker.setKey(undefined);
    }
  });
});

describe('thrown exceptions without a key', () => {
  const calls: [string, (fp: PageValue) => unknown][] = [
    ['pick()', (fp) => fp.pick()],
    ['pick(fn)', (fp) => fp.pick(() => 0)],
    ['pickMultiple({})', (fp) => fp.pickMultiple({})],
    ['pickAndStore({}, {})', (fp) => fp.pickAndStore({}, {}, () => 0)],
    ['pickFolder()', (fp) => fp.pickFolder()],
    ['read(url)', (fp) => fp.read('https://www.filepicker.io/api/file/AAA')],
    ['write(url, data)', (fp) => fp.write('https://www.filepicker.io/api/file/AAA', 'x')],
    ['writeUrl(url, url)', (fp) => fp.writeUrl('https://www.filepicker.io/api/file/AAA', 'https://e.com/x')],
    ['export(url)', (fp) => fp.export('https://e.com/x')],
    ['exportFile(url)', (fp) => fp.exportFile('https://e.com/x')],
    ['processImage(url)', (fp) => fp.processImage('https://www.filepicker.io/api/file/AAA')],
    ['store("data")', (fp) => fp.store('data')],
    ['storeUrl(url)', (fp) => fp.storeUrl('https://e.com/x')],
    ['stat(url)', (fp) => fp.stat('https://www.filepicker.io/api/file/AAA')],
    ['metadata(url)', (fp) => fp.metadata('https://www.filepicker.io/api/file/AAA')],
    ['remove(url)', (fp) => fp.remove('https://www.filepicker.io/api/file/AAA')],
    ['convert(url, {})', (fp) => fp.convert('https://www.filepicker.io/api/file/AAA', { width: 10 })],
  ];
  test.each(calls)('%s', (_n, fn) => {
    const r = outcome(ours, fn);
    expect(r.threw).toBe(true);
    expect(r).toEqual(outcome(v2, fn));
  });
  test('the exception is an instance of FilepickerException in both', () => {
    for (const p of [v2, ours]) {
      try {
        p.filepicker.pick();
      } catch (e) {
        expect(e).toBeInstanceOf(p.filepicker.FilepickerException);
      }
    }
  });
});

describe('with a key', () => {
  beforeAll(() => {
    v2.filepicker.setKey('KEY');
    ours.filepicker.setKey('KEY');
  });
  afterAll(() => {
    v2.filepicker.setKey(undefined);
    ours.filepicker.setKey(undefined);
  });

  test.each([
    ['pickAndStore()', (fp: PageValue) => fp.pickAndStore()],
    ['pickAndStore({})', (fp: PageValue) => fp.pickAndStore({})],
    ['pickAndStore(null, {})', (fp: PageValue) => fp.pickAndStore(null, {})],
    ['pickAndStore(fn, {})', (fp: PageValue) => fp.pickAndStore(() => 0, {})],
  ])('%s throws the same text', (_n, fn) => same(fn));

  test('mimetype together with extension: same text (v2 threw its internal object, ours a real exception: G2)', () => {
    const fn = (fp: PageValue) => fp.pick({ mimetype: 'image/*', extension: '.png' });
    const a = outcome(v2, fn);
    const b = outcome(ours, fn);
    expect(b.text).toBe(a.text);
    expect(b.str).toBe(a.str);
  });

  test('mimetypes together with extensions in pickMultiple: same text', () => same((fp) => fp.pickMultiple({ mimetypes: ['image/*'], extensions: ['.png'] })));

  test('pickAndStore multiple with a bad path: v2 threw "NaN" (G3), ours names the path', () => {
    const fn = (fp: PageValue) => fp.pickAndStore({ multiple: true }, { path: 'x' });
    expect(outcome(v2, fn).str).toBe('FilepickerException: NaN');
    expect(outcome(ours, fn).text).toMatch(/path/);
  });

  test.each([
    ['pick({language: "ja"})', (fp: PageValue) => fp.pick({ language: 'ja' })],
    ['pick({language: "nb"})', (fp: PageValue) => fp.pick({ language: 'nb' })],
    ['pick({language: ""})', (fp: PageValue) => fp.pick({ language: '' })],
    ['pick([])', (fp: PageValue) => fp.pick([])],
    ['pick({maxSize: "10mb"})', (fp: PageValue) => fp.pick({ maxSize: '10mb' })],
    ['pick({maxSize: "1584*2016"})', (fp: PageValue) => fp.pick({ maxSize: '1584*2016' })],
    ['pickMultiple({maxFiles: "big"})', (fp: PageValue) => fp.pickMultiple({ maxFiles: 'big' })],
  ])('%s: accepted by both (G32), the call opens the dialog', (_n, fn) => {
    const opened = (fp: PageValue) => {
      const r = fn(fp);
      r.close();
      return r;
    };
    expect(outcome(ours, opened)).toEqual({ threw: false, returned: 'object:close' });
    same(opened);
  });

  test('pick returns an object with close() in both', () => {
    const fn = (fp: PageValue) => {
      const r = fp.pick({ mimetype: 'image/*' });
      r.close();
      return r;
    };
    same(fn);
  });
});

describe('FPError format', () => {
  test.each([101, 115, 403])('FPError(%i): numeric code, toString starts with "FPError <code>"', (code) => {
    for (const p of [v2, ours]) {
      const e = new p.filepicker.errors.FPError(code);
      expect(e.code).toBe(code);
      expect(String(e).indexOf('FPError ' + code)).toBe(0);
    }
  });
  test('ours always carries a message; v2 only with its debug script (G5)', () => {
    expect(new v2.filepicker.errors.FPError(101).message).toBeUndefined();
    expect(new ours.filepicker.errors.FPError(101).message).toBe('The user closed the picker without choosing a file');
  });
});

describe('base64', () => {
  test('decoding 3-byte UTF-8: v2 throws a ReferenceError (its decoder uses an undeclared variable), ours returns the text', () => {
    const b = v2.filepicker.base64.encode('日本語');
    for (const flag of [undefined, true, false]) expect(ours.filepicker.base64.encode('日本語', flag)).toBe(v2.filepicker.base64.encode('日本語', flag));
    expect(() => v2.filepicker.base64.decode(b)).toThrow(/c3 is not defined/);
    expect(ours.filepicker.base64.decode(b)).toBe('日本語');
  });
  test.each([['hello'], ['é'], ['']])('encode/decode %j agree', (s) => {
    for (const flag of [undefined, true, false]) {
      expect(ours.filepicker.base64.encode(s, flag)).toBe(v2.filepicker.base64.encode(s, flag));
    }
    const b = v2.filepicker.base64.encode(s);
    expect(ours.filepicker.base64.decode(b)).toBe(v2.filepicker.base64.decode(b));
    expect(ours.filepicker.base64.decode(b, false)).toBe(v2.filepicker.base64.decode(b, false));
  });
});

describe('the async-loader _queue replay', () => {
  const STUB = "window.filepicker = { _queue: [], setKey: function () { filepicker._queue.push(['setKey', arguments]); }, pickAndStore: function () { filepicker._queue.push(['pickAndStore', arguments]); } };";
  test('setKey replayed: both have the key afterwards and keep the stub object', async () => {
    for (const flavour of ['legacy', 'readable'] as const) {
      const p = await loadPage({ flavour, before: STUB + "window.stub = window.filepicker; filepicker.setKey('K');" });
      expect(p.filepicker).toBe(p.window.stub);
      expect(p.filepicker._queue).toBeUndefined();
      let e: PageValue;
      try { p.filepicker.pickAndStore({}); } catch (x) { e = x; }
      expect(e.text).toBe('Not all required parameters given, missing picker or store options');
      p.close();
    }
  });
  test('a queued call that throws: v2 stops and leaves _queue (G23); ours reports it and goes on', async () => {
    const before = STUB + "filepicker.pickAndStore(); filepicker.setKey('K');";
    const old = await loadPage({ flavour: 'legacy', before });
    const neu = await loadPage({ before });
    expect(Array.isArray(old.filepicker._queue)).toBe(true);
    expect(neu.filepicker._queue).toBeUndefined();
    expect(neu.console.error.map(String).join(' ')).toContain('API Key not found');
    old.close();
    neu.close();
  });
});
