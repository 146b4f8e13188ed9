import { harness, spies, tick } from './__tests__/harness';

const FILE = 'http://127.0.0.1:9/api/file/H1';

function text(fn: () => void): string {
  try {
    fn();
  } catch (err) {
    return (err as { text: string }).text;
  }
  return 'no throw';
}

test('convert POSTs <file>/convert with the parameters and storeAccess (default private) as a form', async () => {
  const h = harness();
  const { s, e, p } = spies();
  const opts = Object.freeze({ width: 50, crop: [1, 2, 3, 4], format: 'png' });
  h.call('convert', { url: FILE, mimetype: 'image/png' }, opts, { location: 'S3', path: '/out/', container: 'c' }, s, e, p);
  const r = h.requests[0].req;
  expect(r.method).toBe('POST');
  expect(r.url).toBe(FILE + '/convert');
  expect(r.body).toBe('width=50&crop=1%2C2%2C3%2C4&format=png&storeLocation=S3&storePath=%2Fout%2F&storeContainer=c&storeAccess=private');
  h.requests[0].answer(200, JSON.stringify({ url: 'http://127.0.0.1:9/api/file/C1', filename: 'a.png', type: 'image/png', size: 9 }));
  await tick();
  expect(s.mock.calls[0][0]).toEqual({ url: 'http://127.0.0.1:9/api/file/C1', filename: 'a.png', mimetype: 'image/png', size: 9, key: undefined, isWriteable: false });
  expect(p).toHaveBeenCalledWith(100);
});

test('parameters of a /convert URL fill in what the options do not give (v2 p6 body)', () => {
  const h = harness();
  h.call('convert', 'https://www.filepicker.io/api/file/H1/convert?w=50&h=60&crop=1,2,3,4', { format: 'png' }, () => undefined);
  expect(h.requests[0].req.url).toBe(FILE + '/convert');
  expect(h.requests[0].req.body).toBe('format=png&storeAccess=private&width=50&height=60&crop=1%2C2%2C3%2C4&crop_first=true');
  h.call('convert', FILE + '/convert?w=50', { width: 10 }, { access: 'public' });
  expect(h.requests[1].req.body).toBe('width=10&storeAccess=public');
});

test.each([
  [{ url: FILE }, 'none'],
  [{ url: FILE, mimetype: 'text/plain' }, '"text/plain"'],
])('convert of an FPFile %j that is not an image or PDF gives 142 without a request', async (fpfile, shown) => {
  const h = harness();
  const { s, e } = spies();
  h.call('convert', fpfile, { width: 'bad' }, s, e);
  expect(e).not.toHaveBeenCalled();
  await tick();
  expect(e.mock.calls[0][0].code).toBe(142);
  expect(e.mock.calls[0][0].details).toContain(shown);
  expect(h.requests).toHaveLength(0);
});

test('convert of an FPFile with an unknown (octet-stream) or PDF type goes ahead', () => {
  const h = harness();
  h.call('convert', { url: FILE, mimetype: 'application/octet-stream' }, {});
  h.call('convert', { url: FILE, mimetype: 'application/pdf' }, {});
  expect(h.requests).toHaveLength(2);
});

test.each([
  [400, 142],
  [403, 403],
  [404, 141],
  [500, 143],
])('convert answered %i gives %i', async (status, code) => {
  const h = harness();
  const { s, e } = spies();
  h.call('convert', FILE, { width: 5 }, s, e);
  h.requests[0].answer(status);
  await tick();
  expect(e.mock.calls[0][0].code).toBe(code);
});

test('convert exceptions (v2 texts)', () => {
  const h = harness();
  expect(text(() => h.call('convert', null, {}))).toBe('No fpfile given - nothing to convert!');
  expect(text(() => h.call('convert', 'https://example.org/a.png', {}))).toBe('Invalid file to convert: https://example.org/a.png. Not a filepicker url or FPFile object.');
  expect(text(() => h.call('convert', FILE, { width: '100' }))).toBe('Conversion parameter width is not the right type: 100. Should be a number');
  expect(text(() => h.call('convert', FILE, { blur: 1 }))).toBe('Conversion parameter blur is not a valid parameter.');
  expect(text(() => h.call('convert', FILE, {}, { location: 5 }))).toBe('Conversion parameter storeLocation is not the right type: 5. Should be a string');
  expect(text(() => h.call('convert', FILE + '/convert?bogus=1', {}))).toBe('Conversion parameter bogus is not a valid parameter.');
  expect(h.requests).toHaveLength(0);
});
