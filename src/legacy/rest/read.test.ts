import { fileJson, harness, spies, tick } from './__tests__/harness';

const FILE = 'http://127.0.0.1:9/api/file/H1';
const HELLO_UTF8 = 'h\u00c3\u00a9llo'; // the bytes of "héllo" as a binary string

test('read(url) GETs the file as bytes and gives v2 binary string by default; callbacks come later', async () => {
  const h = harness();
  const { s, e, p } = spies();
  h.call('read', FILE, s, e, p); // options shifted away: onProgress still arrives
  expect(h.requests).toHaveLength(1);
  const r = h.requests[0].req;
  expect(r.method).toBe('GET');
  expect(r.responseType).toBe('arraybuffer');
  expect(r.url).toMatch(/^http:\/\/127\.0\.0\.1:9\/api\/file\/H1\?_cacheBust=\d+$/);
  r.onDownloadProgress!(5, 10);
  h.requests[0].answer(200, HELLO_UTF8);
  expect(s).not.toHaveBeenCalled();
  expect(p).not.toHaveBeenCalled();
  await tick();
  expect(p.mock.calls).toEqual([[48], [100]]);
  expect(s).toHaveBeenCalledWith(HELLO_UTF8);
  expect(e).not.toHaveBeenCalled();
});

test.each([
  [{ asText: true }, 'h\u00e9llo'],
  [{ base64encode: true }, 'aMOpbGxv'],
  [{ base64encode: false }, 'h\u00e9llo'],
  [{ asText: true, base64encode: true }, 'aMOpbGxv'],
])('read options %j', async (options, expected) => {
  const h = harness();
  const { s } = spies();
  h.call('read', { url: FILE, filename: 'x' }, options, s);
  h.requests[0].answer(200, HELLO_UTF8);
  await tick();
  expect(s).toHaveBeenCalledWith(expected);
});

test('read sends policy and signature as query parameters; cache:true drops the cache buster; the options object is not changed', () => {
  const h = harness();
  const options = Object.freeze({ policy: 'P', signature: 'S', cache: true });
  h.call('read', 'https://www.filepicker.io/api/file/OLD', options);
  expect(h.requests[0].req.url).toBe('http://127.0.0.1:9/api/file/OLD?signature=S&policy=P');
  expect(options).toEqual({ policy: 'P', signature: 'S', cache: true });
});

test('read of another site returns its text and adds nothing to its URL', async () => {
  const h = harness();
  const { s } = spies();
  h.call('read', 'https://example.org/data.txt', { policy: 'P', signature: 'S' }, s);
  expect(h.requests[0].req.url).toBe('https://example.org/data.txt');
  h.requests[0].answer(200, HELLO_UTF8);
  await tick();
  expect(s).toHaveBeenCalledWith('h\u00e9llo');
});

test.each([
  [FILE, 400, 400],
  [FILE, 403, 403],
  [FILE, 404, 115],
  [FILE, 500, 114],
  [FILE, 0, 113],
  ['/same-origin.txt', 500, 118],
])('read %s answered %i (every attempt) gives FPError %i', async (url, status, code) => {
  const h = harness();
  const { s, e, p } = spies();
  h.call('read', url, {}, s, e, p);
  await h.answerAll(status, JSON.stringify({ error: 'why' }));
  await tick();
  // a GET is retried twice after no answer or a 5xx (policy.ts), then fails with v2's code
  expect(h.requests).toHaveLength(status === 0 || status >= 500 ? 3 : 1);
  expect(s).not.toHaveBeenCalled();
  expect(e).toHaveBeenCalledTimes(1);
  expect(e.mock.calls[0][0].code).toBe(code);
  expect(e.mock.calls[0][0].toString()).toMatch(new RegExp('^FPError ' + code));
  if (status) expect(e.mock.calls[0][0].details).toBe('HTTP ' + status + ': why');
  else expect(e.mock.calls[0][0].details).not.toMatch(/policy|_cacheBust/);
});

test('read of a file input with no file gives 115; of a File reads it locally', async () => {
  const h = harness();
  const input = document.createElement('input');
  input.type = 'file';
  const a = spies();
  h.call('read', input, a.s, a.e);
  await tick();
  expect(a.e.mock.calls[0][0].code).toBe(115);

  const file = new File(['h\u00e9llo'], 'x.txt', { type: 'text/plain' });
  const b = spies();
  h.call('read', file, b.s, b.e, b.p);
  const c = spies();
  h.call('read', file, { asText: true }, c.s);
  const d = spies();
  h.call('read', file, { base64encode: true }, d.s);
  // the FileReader is asynchronous: wait for the three answers (a loaded machine can take longer than a few ms)
  for (let i = 0; i < 200 && !(b.s.mock.calls.length && c.s.mock.calls.length && d.s.mock.calls.length); i++) await tick(10);
  expect(h.requests).toHaveLength(0);
  expect(b.s).toHaveBeenCalledWith(HELLO_UTF8);
  expect(b.p.mock.calls[b.p.mock.calls.length - 1]).toEqual([100]);
  expect(c.s).toHaveBeenCalledWith('h\u00e9llo');
  expect(d.s).toHaveBeenCalledWith('aMOpbGxv');
});

test('read exceptions (v2 texts) and the key check', () => {
  const h = harness();
  expect(() => h.call('read', '')).toThrow(expect.objectContaining({ text: 'No input given - nothing to read!' }));
  expect(() => h.call('read', 5)).toThrow(expect.objectContaining({ text: 'Cannot read given input: 5. Not a url, file input, DOM File, or FPFile object.' }));
  expect(() => h.call('read', {})).toThrow(expect.objectContaining({ text: 'Cannot read given input: [object Object]. Not a url, file input, DOM File, or FPFile object.' }));
  h.ctx.setKey(undefined);
  expect(() => h.call('read', FILE)).toThrow(expect.objectContaining({ text: 'API Key not found' }));
  expect(fileJson('x')).toContain('"handle":"x"');
});
