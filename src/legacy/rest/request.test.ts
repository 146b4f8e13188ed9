/**
 * The REST functions on the library's HTTP stack: GETs (read, stat) retried with the retry policy, POSTs sent once,
 * timeouts on the small requests, and every failure mapped to v2's FPError codes.
 */
import { transportFailure } from '../../core/http/signal';
import { fileJson, harness, spies, tick } from './__tests__/harness';
import { REST_RETRY, SMALL_REQUEST_TIMEOUT_MS } from './policy';

const FILE = 'http://127.0.0.1:9/api/file/H1';
const timeout = () => transportFailure('TimeoutError', 'no answer within ' + SMALL_REQUEST_TIMEOUT_MS + ' ms');

test('stat retries a 503 with the policy\'s backoff and succeeds on the next answer', async () => {
  const h = harness();
  const { s, e } = spies();
  h.call('stat', FILE, s, e);
  h.requests[0].answer(503, 'busy');
  await tick();
  expect(h.requests).toHaveLength(2);
  expect(h.requests[1].req.url).toBe(h.requests[0].req.url);
  // equal jitter: half the first wait plus random (0.5 here) times the other half
  expect(h.waits).toEqual([REST_RETRY.minTimeout * 0.75]);
  h.requests[1].answer(200, '{"size":3}');
  await tick();
  expect(s).toHaveBeenCalledWith({ size: 3 });
  expect(e).not.toHaveBeenCalled();
});

test('a retried GET honours Retry-After (capped by the policy\'s maxTimeout)', async () => {
  const h = harness();
  h.call('stat', FILE, jest.fn());
  h.requests[0].answer(429, '', { 'Retry-After': '2' });
  await tick();
  h.requests[1].answer(503, '', { 'Retry-After': '120' });
  await tick();
  expect(h.waits).toEqual([2000, REST_RETRY.maxTimeout]);
});

test('read retries after no answer; progress never goes back across attempts', async () => {
  const h = harness();
  const { s, e, p } = spies();
  h.call('read', FILE, s, e, p);
  h.requests[0].req.onDownloadProgress!(6, 10);
  h.requests[0].answer(0);
  await tick();
  h.requests[1].req.onDownloadProgress!(3, 10);
  h.requests[1].answer(200, 'bytes');
  await tick();
  expect(h.requests).toHaveLength(2);
  expect(s).toHaveBeenCalledWith('bytes');
  expect(p.mock.calls).toEqual([[57], [100]]);
});

test('POSTs are sent once: store, write, convert and remove answered 503 or not at all fail at once', async () => {
  const h = harness();
  const calls: Array<{ fn: (onError: jest.Mock) => void; code: number }> = [
    { fn: (onError) => h.call('store', 'data', {}, jest.fn(), onError), code: 123 },
    { fn: (onError) => h.call('write', FILE, 'data', jest.fn(), onError), code: 123 },
    { fn: (onError) => h.call('convert', FILE, { width: 5 }, jest.fn(), onError), code: 143 },
    { fn: (onError) => h.call('remove', FILE, jest.fn(), onError), code: 172 },
  ];
  for (const c of calls) {
    const before = h.requests.length;
    const onError = jest.fn();
    c.fn(onError);
    expect(h.requests).toHaveLength(before + 1);
    h.requests[before].answer(503);
    await tick(20);
    expect(h.requests).toHaveLength(before + 1);
    expect(onError.mock.calls[0][0].code).toBe(c.code);
  }
  const onError = jest.fn();
  h.call('storeUrl', 'https://example.org/x', {}, jest.fn(), onError);
  h.requests[h.requests.length - 1].answer(0);
  await tick(20);
  expect(onError.mock.calls[0][0].code).toBe(153);
  expect(h.waits).toEqual([]);
});

test('only stat and remove have a whole-request timeout; uploads and reads of any size do not', () => {
  const h = harness();
  h.call('stat', FILE);
  h.call('remove', FILE);
  h.call('read', FILE);
  h.call('store', 'data');
  h.call('convert', FILE, { width: 5 });
  expect(h.requests.map((r) => r.req.timeoutMs)).toEqual([SMALL_REQUEST_TIMEOUT_MS, SMALL_REQUEST_TIMEOUT_MS, undefined, undefined, undefined]);
});

test.each([
  ['stat', 162, 3],
  ['read', 113, 3],
  ['remove', 172, 1],
])('%s timing out every time gives FPError %i after %i attempt(s), naming the request without its query', async (fn, code, attempts) => {
  const h = harness();
  const { s, e } = spies();
  h.call(fn, FILE, { policy: 'P', signature: 'S' }, s, e);
  for (let i = 0; i < 5; i++) {
    h.requests.filter((r) => !r.answered).forEach((r) => r.fail(timeout()));
    await tick();
  }
  expect(h.requests).toHaveLength(attempts);
  expect(s).not.toHaveBeenCalled();
  expect(e).toHaveBeenCalledTimes(1);
  const err = e.mock.calls[0][0];
  expect(err.code).toBe(code);
  const method = fn === 'remove' ? 'POST' : 'GET';
  const path = fn === 'stat' ? FILE + '/metadata' : fn === 'remove' ? FILE + '/remove' : FILE;
  expect(err.details).toBe('filepicker: ' + method + ' ' + path + ' got no answer: no answer within ' + SMALL_REQUEST_TIMEOUT_MS + ' ms');
});

test('a 4xx is never retried, and a 2xx that cannot be parsed fails with the function\'s "other" code', async () => {
  const h = harness();
  const a = spies();
  h.call('stat', FILE, a.s, a.e);
  h.requests[0].answer(404);
  const b = spies();
  h.call('store', 'x', {}, b.s, b.e);
  h.requests[1].answer(200, 'not json');
  await tick();
  expect(h.requests).toHaveLength(2);
  expect(a.e.mock.calls[0][0].code).toBe(161);
  expect(b.e.mock.calls[0][0].code).toBe(123);
  expect(b.e.mock.calls[0][0].details).toMatch(/^filepicker: unexpected answer from the server: invalid JSON: not json/);
  expect(fileJson('x')).toContain('"x"');
});

test('logout reports no answer as v2 did: onError("CORS_not_allowed", 0), sent once', async () => {
  const h = harness();
  const bad = jest.fn();
  h.call('logout', { onError: bad });
  h.requests[0].answer(0);
  await tick(20);
  expect(h.requests).toHaveLength(1);
  expect(bad).toHaveBeenCalledWith('CORS_not_allowed', 0);
});
