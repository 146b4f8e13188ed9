import { translatePickerOptions, translateStoreOptions } from './index';
import { closestOption, editDistance } from './suggest';
import { PICKER_KEYS } from './table';

const warningsOf = (o: unknown) => translatePickerOptions(o, 'pick').warnings;

describe('unknown picker options', () => {
  it.each([
    ['mimeTypes', 'mimetypes'],
    ['MimeType', 'mimetype'],
    ['multple', 'multiple'],
    ['maxsize', 'maxSize'],
    ['max_files', 'maxFiles'],
    ['extentions', 'extensions'],
    ['custom_css', 'customCss'],
    ['opento', 'openTo'],
    ['servces', 'services'],
    ['store_location', 'storeLocation'],
    ['imageQualty', 'imageQuality'],
    ['background-upload', 'backgroundUpload'],
  ])('`%s` warns once with "did you mean `%s`?" and never throws', (typo, meant) => {
    const input: Record<string, unknown> = {};
    input[typo] = 'whatever';
    expect(warningsOf(input)).toEqual([{ option: typo, message: 'filepicker: unknown picker option `' + typo + '` is ignored; did you mean `' + meant + '`?' }]);
  });

  it('has no hint when nothing is close', () => {
    expect(warningsOf({ zebra: 1, onSuccess: () => 1 })).toEqual([
      { option: 'zebra', message: 'filepicker: unknown picker option `zebra` is ignored' },
      { option: 'onSuccess', message: 'filepicker: unknown picker option `onSuccess` is ignored' },
    ]);
  });

  it('unknown keys never change the result', () => {
    const t = translatePickerOptions({ mimeTypes: ['image/*'], multple: true, maxsize: 5 }, 'pick');
    expect(t.config).toEqual(translatePickerOptions({}, 'pick').config);
  });

  it('known-but-unsupported v2 keys say so', () => {
    expect(warningsOf({ mobile: true, redirectUrl: 'https://a.b/', noFileReader: true, showClose: true })).toEqual([
      { option: 'mobile', message: 'filepicker: `mobile` has no effect in this version (the dialog adapts to the screen by itself)' },
      { option: 'redirectUrl', message: 'filepicker: `redirectUrl` has no effect in this version (results are always delivered to the callbacks)' },
      { option: 'noFileReader', message: 'filepicker: `noFileReader` has no effect in this version (files are always read with the File API)' },
      { option: 'showClose', message: 'filepicker: `showClose` has no effect in this version (the dialog always has a close button)' },
    ]);
  });

  it('a clean, realistic call has no warnings', () => {
    expect(
      warningsOf({
        mimetypes: ['image/*', 'application/pdf'],
        services: ['COMPUTER', 'URL'],
        openTo: 'COMPUTER',
        maxSize: 10485760,
        maxFiles: 1,
        language: 'de',
        container: 'modal',
        imageMax: [1024, 1024],
        conversions: ['crop', 'rotate'],
        policy: 'P',
        signature: 'S',
      }),
    ).toEqual([]);
  });
});

describe('the hint finder', () => {
  it('edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('prefers an exact case/underscore-insensitive match over a near one', () => {
    expect(closestOption('MIMETYPES', PICKER_KEYS)).toBe('mimetypes');
    expect(closestOption('mimetype_', PICKER_KEYS)).toBe('mimetype');
  });

  it('does not guess for short or distant names', () => {
    expect(closestOption('id', PICKER_KEYS)).toBeUndefined();
    expect(closestOption('callback', PICKER_KEYS)).toBeUndefined();
  });
});

describe('warnings about options that cannot take effect', () => {
  it('maxFiles > 1 without multiple', () => {
    expect(warningsOf({ maxFiles: 5 })).toEqual([
      { option: 'maxFiles', message: 'filepicker: `maxFiles` only applies when picking multiple files (set `multiple: true` or use pickMultiple)' },
    ]);
    expect(warningsOf({ maxFiles: 1 })).toEqual([]);
    expect(translatePickerOptions({ maxFiles: 5 }, 'pickMultiple').warnings).toEqual([]);
  });

  it('a policy without a signature, or the reverse', () => {
    expect(warningsOf({ policy: 'P' })).toEqual([
      { option: 'signature', message: 'filepicker: `policy` is given without `signature`; a server with security enabled will refuse the request' },
    ]);
    expect(warningsOf({ signature: 'S' }).map((w) => w.option)).toEqual(['policy']);
    expect(translateStoreOptions({ signature: 'S' }, 'store').warnings.map((w) => w.option)).toEqual(['policy']);
    expect(warningsOf({ policy: 'P', signature: 'S' })).toEqual([]);
  });
});
