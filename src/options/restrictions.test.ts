import { translatePickerOptions } from './index';
import { validationError } from './__tests__/helpers';

const pick = (o: unknown) => translatePickerOptions(o, 'pick');

describe('mimetype(s) and extension(s)', () => {
  it('accepts anything when neither is given (empty lists)', () => {
    expect(pick({}).config.accept).toEqual({ mimetypes: [], extensions: [] });
    expect(pick({ mimetype: '*/*' }).config.accept).toEqual({ mimetypes: [], extensions: [] });
  });

  it('wraps a singular or a non-array plural; the plural wins', () => {
    expect(pick({ mimetypes: 'image/png' }).config.accept.mimetypes).toEqual(['image/png']);
    const t = pick({ mimetype: 'image/png', mimetypes: ['text/plain'] });
    expect(t.config.accept.mimetypes).toEqual(['text/plain']);
    expect(t.warnings).toEqual([{ option: 'mimetype', message: 'filepicker: both `mimetype` and `mimetypes` are given; `mimetypes` is used' }]);
    expect(pick({ extension: 'PDF', extensions: ['.doc'] }).config.accept.extensions).toEqual(['.doc']);
  });

  it('splits comma lists (widget attributes) and keeps the case of extensions', () => {
    expect(pick({ mimetype: 'image/png, image/jpeg' }).config.accept.mimetypes).toEqual(['image/png', 'image/jpeg']);
    expect(pick({ extensions: '.PNG,.jpg' }).config.accept.extensions).toEqual(['.PNG', '.jpg']);
  });

  it('rejects both together with v2\'s exact text', () => {
    const fromPick = validationError(() => pick({ mimetype: 'image/*', extension: '.pdf' }), 'mimetype');
    expect(fromPick).toBe('Error: Cannot pass in both mimetype and extension parameters to the pick function');
    expect(validationError(() => translatePickerOptions({ mimetypes: ['a/b'], extensions: ['.c'] }, 'pickMultiple'), 'mimetype')).toBe(fromPick);
    expect(validationError(() => translatePickerOptions({ mimetype: 'a/b', extensions: '.c' }, 'pickAndStore'), 'mimetype')).toBe(fromPick);
  });

  it('reads a word where a MIME type belongs as v2 pages meant it (an extension or a group), or leaves it out; one warning each', () => {
    expect(pick({ mimetype: 'pdf' })).toMatchObject({
      config: { accept: { mimetypes: ['application/pdf'], extensions: [] } },
      warnings: [{ option: 'mimetype', message: 'filepicker: `mimetype` "pdf" is not a MIME type; using "application/pdf"' }],
    });
    expect(pick({ mimetypes: ['.PNG', 'image', 'text/plain'] }).config.accept.mimetypes).toEqual(['image/png', 'image/*', 'text/plain']);
    const t = pick({ mimetypes: 'images, pdf' });
    expect(t.config.accept.mimetypes).toEqual(['application/pdf']);
    expect(t.warnings[1]).toEqual({ option: 'mimetypes', message: 'filepicker: `mimetypes` takes MIME types like "image/*" or "application/pdf"; left out: images' });
  });

  it('leaves out malformed entries and rejects values that are not text, naming the option', () => {
    expect(pick({ mimetype: 'a b/c, image/png' })).toMatchObject({
      config: { accept: { mimetypes: ['image/png'] } },
      warnings: [{ option: 'mimetype', message: 'filepicker: `mimetype` takes MIME types like "image/*" or "application/pdf"; left out: a b/c' }],
    });
    expect(validationError(() => pick({ mimetypes: ['image/*', 5] }), 'mimetypes')).toMatch(/^filepicker: `mimetypes` must be a string or a list of strings, got \["image\/\*",5\] \(array\)$/);
    expect(validationError(() => pick({ extensions: ['.a b'] }), 'extensions')).toMatch(/`extensions` must be a file extension like ".pdf"/);
    expect(validationError(() => pick({ extension: {} }), 'extension')).toMatch(/got \{\} \(object\)$/);
  });
});

describe('maxSize and maxFiles', () => {
  it('accept whole numbers and numeric strings', () => {
    expect(pick({ maxSize: 1024 * 1024 }).config.maxSize).toBe(1048576);
    expect(pick({ maxSize: ' 10485760 ' }).config.maxSize).toBe(10485760);
    expect(pick({ maxFiles: '3' }).config.maxFiles).toBe(3);
  });

  it('are unset by default', () => {
    const c = pick({}).config;
    expect(c.maxSize).toBeUndefined();
    expect(c.maxFiles).toBeUndefined();
  });

  it.each([
    ['10mb', 10485760],
    ['10MB', 10485760],
    [' 1.5 GB ', 1610612736],
    ['500k', 512000],
    ['2048 b', 2048],
    ['10485760*1024', 10737418240],
    ['1584 * 2016', 3193344],
  ])('maxSize %p is converted to %p bytes, with one warning naming it', (given, bytes) => {
    const t = pick({ maxSize: given });
    expect(t.config.maxSize).toBe(bytes);
    expect(t.warnings).toEqual([{ option: 'maxSize', message: 'filepicker: `maxSize` should be a whole number of bytes, got ' + JSON.stringify(given) + ' (string); using ' + bytes }]);
  });

  it('maxFiles takes a product but no size unit', () => {
    expect(translatePickerOptions({ maxFiles: '2*3' }, 'pickMultiple')).toMatchObject({ config: { maxFiles: 6 }, warnings: [{ option: 'maxFiles', message: 'filepicker: `maxFiles` should be a whole number, got "2*3" (string); using 6' }] });
    expect(pick({ maxFiles: '5mb' }).config.maxFiles).toBeUndefined();
  });

  it.each([[0], ['0'], [-1], [1.5], ['big'], ['10 parsecs'], ['2*'], ['1e400*2'], ['9007199254740993*2'], [''], [true], [[5]], [NaN], [Infinity]])(
    'never throw for %p (v2 passed it on): unset, with one warning naming the option',
    (bad) => {
      const size = pick({ maxSize: bad });
      expect(size.config.maxSize).toBeUndefined();
      expect(size.warnings).toHaveLength(1);
      expect(size.warnings[0].option).toBe('maxSize');
      expect(size.warnings[0].message).toMatch(/^filepicker: `maxSize` should be a whole number of bytes of at least 1, got .*; it is ignored$/);
      const files = pick({ maxFiles: bad });
      expect(files.config.maxFiles).toBeUndefined();
      expect(files.warnings.map((w) => w.option)).toEqual(['maxFiles']);
    },
  );

  it('name the value and its type', () => {
    expect(pick({ maxFiles: '0' }).warnings[0].message).toBe('filepicker: `maxFiles` should be a whole number of at least 1, got "0" (string); it is ignored');
  });
});

describe('multiple and folders', () => {
  it('multiple is true for pickMultiple whatever the options say', () => {
    expect(translatePickerOptions({}, 'pickMultiple').config.multiple).toBe(true);
    expect(translatePickerOptions({ multiple: false }, 'pickMultiple').config.multiple).toBe(true);
  });

  it('multiple follows the option for pick and pickAndStore; maxFiles > 1 does not imply it', () => {
    expect(pick({}).config.multiple).toBe(false);
    expect(pick({ multiple: true }).config.multiple).toBe(true);
    expect(pick({ multiple: 'false' }).config.multiple).toBe(false);
    expect(pick({ multiple: 1 }).config.multiple).toBe(true);
    expect(pick({ maxFiles: 5 }).config.multiple).toBe(false);
    expect(translatePickerOptions({ multiple: 'TRUE' }, 'pickAndStore').config.multiple).toBe(true);
  });

  it('folders defaults to false and warns when it cannot apply', () => {
    expect(pick({}).config.folders).toBe(false);
    expect(translatePickerOptions({ folders: 'true' }, 'pickMultiple')).toMatchObject({ config: { folders: true }, warnings: [] });
    expect(pick({ folders: true }).warnings.map((w) => w.option)).toEqual(['folders']);
  });

  it.each([['yes', true], [2, true], [{}, true], ['', false], ['off', false]])('other flag values are read as v2 read them: %p is %p, with a warning', (odd, flag) => {
    const t = translatePickerOptions({ multiple: odd, folders: odd }, 'pickAndStore');
    expect(t.config).toMatchObject({ multiple: flag, folders: flag });
    expect(t.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^filepicker: `multiple` should be true or false, got .*; taken as / ),
      expect.stringMatching(/^filepicker: `folders` should be true or false, got .*; taken as / ),
    ]);
  });
});

describe('empty lists', () => {
  it('an empty plural does not hide the singular', () => {
    expect(pick({ mimetype: 'image/*', mimetypes: '' }).config.accept.mimetypes).toEqual(['image/*']);
    expect(pick({ service: 'BOX', services: [] }).config.sources).toEqual(['BOX']);
    expect(pick({ extensions: [], extension: 'pdf' }).config.accept.extensions).toEqual(['.pdf']);
  });
});
