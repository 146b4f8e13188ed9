/**
 * Differential suite for the REST functions: bad inputs to every function, on filepicker-js@2.4.18 and on ours,
 * side by side. Only calls that v2 refuses before any request are made (nothing may reach the network). The thrown
 * texts must be identical; where v2 crashed with a TypeError (null / undefined targets), ours throws v2's own text
 * for that function instead, and the test pins both.
 */
import { loadPage, Page, tick, PageValue } from '../helpers/page';

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

type Thrown = { threw: false } | { threw: true; exception: boolean; text: string; str: string };

function attempt(page: Page, key: string | undefined, fn: (fp: PageValue, w: PageValue) => unknown): Thrown {
  page.filepicker.setKey(key);
  try {
    fn(page.filepicker, page.window);
    return { threw: false };
  } catch (e: unknown) {
    return { threw: true, exception: e instanceof page.window.filepicker.FilepickerException, text: String(e && (e as { text?: unknown }).text), str: String(e) };
  }
}

const FP = 'https://www.filepicker.io/api/file/AbCdEfGhIjKlMnOpQrSt';
const noop = () => undefined;

/** [label, call]: v2 throws a FilepickerException for each, before any request. */
const CASES: [string, (fp: PageValue, w: PageValue) => unknown][] = [
  ['read("")', (fp) => fp.read('')],
  ['read(0)', (fp) => fp.read(0)],
  ['read(null)', (fp) => fp.read(null)],
  ['read()', (fp) => fp.read()],
  ['read(5)', (fp) => fp.read(5, noop, noop)],
  ['read(true)', (fp) => fp.read(true)],
  ['read({})', (fp) => fp.read({})],
  ['read([1,2])', (fp) => fp.read([1, 2])],
  ['read({url:""})', (fp) => fp.read({ url: '' })],
  ['read(<div>)', (fp, w) => fp.read(w.document.createElement('div'))],
  ['read(<input type=text>)', (fp, w) => fp.read(w.document.createElement('input'))],
  ['write(null, "x")', (fp) => fp.write(null, 'x')],
  ['write("", "x")', (fp) => fp.write('', 'x')],
  ['write(FP)', (fp) => fp.write(FP)],
  ['write(FP, null)', (fp) => fp.write(FP, null)],
  ['write("nope", "x")', (fp) => fp.write('nope', 'x')],
  ['write("https://example.org/a", "x")', (fp) => fp.write('https://example.org/a', 'x')],
  ['write(5, "x")', (fp) => fp.write(5, 'x')],
  ['write({}, "x")', (fp) => fp.write({}, 'x')],
  ['write(FP, 5)', (fp) => fp.write(FP, 5)],
  ['write(FP, true)', (fp) => fp.write(FP, true)],
  ['write(FP, {})', (fp) => fp.write(FP, {}, noop)],
  ['write(FP, [])', (fp) => fp.write(FP, [])],
  ['write({url: FP}, {url: ""})', (fp) => fp.write({ url: FP }, { url: '' })],
  ['writeUrl(null, "u")', (fp) => fp.writeUrl(null, 'u')],
  ['writeUrl(FP)', (fp) => fp.writeUrl(FP)],
  ['writeUrl(FP, null)', (fp) => fp.writeUrl(FP, null)],
  ['writeUrl("nope", "u")', (fp) => fp.writeUrl('nope', 'u')],
  ['writeUrl({}, "u")', (fp) => fp.writeUrl({}, 'u')],
  ['writeUrl(7, "u")', (fp) => fp.writeUrl(7, 'u')],
  ['store(5)', (fp) => fp.store(5)],
  ['store(0)', (fp) => fp.store(0, {}, noop)],
  ['store(true)', (fp) => fp.store(true)],
  ['store({})', (fp) => fp.store({})],
  ['store([])', (fp) => fp.store([])],
  ['store({url: ""})', (fp) => fp.store({ url: '' })],
  ['store(<div>)', (fp, w) => fp.store(w.document.createElement('div'))],
  ['stat("nope")', (fp) => fp.stat('nope')],
  ['stat("")', (fp) => fp.stat('')],
  ['stat(5)', (fp) => fp.stat(5)],
  ['stat({})', (fp) => fp.stat({}, noop, noop)],
  ['stat("https://example.org/x")', (fp) => fp.stat('https://example.org/x')],
  ['metadata(true)', (fp) => fp.metadata(true)],
  ['remove("nope")', (fp) => fp.remove('nope')],
  ['remove(5)', (fp) => fp.remove(5)],
  ['remove({})', (fp) => fp.remove({}, {}, noop)],
  ['remove([])', (fp) => fp.remove([])],
  ['convert(null)', (fp) => fp.convert(null)],
  ['convert("")', (fp) => fp.convert('', {})],
  ['convert()', (fp) => fp.convert()],
  ['convert("nope", {})', (fp) => fp.convert('nope', {})],
  ['convert(5, {})', (fp) => fp.convert(5, {})],
  ['convert({}, {})', (fp) => fp.convert({}, {})],
  ['convert(FP, {width:"100"})', (fp) => fp.convert(FP, { width: '100' })],
  ['convert(FP, {width: undefined})', (fp) => fp.convert(FP, { width: undefined })],
  ['convert(FP, {height: null})', (fp) => fp.convert(FP, { height: null })],
  ['convert(FP, {crop: 5})', (fp) => fp.convert(FP, { crop: 5 })],
  ['convert(FP, {crop: {}})', (fp) => fp.convert(FP, { crop: {} })],
  ['convert(FP, {rotate: true})', (fp) => fp.convert(FP, { rotate: true })],
  ['convert(FP, {exif: 1})', (fp) => fp.convert(FP, { exif: 1 })],
  ['convert(FP, {crop_first: "true"})', (fp) => fp.convert(FP, { crop_first: 'true' })],
  ['convert(FP, {bogus: 1})', (fp) => fp.convert(FP, { bogus: 1 })],
  ['convert(FP, {w: 100})', (fp) => fp.convert(FP, { w: 100 })],
  ['convert(FP, {width: 10, blur: 2})', (fp) => fp.convert(FP, { width: 10, blur: 2 })],
  ['convert(FP, "abc")', (fp) => fp.convert(FP, 'abc')],
  ['convert(FP, {}, {location: 5})', (fp) => fp.convert(FP, {}, { location: 5 })],
  ['convert(FP, {}, {path: []})', (fp) => fp.convert(FP, {}, { path: [1] })],
  ['convert(FP, {}, {access: 7})', (fp) => fp.convert(FP, {}, { access: 7 }, noop, noop)],
  ['convert(FP/convert?foo=1, {})', (fp) => fp.convert(FP + '/convert?foo=1', {})],
  ['convert({url: FP, mimetype: "image/png"}, {width: "x"})', (fp) => fp.convert({ url: FP, mimetype: 'image/png' }, { width: 'x' })],
];

describe('bad inputs throw the same FilepickerException text as v2', () => {
  test.each(CASES)('%s', (_label, fn) => {
    const theirs = attempt(v2, 'KEY', fn);
    const mine = attempt(ours, 'KEY', fn);
    expect(theirs).toMatchObject({ threw: true, exception: true });
    expect(mine).toEqual(theirs);
  });
});

describe('without a key every function throws "API Key not found" first, as in v2', () => {
  test.each(CASES.concat([
    ['storeUrl("u")', (fp) => fp.storeUrl('u')],
    ['read(FP)', (fp) => fp.read(FP)],
    ['stat(FP)', (fp) => fp.stat(FP)],
    ['remove(FP)', (fp) => fp.remove(FP)],
    ['store("data")', (fp) => fp.store('data')],
  ]))('%s', (_label, fn) => {
    const theirs = attempt(v2, undefined, fn);
    expect(theirs).toMatchObject({ threw: true, exception: true, text: 'API Key not found', str: 'FilepickerException: API Key not found' });
    expect(attempt(ours, undefined, fn)).toEqual(theirs);
  });
});

describe('where v2 crashed with a TypeError, ours throws v2 text for that function (pinned)', () => {
  test.each([
    ['store(null)', (fp: PageValue) => fp.store(null), 'Cannot store given input: null. Not a string, file input, DOM File, or FPFile object.'],
    ['store()', (fp: PageValue) => fp.store(), 'Cannot store given input: undefined. Not a string, file input, DOM File, or FPFile object.'],
    ['stat(null)', (fp: PageValue) => fp.stat(null), 'Invalid file to get metadata for: null. Not a filepicker url or FPFile object.'],
    ['metadata()', (fp: PageValue) => fp.metadata(), 'Invalid file to get metadata for: undefined. Not a filepicker url or FPFile object.'],
    ['remove(null)', (fp: PageValue) => fp.remove(null), 'Invalid file to remove: null. Not a filepicker url or FPFile object.'],
  ])('%s', (_label, fn, text) => {
    const theirs = attempt(v2, 'KEY', fn);
    expect(theirs).toMatchObject({ threw: true, exception: false });
    expect((theirs as { str: string }).str).toMatch(/^TypeError/);
    expect(attempt(ours, 'KEY', fn)).toEqual({ threw: true, exception: true, text, str: 'FilepickerException: ' + text });
  });
});

describe('local failures before any request give the same FPError code (ours later, v2 synchronously)', () => {
  test.each([
    ['convert of an FPFile without mimetype', (fp: PageValue, e: PageValue) => fp.convert({ url: FP }, { width: 5 }, e, e)],
    ['convert of a text FPFile, even with bad parameters', (fp: PageValue, e: PageValue) => fp.convert({ url: FP, mimetype: 'text/plain' }, { width: 'bad' }, {}, e, e)],
    ['read of a file input with no file', (fp: PageValue, e: PageValue, w: PageValue) => {
      const input = w.document.createElement('input');
      input.type = 'file';
      fp.read(input, e, e);
    }],
    ['store of a file input with no file', (fp: PageValue, e: PageValue, w: PageValue) => {
      const input = w.document.createElement('input');
      input.type = 'file';
      fp.store(input, {}, e, e);
    }],
    ['write of a file input with no file', (fp: PageValue, e: PageValue, w: PageValue) => {
      const input = w.document.createElement('input');
      input.type = 'file';
      fp.write(FP, input, e, e);
    }],
  ])('%s', async (_label, fn) => {
    const codes: { [k: string]: unknown[] } = { v2: [], ours: [] };
    const syncCount: { [k: string]: number } = {};
    for (const [name, page] of [['v2', v2], ['ours', ours]] as [string, Page][]) {
      page.filepicker.setKey('KEY');
      const got = codes[name];
      fn(page.filepicker, (err: PageValue) => got.push(err && err.code), page.window);
      syncCount[name] = got.length;
    }
    await ours.settle(); // the first call loads the rest chunk
    await tick(20);
    expect(syncCount).toEqual({ v2: 1, ours: 0 });
    expect(codes.ours).toEqual(codes.v2);
    expect(codes.ours).toHaveLength(1);
  });
});
