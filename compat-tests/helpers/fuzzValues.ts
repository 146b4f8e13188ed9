/**
 * Arbitraries of the fuzz test (compat-tests/fuzz.test.ts): every kind of value a page may pass to the library,
 * built in the page's own realm (its Blob, File, elements, Promise and Error), so the library sees what a page gives.
 */
import fc from 'fast-check';

/** The page globals the values are made with. */
export interface Realm {
  Blob: typeof Blob;
  File: typeof File;
  Promise: PromiseConstructor;
  Error: ErrorConstructor;
  Object: ObjectConstructor;
  document: Document;
}

/**
 * Strings that mean something to the library: URLs of the reference server, locations, types, and lone surrogates.
 * No `javascript:` URL: jsdom's XMLHttpRequest throws it out of sight (a browser gives the request a network error),
 * so a page GET of one cannot end in jsdom; the modern calls get one (they refuse it before any request).
 */
export function meaningfulStrings(urls: string[]): fc.Arbitrary<string> {
  return fc.constantFrom(
    '', 'x', 'hello.txt', 'folder/', 'S3', 'azure', 'ftp', 'public', 'private', 'image/png', 'image/*', 'text/plain',
    '\uD800', 'a\uDC00b', '\uDBFF\uDBFF', 'ok\uD83D\uDE00', '%', '%E0%A4%A', ...urls,
  );
}

/** Any UTF-16 text, lone surrogates included. */
export function anyText(): fc.Arbitrary<string> {
  return fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 6 }).map((codes) => String.fromCharCode.apply(null, codes));
}

function throwing(realm: Realm, which: 'toString' | 'valueOf' | 'both'): object {
  const o: { [k: string]: unknown } = {};
  const boom = () => {
    throw new realm.Error('boom');
  };
  if (which !== 'valueOf') o.toString = boom;
  if (which !== 'toString') o.valueOf = boom;
  return o;
}

/** Values that are not plain data: made fresh for each use, in the page's realm. */
export function oddValues(realm: Realm): fc.Arbitrary<unknown> {
  const makers: Array<() => unknown> = [
    () => realm.Object.create(null),
    () => throwing(realm, 'toString'),
    () => throwing(realm, 'valueOf'),
    () => throwing(realm, 'both'),
    () => new realm.Blob(['hello']),
    () => new realm.Blob([]),
    () => new realm.File(['data'], 'a.txt', { type: 'text/plain' }),
    () => new realm.File(['<svg/>'], 'b.png', { type: 'image/png' }),
    () => realm.document.createElement('div'),
    () => realm.document.createElement('img'),
    () => {
      const input = realm.document.createElement('input');
      input.type = 'file';
      return input;
    },
    () => realm.document.createTextNode('t'),
    () => realm.Promise.resolve('x'),
    () => new realm.Promise(() => undefined),
    () => new realm.Error('an error'),
    () => function named() { return 1; },
    () => Symbol('s'),
  ];
  return fc.integer({ min: 0, max: makers.length - 1 }).map((i) => makers[i]());
}

/** Numbers, special ones included. */
export function anyNumber(): fc.Arbitrary<number> {
  return fc.oneof(fc.constantFrom(NaN, -0, 0, Infinity, -Infinity, 1, -1, 1e21, 2 ** 53), fc.double(), fc.integer());
}

/** Option names the library reads (and some it does not). */
const OPTION_NAMES = [
  'path', 'filename', 'container', 'location', 'access', 'mimetype', 'mimetypes', 'extension', 'extensions', 'policy',
  'signature', 'multiple', 'services', 'service', 'maxSize', 'maxFiles', 'folders', 'language', 'base64encode', 'asText',
  'cache', 'width', 'height', 'format', 'debug', 'hide', 'openTo', 'dragEnter', 'storeLocation', 'storePath', 'unknownKey',
];

/** Every kind of value: the leaves, arrays of them and objects (plain, or Object.create(null)) with option keys. */
export function anyValue(realm: Realm, urls: string[]): fc.Arbitrary<unknown> {
  const leaf: fc.Arbitrary<unknown> = fc.oneof(
    { weight: 3, arbitrary: meaningfulStrings(urls) },
    { weight: 2, arbitrary: anyText() },
    { weight: 2, arbitrary: anyNumber() },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false) },
    { weight: 3, arbitrary: oddValues(realm) },
  );
  const entries = fc.array(fc.tuple(fc.constantFrom(...OPTION_NAMES), leaf), { maxLength: 4 });
  const object = fc.tuple(fc.boolean(), entries).map(([bare, kv]) => {
    const o: { [k: string]: unknown } = bare ? realm.Object.create(null) : {};
    for (const [k, v] of kv) o[k] = v;
    return o;
  });
  return fc.oneof(
    { weight: 5, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(leaf, { maxLength: 3 }) },
    { weight: 3, arbitrary: object },
  );
}
