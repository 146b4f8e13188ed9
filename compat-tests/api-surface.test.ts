/** The v2 API surface of dist/filepicker.js (and of the minified build), loaded into a page. */
import { loadPage, Page, PageValue } from './helpers/page';

const V2_KEYS = ['errors', 'setKey', 'setResponsiveOptions', 'pick', 'pickFolder', 'pickMultiple', 'pickAndStore', 'read', 'write', 'writeUrl', 'export', 'exportFile', 'processImage', 'store', 'storeUrl', 'stat', 'metadata', 'remove', 'convert', 'constructWidget', 'makeDropPane', 'FilepickerException', 'responsive', 'logout', 'version', 'services', 'base64'];
const FUNCTIONS = V2_KEYS.filter((k) => !['errors', 'version', 'services', 'base64'].includes(k));

describe.each(['readable', 'min'] as const)('the %s bundle', (flavour) => {
  let page: Page;
  let fp: PageValue;
  beforeAll(async () => {
    page = await loadPage({ flavour });
    fp = page.filepicker;
  });
  afterAll(() => page.close());

  test('defines window.filepicker without errors', () => {
    expect(fp).toBeDefined();
    expect(page.errors).toEqual([]);
  });

  test('has every v2 member, in v2 order, followed only by the modern additions', () => {
    const keys = Object.keys(fp);
    expect(keys.slice(0, V2_KEYS.length)).toEqual(V2_KEYS);
    expect(keys.slice(V2_KEYS.length).sort()).toEqual(['configure', 'init']);
  });

  test.each(FUNCTIONS)('%s is a function', (name) => {
    expect(typeof fp[name]).toBe('function');
  });

  test('exposes no private state (G1): apikey, util, mimetypes, internal, extend, _queue', () => {
    fp.setKey('SECRETKEY');
    for (const k of ['apikey', 'util', 'mimetypes', 'internal', 'extend', '_queue', 'urls', 'widgets', 'API_VERSION']) expect(fp[k]).toBeUndefined();
    expect(JSON.stringify(Object.keys(fp))).not.toContain('SECRETKEY');
  });

  test('errors.FPError and FilepickerException are constructors; handleError exists', () => {
    expect(typeof fp.errors.FPError).toBe('function');
    expect(typeof fp.errors.handleError).toBe('function');
    expect(new fp.errors.FPError(101)).toBeInstanceOf(fp.errors.FPError);
    expect(new fp.FilepickerException('x')).toBeInstanceOf(fp.FilepickerException);
  });

  test('version is the package version', () => {
    expect(fp.version).toBe(require('../package.json').version);
  });

  test('services is the v2 enum', () => {
    expect(fp.services).toEqual({ COMPUTER: 1, DROPBOX: 2, FACEBOOK: 3, GITHUB: 4, GMAIL: 5, IMAGE_SEARCH: 6, URL: 7, WEBCAM: 8, GOOGLE_DRIVE: 9, SEND_EMAIL: 10, INSTAGRAM: 11, FLICKR: 12, VIDEO: 13, EVERNOTE: 14, PICASA: 15, WEBDAV: 16, FTP: 17, ALFRESCO: 18, BOX: 19, SKYDRIVE: 20, GDRIVE: 21, CUSTOMSOURCE: 22, CLOUDDRIVE: 23, GENERIC: 24, CONVERT: 25, AUDIO: 26 });
  });

  test('base64 keeps the v2 UTF-8 flag semantics', () => {
    expect(fp.base64.encode('é')).toBe('w6k=');
    expect(fp.base64.encode('é', false)).toBe('6Q==');
    expect(fp.base64.decode('w6k=')).toBe('é');
  });

  test('creates nothing in the page at load (no comm iframes, unlike v2: G11)', () => {
    expect(page.document.querySelectorAll('iframe').length).toBe(0);
  });
});

describe('module systems', () => {
  test('CommonJS: require() returns the API without a window', () => {
    const path = require('path');
    const dir = process.env.FP_BUNDLE_DIR ? path.resolve(process.env.FP_BUNDLE_DIR) : path.join(__dirname, '..', 'dist');
    const file = path.join(dir, 'filepicker.js');
    jest.isolateModules(() => {
      const fp = require(file);
      expect(typeof fp.pickAndStore).toBe('function');
      expect(typeof fp.init).toBe('function');
    });
  });

  test('AMD: define() receives a factory that returns the API, and no global is set', async () => {
    const page = await loadPage({ before: 'window.__defined = []; window.define = function (deps, factory) { window.__defined.push(factory()); }; window.define.amd = {};' });
    expect(page.window.__defined.length).toBe(1);
    expect(typeof page.window.__defined[0].pick).toBe('function');
    expect(page.window.filepicker).toBeUndefined();
    page.close();
  });
});
