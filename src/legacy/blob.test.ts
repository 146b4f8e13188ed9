import { toPickerBlob, toProgress, toRestBlob } from './blob';

const stored = { handle: 'H1', url: 'https://x/api/file/H1', filename: 'a.png', mimetype: 'image/png', size: 12, key: 'k/a.png', container: 'bucket', path: 'k/', status: 'Stored' };

test('picker Blob carries exactly the v2 keys, in order, extra keys only when known', () => {
  expect(Object.keys(toPickerBlob({ ...stored, client: 'computer' }))).toEqual(['url', 'filename', 'mimetype', 'size', 'key', 'container', 'path', 'client', 'isWriteable']);
  const minimal = toPickerBlob({ handle: 'H', url: 'u', filename: 'f', mimetype: 'm', size: 1 });
  expect(minimal).toEqual({ url: 'u', filename: 'f', mimetype: 'm', size: 1, isWriteable: true });
  expect((minimal as { handle?: unknown }).handle).toBeUndefined();
});

test('picker Blob: the editor flags come after size, in v2 order, only when defined (false included)', () => {
  const edited = toPickerBlob({ ...stored, client: 'computer', converted: true, rotated: false, cropped: true });
  expect(Object.keys(edited)).toEqual(['url', 'filename', 'mimetype', 'size', 'cropped', 'rotated', 'converted', 'key', 'container', 'path', 'client', 'isWriteable']);
  expect([edited.cropped, edited.rotated, edited.converted]).toEqual([true, false, true]);
  const plain = toPickerBlob({ ...stored, cropped: false });
  expect(Object.keys(plain).slice(0, 5)).toEqual(['url', 'filename', 'mimetype', 'size', 'cropped']);
  expect(plain.cropped).toBe(false);
  expect('rotated' in plain).toBe(false);
});

test('REST Blob follows standardizeFPFile: key present even when undefined', () => {
  const b = toRestBlob({ handle: 'H', url: 'u', filename: 'f', mimetype: 'm', size: 1 });
  expect(Object.keys(b)).toEqual(['url', 'filename', 'mimetype', 'size', 'key', 'isWriteable']);
  expect(b.isWriteable).toBe(false);
  expect(toRestBlob({ ...stored, writeable: true }).isWriteable).toBe(true);
});

test('FPProgress is a float percent with the file description', () => {
  const p = toProgress({ filename: 'a', mimetype: 'm', size: 3, loaded: 1, total: 3 });
  expect(Object.keys(p)).toEqual(['progress', 'filename', 'mimetype', 'size']);
  expect(p.progress).toBeCloseTo(33.333, 2);
  expect(p).toMatchObject({ filename: 'a', mimetype: 'm', size: 3 });
  expect(toProgress({ filename: 'a', mimetype: 'm', size: 0, loaded: 0, total: 0 }).progress).toBe(100);
});

test('Blobs are plain data: JSON.stringify round-trips every documented field, in order (pages store them as JSON)', () => {
  const picked = toPickerBlob({ ...stored, client: 'computer', cropped: true, rotated: false });
  const again = JSON.parse(JSON.stringify(picked));
  expect(again).toEqual(picked);
  expect(Object.keys(again)).toEqual(Object.keys(picked));
  expect(Object.getPrototypeOf(picked)).toBe(Object.prototype);
  const rest = toRestBlob({ ...stored, writeable: true });
  expect(JSON.parse(JSON.stringify(rest))).toEqual({ url: stored.url, filename: 'a.png', mimetype: 'image/png', size: 12, key: 'k/a.png', isWriteable: true });
  // a REST Blob's undefined `key` (v2 kept the key) is left out by JSON, as for v2's own Blobs
  expect(JSON.stringify(toRestBlob({ handle: 'H', url: 'u', filename: 'f', mimetype: 'm', size: 1 }))).toBe('{"url":"u","filename":"f","mimetype":"m","size":1,"isWriteable":false}');
});
