import { normalizeStoreOptions } from './storeOptions';
import { translateStoreOptions } from '../options';

/** The error `fn` throws: its name, option and message. */
function thrown(fn: () => unknown): { name?: string; option?: string; message?: string } {
  try {
    fn();
  } catch (e) {
    return e as { name: string; option: string; message: string };
  }
  throw new Error('did not throw');
}

describe('normalizeStoreOptions (the modern client)', () => {
  it('location in any case, lower case out, default s3; access in any case; names trimmed; empty or null is no value', () => {
    expect(normalizeStoreOptions(undefined)).toEqual({ location: 's3' });
    expect(normalizeStoreOptions({})).toEqual({ location: 's3' });
    expect(normalizeStoreOptions({ location: 'GCS', access: 'Public', container: ' box ', region: 'eu-west-1', path: 'a/', filename: 'f.txt' })).toEqual({
      location: 'gcs',
      access: 'public',
      container: 'box',
      region: 'eu-west-1',
      path: 'a/',
      filename: 'f.txt',
    });
    expect(normalizeStoreOptions({ location: '', container: null as unknown as string, path: '' })).toEqual({ location: 's3' });
  });

  it('fails like the v2 translator, with the same message, for the same bad value (one home: src/core/storeFields.ts)', () => {
    const cases: [string, Record<string, unknown>][] = [
      ['location', { location: 'ftp' }],
      ['access', { access: 'world' }],
      ['container', { container: 'my bucket' }],
      ['region', { region: 'us east' }],
      ['path', { path: '   ' }],
    ];
    for (const [option, input] of cases) {
      const modern = thrown(() => normalizeStoreOptions(input as never));
      const v2 = thrown(() => translateStoreOptions(input, 'store'));
      expect(modern).toMatchObject({ name: 'ValidationError', option });
      expect(modern.message).toBe(v2.message);
    }
    expect(thrown(() => normalizeStoreOptions({ location: 'ftp' })).message).toBe('filepicker: `location` must be one of s3, azure, dropbox, rackspace, gcs (any case), got "ftp" (string)');
  });

  it('a value that is not a string, or not well-formed text, names its option', () => {
    expect(thrown(() => normalizeStoreOptions({ container: 5 as unknown as string }))).toMatchObject({ option: 'container', message: 'filepicker: `container` must be a string, got 5 (number)' });
    expect(thrown(() => normalizeStoreOptions({ path: 'a\ud800' }))).toMatchObject({ option: 'path' });
    expect(thrown(() => normalizeStoreOptions('s3' as never))).toMatchObject({ option: 'storeOptions' });
  });
});
