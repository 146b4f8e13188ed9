import { NetworkError } from '../../core/errors';
import { fileJson, harness, spies, tick } from './__tests__/harness';

test('store(string, options) POSTs to the store API with v2 parameters; the caller’s options are not changed', async () => {
  const h = harness();
  const { s, e, p } = spies();
  const options = Object.freeze({ location: 'S3', filename: 'a b.txt', path: 'dir/', container: 'bucket', access: 'public', base64decode: true, policy: 'P', signature: 'S' });
  h.call('store', 'aGVsbG8=', options, s, e, p);
  const r = h.requests[0].req;
  expect(r.url).toBe('http://127.0.0.1:9/api/store/s3?key=KEY&base64decode=true&mimetype=text%2Fplain&filename=a%20b.txt&path=dir%2F&container=bucket&access=public&signature=S&policy=P');
  expect(r.headers).toEqual({ 'Content-Type': 'text/plain' });
  expect(r.body).toBe('aGVsbG8=');
  h.requests[0].answer(200, fileJson('N1'));
  await tick();
  expect(s.mock.calls[0][0]).toMatchObject({ url: 'http://127.0.0.1:9/api/file/N1', isWriteable: false });
  expect(p.mock.calls).toEqual([[100]]);
  expect(Object.keys(options)).not.toContain('mimetype');
});

test('store(File) sends fileUpload and the file name; store(Blob) sends no name', () => {
  const h = harness();
  h.call('store', new File(['abc'], 'pic.png', { type: 'image/png' }), { location: 'azure' });
  expect(h.requests[0].req.url).toBe('http://127.0.0.1:9/api/store/azure?key=KEY&filename=pic.png');
  expect((h.requests[0].req.body as FormData).get('fileUpload')).toBeInstanceOf(File);
  h.call('store', new Blob(['abc']), () => undefined);
  expect(h.requests[1].req.url).toBe('http://127.0.0.1:9/api/store/s3?key=KEY');
});

test('store(FPFile) stores its URL with the storeUrl codes; the filename defaults to the FPFile’s', async () => {
  const h = harness();
  const { s, e } = spies();
  h.call('store', { url: 'https://www.filepicker.io/api/file/OLD', filename: 'old.txt' }, s, e);
  expect(h.requests[0].req.url).toBe('http://127.0.0.1:9/api/store/s3?key=KEY&filename=old.txt');
  expect(h.requests[0].req.body).toBe('url=' + encodeURIComponent('http://127.0.0.1:9/api/file/OLD'));
  h.requests[0].answer(404);
  await tick();
  expect(e.mock.calls[0][0].code).toBe(151);
});

test.each([
  ['store', 'data', 400, 122],
  ['store', 'data', 403, 403],
  ['store', 'data', 404, 121],
  ['store', 'data', 503, 123],
  ['storeUrl', 'https://example.org/x', 400, 152],
  ['storeUrl', 'https://example.org/x', 403, 403],
  ['storeUrl', 'https://example.org/x', 404, 151],
  ['storeUrl', 'https://example.org/x', 500, 153],
])('%s answered %i gives %i', async (fn, input, status, code) => {
  const h = harness();
  const { s, e } = spies();
  h.call(fn, input, {}, s, e);
  h.requests[0].answer(status);
  await tick();
  expect(e.mock.calls[0][0].code).toBe(code);
});

test('storeUrl shifts its callbacks and reports a missing URL as 152 without a request', async () => {
  const h = harness();
  const { s, e, p } = spies();
  h.call('storeUrl', 'https://example.org/x', s, e, p);
  expect(h.requests[0].req.body).toBe('url=' + encodeURIComponent('https://example.org/x'));
  h.requests[0].answer(200, fileJson('U1'));
  await tick();
  expect(s).toHaveBeenCalledTimes(1);
  expect(p).toHaveBeenCalledWith(100);
  const b = spies();
  h.call('storeUrl', undefined, b.s, b.e);
  await tick();
  expect(b.e.mock.calls[0][0].code).toBe(152);
  expect(b.e.mock.calls[0][0].details).toMatch(/storeUrl needs a URL string/);
  expect(h.requests).toHaveLength(1);
});

test('store of a file above one part (5 MiB) goes through the multipart engine', async () => {
  const h = harness();
  const { s, e, p } = spies();
  const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'big.bin', { type: 'application/octet-stream' });
  h.call('store', big, { location: 'S3', path: 'up/', access: 'public', policy: 'P', signature: 'S' }, s, e, p);
  expect(h.requests).toHaveLength(0);
  expect(h.uploads).toHaveLength(1);
  const u = h.uploads[0];
  expect(u.file).toBe(big);
  expect(u.store).toEqual({ location: 's3', path: 'up/', container: undefined, access: 'public', filename: 'big.bin' });
  expect(u.security).toEqual({ policy: 'P', signature: 'S' });
  u.events!.onProgress!({ loaded: big.size / 2, total: big.size });
  u.resolve({ handle: 'BIG', url: 'http://127.0.0.1:9/api/file/BIG', filename: 'big.bin', mimetype: 'application/octet-stream', size: big.size, key: 'up/big.bin' });
  await tick();
  expect(p.mock.calls).toEqual([[48], [100]]);
  expect(s.mock.calls[0][0]).toEqual({ url: 'http://127.0.0.1:9/api/file/BIG', filename: 'big.bin', mimetype: 'application/octet-stream', size: big.size, key: 'up/big.bin', isWriteable: false });

  const f = spies();
  h.call('store', big, f.s, f.e);
  h.uploads[1].reject(new NetworkError('filepicker: start failed', { method: 'POST', url: 'x', status: 403 }));
  await tick();
  expect(f.e.mock.calls[0][0].code).toBe(403);
  const g = spies();
  h.call('store', big, g.s, g.e);
  h.uploads[2].reject(new NetworkError('filepicker: 500', { method: 'POST', url: 'x', status: 500 }));
  await tick();
  expect(g.e.mock.calls[0][0].code).toBe(123);
});

test('store exceptions (v2 text; null and undefined get it too) and a file input without a file', async () => {
  const h = harness();
  for (const bad of [5, {}, true, null, undefined]) {
    let text = '';
    try {
      h.call('store', bad);
    } catch (err) {
      text = (err as { text: string }).text;
    }
    expect(text).toBe('Cannot store given input: ' + String(bad) + '. Not a string, file input, DOM File, or FPFile object.');
  }
  const input = document.createElement('input');
  input.type = 'file';
  const { s, e } = spies();
  h.call('store', input, s, e);
  await tick();
  expect(e.mock.calls[0][0].code).toBe(115);
});

test('store and storeUrl read their store options through the translator: v2 storeContainer and storeRegion, any-case location', () => {
  const h = harness();
  h.call('store', 'data', { location: 'S3', storeContainer: 'user-photos', storeRegion: 'us-east-1', path: 'a/', access: 'PUBLIC' });
  expect(h.requests[0].req.url).toBe('http://127.0.0.1:9/api/store/s3?key=KEY&mimetype=text%2Fplain&path=a%2F&container=user-photos&region=us-east-1&access=public');
  h.call('storeUrl', 'https://example.org/x', { location: 'Azure', container: 'c1', region: 'eu-west-1' });
  expect(h.requests[1].req.url).toBe('http://127.0.0.1:9/api/store/azure?key=KEY&container=c1&region=eu-west-1');
});

test.each(['store', 'storeUrl'])('%s with an unknown location throws the message naming `location`, before any request', (fn) => {
  const h = harness();
  const input = fn === 'store' ? 'data' : 'https://example.org/x';
  expect(() => h.call(fn, input, { location: 'ftp' })).toThrow('filepicker: `location` must be one of s3, azure, dropbox, rackspace, gcs (any case), got "ftp"');
  expect(() => h.call(fn, input, { storeContainer: 'my bucket' })).toThrow('`storeContainer` must be a name without spaces');
  expect(h.requests.length).toBe(0);
});
