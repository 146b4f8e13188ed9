import { harness, spies, tick } from './__tests__/harness';

const FILE = 'http://127.0.0.1:9/api/file/H1';

test('stat GETs /metadata with the options as query parameters and turns dates into Date objects', async () => {
  const h = harness();
  const { s, e } = spies();
  const options = { width: true, uploaded: true, policy: 'P', signature: 'S' };
  h.call('stat', { url: FILE + '/convert?w=1' }, options, s, e);
  expect(h.requests[0].req.method).toBe('GET');
  expect(h.requests[0].req.url).toMatch(/^http:\/\/127\.0\.0\.1:9\/api\/file\/H1\/metadata\?width=true&uploaded=true&policy=P&signature=S&_cacheBust=\d+$/);
  h.requests[0].answer(200, JSON.stringify({ size: 5, uploaded: 1700000000000, modified: '2024-01-02T03:04:05.000Z', width: 10 }));
  await tick();
  const md = s.mock.calls[0][0];
  expect(md.uploaded).toBeInstanceOf(Date);
  expect(md.uploaded.getTime()).toBe(1700000000000);
  expect(md.modified.toISOString()).toBe('2024-01-02T03:04:05.000Z');
  expect(md.width).toBe(10);
  expect(options).toEqual({ width: true, uploaded: true, policy: 'P', signature: 'S' });
});

test('metadata is stat; cache:true drops the cache buster; callbacks shift', async () => {
  const h = harness();
  const { s } = spies();
  h.call('metadata', FILE, s);
  h.call('stat', FILE, { cache: true });
  expect(h.requests[1].req.url).toBe(FILE + '/metadata');
  h.requests[0].answer(200, '{"size":1}');
  await tick();
  expect(s).toHaveBeenCalledWith({ size: 1 });
});

test.each([
  ['stat', 400, 400],
  ['stat', 403, 403],
  ['stat', 404, 161],
  ['stat', 500, 162],
  ['remove', 400, 400],
  ['remove', 403, 403],
  ['remove', 404, 171],
  ['remove', 502, 172],
])('%s answered %i (every attempt) gives %i', async (fn, status, code) => {
  const h = harness();
  const { s, e } = spies();
  h.call(fn, FILE, s, e);
  await h.answerAll(status);
  await tick();
  // stat's GET is retried twice after a 5xx; remove's POST is sent once
  expect(h.requests).toHaveLength(fn === 'stat' && status >= 500 ? 3 : 1);
  expect(e).toHaveBeenCalledTimes(1);
  expect(e.mock.calls[0][0].code).toBe(code);
});

test('remove POSTs /remove with the options and the key as a form, and calls onSuccess with no argument', async () => {
  const h = harness();
  const { s, e } = spies();
  h.call('remove', 'https://www.filepicker.io/api/file/H1', { policy: 'P', signature: 'S' }, s, e);
  const r = h.requests[0].req;
  expect(r.method).toBe('POST');
  expect(r.url).toBe(FILE + '/remove');
  expect(r.body).toBe('policy=P&signature=S&key=KEY');
  h.requests[0].answer(200, 'success');
  await tick();
  expect(s).toHaveBeenCalledTimes(1);
  expect(s.mock.calls[0]).toHaveLength(0);
});

test('stat / remove exceptions (v2 texts)', () => {
  const h = harness();
  const text = (fn: () => void) => {
    try {
      fn();
    } catch (err) {
      return (err as { text: string }).text;
    }
    return 'no throw';
  };
  expect(text(() => h.call('stat', 'nope'))).toBe('Invalid file to get metadata for: nope. Not a filepicker url or FPFile object.');
  expect(text(() => h.call('metadata', null))).toBe('Invalid file to get metadata for: null. Not a filepicker url or FPFile object.');
  expect(text(() => h.call('remove', {}))).toBe('Invalid file to remove: [object Object]. Not a filepicker url or FPFile object.');
  expect(text(() => h.call('remove', undefined))).toBe('Invalid file to remove: undefined. Not a filepicker url or FPFile object.');
});
