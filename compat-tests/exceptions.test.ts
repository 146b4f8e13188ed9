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
    [{ imageQuality: 150 }, 'imageQuality'],
    [{ cropRatio: -1 }, 'cropRatio'],
    [{ imageDim: [800] }, 'imageDim'],
    [{ webcam: { audioLen: 6000 } }, 'audioLen'],
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

  test.each([
    ['a language the dialog lacks', { language: 'ja' }, 'language', /`language` "ja" \(string\) is not one of the supported languages .*; using /],
    ['Norwegian Bokmål', { language: 'nb' }, 'language', /`language` "nb" is not available; using "no"/],
    ['an unknown language code', { language: 'xx' }, 'language', /`language` "xx"/],
    ['maxSize with a unit', { maxSize: '10mb' }, 'maxSize', /`maxSize` should be a whole number of bytes, got "10mb" \(string\); using 10485760$/],
    ['maxSize as a product', { maxSize: '1584*2016' }, 'maxSize', /`maxSize` should be a whole number of bytes, got "1584\*2016" \(string\); using 3193344$/],
    ['maxSize as words', { maxSize: 'big' }, 'maxSize', /`maxSize` .*"big" \(string\); it is ignored$/],
    ['maxFiles 0', { maxFiles: 0 }, 'maxFiles', /`maxFiles` .*0 \(number\); it is ignored$/],
    ['an unknown video resolution', { webcam: { videoRes: '1920x1080' } }, 'webcam.videoRes', /`webcam.videoRes` should be one of .*"1920x1080" \(string\); the default \(640x480\) is used$/],
    ['conversions v2 filtered out', { conversions: ['crop', 'resize'] }, 'conversions', /`conversions` takes "crop", "rotate" and "filter"; left out: resize$/],
    ['an empty array as options', [], 'options', /`options` should be an object of picker options, got \[\] \(array\); the defaults are used$/],
    ['a file extension as mimetype', { mimetype: 'pdf' }, 'mimetype', /`mimetype` "pdf" is not a MIME type; using "application\/pdf"$/],
    ['debug as a word', { debug: 'yes' }, 'debug', /`debug` should be true or false, got "yes" \(string\); taken as true$/],
    ['customCss over plain http', { customCss: 'http://cdn.example.com/a.css' }, 'customCss', /`customCss` "http:\/\/cdn.example.com\/a.css" is plain http/],
    ['an empty container', { container: '' }, 'container', /`container` should be "modal", "window" or the id of an iframe, got "" \(string\); the default is used$/],
    ['store options as lists', { storeLocation: ['S3'] }, 'storeLocation', /`storeLocation` should be text, got \["S3"\] \(array\); using "S3"$/],
  ])('%s: the call goes on, with one console warning naming the option', async (_n, options, name, message) => {
    const page = await loadPage();
    page.filepicker.setKey('K');
    let closer: { close(): void } | undefined;
    for (let i = 0; i < 2; i++) {
      expect(() => (closer = page.filepicker.pick(options, () => undefined))).not.toThrow();
      if (closer) closer.close();
    }
    const warnings = page.console.warn.map((a) => a.join(' ')).filter((s) => s.indexOf('`' + name + '`') >= 0);
    expect(warnings.length).toBe(1);
    expect(warnings[0]).toMatch(message);
    page.close();
  });

  test('an empty language means the browser language, silently', async () => {
    const page = await loadPage();
    page.filepicker.setKey('K');
    expect(() => page.filepicker.pick({ language: '', debug: true }, () => undefined)).not.toThrow();
    expect(page.console.warn.length).toBe(0);
    page.close();
  });

  test('a screen ratio as cropRatio ("16:9") is taken as 16/9, silently', async () => {
    const page = await loadPage();
    page.filepicker.setKey('K');
    expect(() => page.filepicker.pick({ cropRatio: '16:9', debug: true }, () => undefined)).not.toThrow();
    expect(page.console.warn.length).toBe(0);
    page.close();
  });

  test('pickAndStore store options given as lists are read as their text', async () => {
    const page = await loadPage();
    page.filepicker.setKey('K');
    expect(() => page.filepicker.pickAndStore({ debug: true }, { location: ['s3'], path: ['up/'] }, () => undefined)).not.toThrow();
    expect(page.console.warn.map((a) => a.join(' ')).join('\n')).toMatch(/`path` should be text, got \["up\/"\] \(array\); using "up\/"/);
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
