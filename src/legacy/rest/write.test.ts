import { fileJson, harness, spies, tick } from './__tests__/harness';

const FILE = 'http://127.0.0.1:9/api/file/H1';

test('write(fpfile, string) POSTs the data with its mimetype; the result is a REST Blob', async () => {
  const h = harness();
  const { s, e, p } = spies();
  h.call('write', { url: FILE + '/convert?w=5' }, 'new text', { mimetype: 'text/csv', base64decode: false, policy: 'P', signature: 'S' }, s, e, p);
  const r = h.requests[0].req;
  expect(r.method).toBe('POST');
  expect(r.url).toBe(FILE + '?mimetype=text%2Fcsv&signature=S&policy=P');
  expect(r.headers).toEqual({ 'Content-Type': 'text/csv' });
  expect(r.body).toBe('new text');
  r.onUploadProgress!(1, 2);
  h.requests[0].answer(200, fileJson('H1', { writeable: true }));
  await tick();
  expect(p.mock.calls).toEqual([[48], [100]]);
  expect(s.mock.calls[0][0]).toEqual({ url: FILE, filename: 'a.txt', mimetype: 'text/plain', size: 5, key: 'k/H1', isWriteable: true });
  expect(Object.keys(s.mock.calls[0][0])).toEqual(['url', 'filename', 'mimetype', 'size', 'key', 'isWriteable']);
});

test('write of a File sends multipart fileUpload with the file type; of an FPFile sends url=; writeUrl too', () => {
  const h = harness();
  const file = new File(['abc'], 'a.png', { type: 'image/png' });
  h.call('write', 'https://www.filepicker.io/api/file/H1', file);
  expect(h.requests[0].req.url).toBe(FILE + '?mimetype=image%2Fpng');
  expect((h.requests[0].req.body as FormData).get('fileUpload')).toBeInstanceOf(File);
  h.call('write', FILE, { url: 'https://cdn.filestackcontent.com/AbCdEfGhIjKlMnOpQrSt' }, { base64decode: true });
  expect(h.requests[1].req.url).toBe(FILE + '?base64decode=true');
  expect(h.requests[1].req.body).toBe('url=' + encodeURIComponent('http://127.0.0.1:9/api/file/AbCdEfGhIjKlMnOpQrSt'));
  h.call('writeUrl', { url: FILE }, 'https://example.org/x.png', () => undefined);
  expect(h.requests[2].req.body).toBe('url=' + encodeURIComponent('https://example.org/x.png'));
  expect(h.requests[2].req.headers!['Content-Type']).toMatch(/^application\/x-www-form-urlencoded/);
});

test.each([
  [400, 122],
  [403, 403],
  [404, 121],
  [500, 123],
  [0, 123],
])('write answered %i gives %i', async (status, code) => {
  const h = harness();
  const { s, e } = spies();
  h.call('write', FILE, 'x', s, e);
  h.requests[0].answer(status);
  await tick();
  expect(e.mock.calls[0][0].code).toBe(code);
  expect(s).not.toHaveBeenCalled();
});

test('write of a 2xx answer that is not JSON gives 123', async () => {
  const h = harness();
  const { s, e } = spies();
  h.call('write', FILE, 'x', s, e);
  h.requests[0].answer(200, '<html>');
  await tick();
  expect(e.mock.calls[0][0].code).toBe(123);
});

test('write / writeUrl exceptions (v2 texts); a file input with no file gives 115', async () => {
  const h = harness();
  const text = (fn: () => void) => {
    try {
      fn();
    } catch (err) {
      return (err as { text: string }).text;
    }
    return 'no throw';
  };
  expect(text(() => h.call('write', null, 'x'))).toBe('No fpfile given - nothing to write to!');
  expect(text(() => h.call('write', FILE, null))).toBe('No input given - nothing to write!');
  expect(text(() => h.call('write', 'https://example.org/a', 'x'))).toBe('Invalid file to write to: https://example.org/a. Not a filepicker url or FPFile object.');
  expect(text(() => h.call('write', FILE, 5))).toBe('Cannot read from given input: 5. Not a string, file input, DOM File, or FPFile object.');
  expect(text(() => h.call('writeUrl', 7, 'x'))).toBe('Invalid file to write to: 7. Not a filepicker url or FPFile object.');
  expect(text(() => h.call('writeUrl', FILE))).toBe('No input given - nothing to write!');
  const input = document.createElement('input');
  input.type = 'file';
  const { s, e } = spies();
  h.call('write', FILE, input, s, e);
  await tick();
  expect(e.mock.calls[0][0].code).toBe(115);
  expect(h.requests).toHaveLength(0);
});
