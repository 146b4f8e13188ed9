/** Synchronous exceptions: the documented channel for bad calls is a thrown FilepickerException. */
import { loadPage, Page, PageValue } from './helpers/page';

const KEY_CHECKED = ['pick', 'pickFolder', 'pickMultiple', 'pickAndStore', 'read', 'write', 'writeUrl', 'export', 'exportFile', 'processImage', 'store', 'storeUrl', 'stat', 'metadata', 'remove', 'convert'];

function thrown(fn: () => unknown): PageValue {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('without a key', () => {
  let page: Page;
  let fp: PageValue;
  beforeAll(async () => {
    page = await loadPage();
    fp = page.filepicker;
  });
  afterAll(() => page.close());

  test.each(KEY_CHECKED)('%s throws FilepickerException "API Key not found" before looking at its arguments', (name) => {
    const e = thrown(() => fp[name]({ url: 'https://www.filepicker.io/api/file/AAA' }, {}, () => undefined));
    expect(e).toBeInstanceOf(fp.FilepickerException);
    expect(e.text).toBe('API Key not found');
    expect(String(e)).toBe('FilepickerException: API Key not found');
  });

  test('setKey(null) clears the key again', async () => {
    fp.setKey('K');
    fp.setKey(null);
    expect(thrown(() => fp.pick(() => undefined)).text).toBe('API Key not found');
  });
});

describe('with a key', () => {
  let page: Page;
  let fp: PageValue;
  beforeAll(async () => {
    page = await loadPage();
    fp = page.filepicker;
    fp.setKey('KEY');
  });
  afterAll(() => page.close());

  test.each([
    ['no options', []],
    ['no store options', [{}]],
    ['null store options', [{}, null]],
    ['a function as picker options', [() => undefined, {}]],
    ['a function as store options (v2 did not check: bug fixed)', [{}, () => undefined]],
  ])('pickAndStore with %s throws v2\'s text', (_n, args) => {
    const e = thrown(() => fp.pickAndStore(...(args as unknown[])));
    expect(e).toBeInstanceOf(fp.FilepickerException);
    expect(e.text).toBe('Not all required parameters given, missing picker or store options');
  });

  test('mimetype with extension throws v2\'s text, as a real FilepickerException (G2)', () => {
    const e = thrown(() => fp.pick({ mimetype: 'image/*', extension: '.pdf' }));
    expect(e).toBeInstanceOf(fp.FilepickerException);
    expect(e.text).toBe('Error: Cannot pass in both mimetype and extension parameters to the pick function');
  });

  test('pickAndStore multiple with a path not ending in "/" names the option (v2 threw "NaN": G3)', () => {
    const e = thrown(() => fp.pickAndStore({ multiple: true }, { path: 'x' }));
    expect(e).toBeInstanceOf(fp.FilepickerException);
    expect(e.text).not.toBe(NaN);
    expect(e.text).toMatch(/path/);
    expect(e.text).toMatch(/\//);
  });

  test.each([
    [{ maxFiles: 0 }, 'maxFiles'],
    [{ maxSize: 'big' }, 'maxSize'],
    [{ imageQuality: 150 }, 'imageQuality'],
    [{ cropRatio: -1 }, 'cropRatio'],
    [{ imageDim: [800] }, 'imageDim'],
    [{ webcam: { videoRes: '999x1' } }, 'videoRes'],
    [{ webcam: { audioLen: 6000 } }, 'audioLen'],
    [{ language: 'xx' }, 'language'],
    [{ customCss: 'javascript:alert(1)' }, 'customCss'],
  ])('bad option %j throws a FilepickerException naming %s', (options, name) => {
    const e = thrown(() => fp.pick(options, () => undefined));
    expect(e).toBeInstanceOf(fp.FilepickerException);
    expect(e.text).toContain(name);
    expect(e.text).toMatch(/^filepicker: /);
  });

  test('bad store options throw naming the option', () => {
    expect(thrown(() => fp.pickAndStore({}, { location: 'ftp' })).text).toContain('location');
    expect(thrown(() => fp.pickAndStore({}, { access: 'world' })).text).toContain('access');
  });
});

describe('what real pages pass does not throw', () => {
  test.each([
    ['numbers as strings', { maxSize: '10485760', maxFiles: '5', debug: true }],
    ['null values', { mimetype: null, services: null, debug: true }],
    ['a misspelled key', { mimeTypes: 'image/*', multple: true, debug: true }],
    ['services outside the v2 list', { services: ['CAMERA', 'GALLERY', 'IMAGESEARCH', 'COMPUTER'], debug: true }],
  ])('%s', async (_n, options) => {
    const page = await loadPage();
    page.filepicker.setKey('K');
    expect(() => page.filepicker.pick(options, () => undefined)).not.toThrow();
    page.close();
  });

  test('lower-case location works', async () => {
    const page = await loadPage();
    page.filepicker.setKey('K');
    expect(() => page.filepicker.pickAndStore({ debug: true }, { location: 's3' }, () => undefined)).not.toThrow();
    page.close();
  });

  test('an unknown key warns once per key per page, with a hint', async () => {
    const page = await loadPage();
    page.filepicker.setKey('K');
    page.filepicker.pick({ mimeTypes: 'image/*', debug: true }, () => undefined);
    page.filepicker.pick({ mimeTypes: 'image/*', debug: true }, () => undefined);
    const warnings = page.console.warn.map((a) => a.join(' ')).filter((s) => s.includes('mimeTypes'));
    expect(warnings.length).toBe(1);
    expect(warnings[0]).toContain('mimetypes');
    page.close();
  });
});
