import { MISSING_OPTIONS, translatePickAndStore, translatePickerOptions, translateStoreOptions } from './index';
import { validationError } from './__tests__/helpers';

describe('translateStoreOptions', () => {
  it('maps the v2 keys to the modern storeTo vocabulary, location lower case, default s3', () => {
    expect(translateStoreOptions({ location: 'S3', path: '/myfiles/1234.png', storeContainer: 'user-photos', storeRegion: 'us-east-1', access: 'public' }, 'store')).toEqual({
      store: { location: 's3', path: '/myfiles/1234.png', container: 'user-photos', region: 'us-east-1', access: 'public' },
      security: {},
      content: {},
      warnings: [],
    });
    expect(translateStoreOptions({}, 'store').store).toEqual({ location: 's3' });
    expect(translateStoreOptions(undefined, 'store').store).toEqual({ location: 's3' });
    expect(translateStoreOptions({ location: 'Azure' }, 'store').store.location).toBe('azure');
    ['dropbox', 'RACKSPACE', 'gcs'].forEach((l) => expect(translateStoreOptions({ location: l }, 'store').store.location).toBe(l.toLowerCase()));
  });

  it('accepts container/storeContainer and region/storeRegion; the v2 names win', () => {
    expect(translateStoreOptions({ container: 'a', region: 'eu-west-1' }, 'store').store).toMatchObject({ container: 'a', region: 'eu-west-1' });
    expect(translateStoreOptions({ container: 'a', storeContainer: 'b', region: 'r1', storeRegion: 'r2' }, 'store').store).toMatchObject({ container: 'b', region: 'r2' });
    expect(translateStoreOptions({ storeContainer: 'b', container: 'a', storeRegion: 'r2', region: 'r1' }, 'store').store).toMatchObject({ container: 'b', region: 'r2' });
  });

  it('store context: filename, mimetype, base64decode, policy, signature', () => {
    const t = translateStoreOptions({ filename: 'a b.txt', mimetype: 'Text/Plain', base64decode: 'true', policy: 'P', signature: 'S' }, 'store');
    expect(t.store).toEqual({ location: 's3', filename: 'a b.txt' });
    expect(t.content).toEqual({ mimetype: 'text/plain', base64decode: true });
    expect(t.security).toEqual({ policy: 'P', signature: 'S' });
    expect(t.warnings).toEqual([]);
  });

  it('pickAndStore context: access defaults to private; store-only keys warn and are ignored', () => {
    const t = translateStoreOptions({ filename: 'x', mimetype: 'text/plain', base64decode: true }, 'pickAndStore');
    expect(t.store).toEqual({ location: 's3', access: 'private' });
    expect(t.content).toEqual({});
    expect(t.warnings.map((w) => w.option)).toEqual(['filename', 'mimetype', 'base64decode']);
    expect(t.warnings[0].message).toBe('filepicker: store option `filename` has no effect for pickAndStore (it applies to filepicker.store)');
  });

  it('reads a list where text belongs as v2 sent it (its comma-joined text), with one warning naming the option', () => {
    const t = translateStoreOptions({ location: ['S3'], path: ['uploads/'], storeContainer: ['bucket-1'], access: ['Public'] }, 'pickAndStore');
    expect(t.store).toEqual({ location: 's3', path: 'uploads/', container: 'bucket-1', access: 'public' });
    expect(t.warnings.map((w) => w.option)).toEqual(['location', 'path', 'storeContainer', 'access']);
    expect(t.warnings[0].message).toBe('filepicker: `location` should be text, got ["S3"] (array); using "S3"');
    const picker = translatePickerOptions({ storeLocation: ['azure'], storePath: ['a/', 'b'] }, 'pick');
    expect(picker.store).toEqual({ location: 'azure', path: 'a/,b' });
    expect(picker.warnings.map((w) => w.option)).toEqual(['storeLocation', 'storePath']);
  });

  it('validates every key, naming it', () => {
    expect(validationError(() => translateStoreOptions({ location: 'ftp' }, 'store'), 'location')).toBe(
      'filepicker: `location` must be one of s3, azure, dropbox, rackspace, gcs (any case), got "ftp" (string)',
    );
    expect(validationError(() => translateStoreOptions({ access: 'world' }, 'store'), 'access')).toBe('filepicker: `access` must be one of public, private (any case), got "world" (string)');
    expect(translateStoreOptions({ access: 'PRIVATE' }, 'store').store.access).toBe('private');
    expect(validationError(() => translateStoreOptions({ path: 5 }, 'store'), 'path')).toMatch(/`path` must be a non-empty string, got 5 \(number\)/);
    expect(validationError(() => translateStoreOptions({ container: 'my bucket' }, 'store'), 'container')).toMatch(/`container` must be a name without spaces/);
    expect(validationError(() => translateStoreOptions({ storeRegion: '' }, 'store'), 'storeRegion')).toMatch(/non-empty string/);
    expect(validationError(() => translateStoreOptions({ mimetype: ['a/b', 'c/d'] }, 'store'), 'mimetype')).toMatch(/`mimetype` must be one MIME type like "text\/plain"/);
    expect(validationError(() => translateStoreOptions({ mimetype: 'a/b,c/d' }, 'store'), 'mimetype')).toMatch(/`mimetype` must be one MIME type like "text\/plain"/);
    expect(translateStoreOptions({ base64decode: 'yes' }, 'store')).toMatchObject({ content: { base64decode: true }, warnings: [{ option: 'base64decode' }] });
    expect(validationError(() => translateStoreOptions('s3', 'store'), 'storeOptions')).toBe('filepicker: `storeOptions` must be an object of store options, got "s3" (string)');
  });

  it('never puts a policy or signature in a message', () => {
    const msg = validationError(() => translateStoreOptions({ policy: { secret: 'TOPSECRET' } }, 'store'), 'policy');
    expect(msg).toBe('filepicker: `policy` must be a non-empty string, got a value of type object');
    expect(validationError(() => translatePickerOptions({ signature: ['TOPSECRET'] }, 'pick'), 'signature')).not.toMatch(/TOPSECRET/);
  });

  it('warns about unknown keys with a hint, and ignores holes', () => {
    const t = translateStoreOptions({ Location: 'S3', acess: 'public', region: undefined, path: null, colour: 'red' }, 'store');
    expect(t.store).toEqual({ location: 's3' });
    expect(t.warnings).toEqual([
      { option: 'Location', message: 'filepicker: unknown store option `Location` is ignored; did you mean `location`?' },
      { option: 'acess', message: 'filepicker: unknown store option `acess` is ignored; did you mean `access`?' },
      { option: 'colour', message: 'filepicker: unknown store option `colour` is ignored' },
    ]);
  });
});

describe('store keys inside picker options', () => {
  it('go to `store` (as widgets send them), validated like store options', () => {
    const t = translatePickerOptions({ storeLocation: 'GCS', storePath: 'up/', storeContainer: 'b', storeRegion: 'r', storeAccess: 'PUBLIC' }, 'pickMultiple');
    expect(t.store).toEqual({ location: 'gcs', path: 'up/', container: 'b', region: 'r', access: 'public' });
    expect(validationError(() => translatePickerOptions({ storeLocation: 'ftp' }, 'pick'), 'storeLocation')).toMatch(/^filepicker: `storeLocation` must be one of s3/);
    expect(validationError(() => translatePickerOptions({ storeAccess: true }, 'pick'), 'storeAccess')).toMatch(/got true \(boolean\)$/);
  });

  it('pickMultiple with a file path warns (v2 let it through; files would overwrite each other)', () => {
    const t = translatePickerOptions({ storePath: 'a.png' }, 'pickMultiple');
    expect(t.warnings.map((w) => w.option)).toEqual(['storePath']);
  });
});

describe('translatePickAndStore', () => {
  it.each([
    [undefined, {}],
    [{}, undefined],
    [null, {}],
    [{}, null],
    [0, {}],
    [{}, ''],
    [() => 1, {}],
    [{}, () => 1],
  ])('throws v2\'s exact text for missing or function options (%p, %p)', (p, s) => {
    const option = !p || typeof p === 'function' ? 'pickerOptions' : 'storeOptions';
    expect(validationError(() => translatePickAndStore(p, s), option)).toBe('Not all required parameters given, missing picker or store options');
    expect(MISSING_OPTIONS).toBe('Not all required parameters given, missing picker or store options');
  });

  it('applies v2 defaults: location s3, access private', () => {
    const t = translatePickAndStore({ mimetype: 'image/*', multiple: true }, { location: 'S3' });
    expect(t.store).toEqual({ location: 's3', access: 'private' });
    expect(t.config.multiple).toBe(true);
    expect(t.config.accept.mimetypes).toEqual(['image/*']);
  });

  it('store options win over the picker storeX keys; holes never override', () => {
    const t = translatePickAndStore(
      { storeLocation: 'azure', storePath: 'p/', storeContainer: 'pc', storeRegion: 'pr', storeAccess: 'public' },
      { path: 's/', container: undefined, region: null, storeRegion: 'sr' },
    );
    expect(t.store).toEqual({ location: 'azure', path: 's/', container: 'pc', region: 'sr', access: 'public' });
  });

  it('multiple needs a path ending in "/" (v2 threw `NaN` here)', () => {
    expect(validationError(() => translatePickAndStore({ multiple: true }, { path: 'x' }), 'path')).toBe(
      'filepicker: pickAndStore with multiple files requires a `path` that ends in "/", got "x"',
    );
    expect(validationError(() => translatePickAndStore({ multiple: 'true', storePath: 'a.png' }, {}), 'path')).toMatch(/requires a `path` that ends in "\/", got "a.png"/);
    expect(translatePickAndStore({ multiple: true }, { path: 'x/' }).store.path).toBe('x/');
    expect(translatePickAndStore({ multiple: true, storePath: 'bad' }, { path: 'good/' }).store.path).toBe('good/');
    expect(translatePickAndStore({ multiple: false }, { path: 'x' }).store.path).toBe('x');
    expect(translatePickAndStore({ maxFiles: 3 }, { path: 'x' }).config.multiple).toBe(false);
  });

  it('translatePickerOptions in pickAndStore mode applies the same defaults and check', () => {
    expect(translatePickerOptions({}, 'pickAndStore').store).toEqual({ location: 's3', access: 'private' });
    expect(validationError(() => translatePickerOptions({ multiple: true, storePath: 'x' }, 'pickAndStore'), 'path')).toMatch(/ends in "\/"/);
  });

  it('uses the picker options\' security, else the store options\'', () => {
    expect(translatePickAndStore({ policy: 'P1', signature: 'S1' }, { policy: 'P2', signature: 'S2' }).security).toEqual({ policy: 'P1', signature: 'S1' });
    expect(translatePickAndStore({ multiple: false }, { policy: 'P2', signature: 'S2' }).security).toEqual({ policy: 'P2', signature: 'S2' });
  });

  it('collects warnings from both option objects and passes env through', () => {
    const t = translatePickAndStore({ multple: true }, { filename: 'x', acces: 'public' }, { userAgent: 'Android' });
    expect(t.warnings.map((w) => w.option)).toEqual(['multple', 'filename', 'acces']);
    expect(t.config.container).toBe('window');
  });

  it('validates both objects', () => {
    expect(validationError(() => translatePickAndStore({ customCss: 'javascript:x' }, {}), 'customCss')).toMatch(/https:\/\//);
    expect(translatePickAndStore({ maxFiles: 0 }, {}).warnings.map((w) => w.option)).toEqual(['maxFiles']);
    expect(validationError(() => translatePickAndStore({}, { location: 'x' }), 'location')).toMatch(/one of s3/);
    expect(validationError(() => translatePickAndStore({ mimetype: 'a/b', extension: '.c' }, {}), 'mimetype')).toBe(
      'Error: Cannot pass in both mimetype and extension parameters to the pick function',
    );
  });
});
