/** The fetch transport over a scripted fetch: answers, timeouts and aborts with or without AbortController. */
import { fetchTransport, FetchFn } from './fetchTransport';
import { Aborter } from './signal';

type Init = { [key: string]: unknown };

/** A fetch that records its calls and answers when the test says so. */
function scriptedFetch() {
  const calls: Array<{ url: string; init: Init; answer(status: number, body?: string): void; fail(e: unknown): void }> = [];
  const f: FetchFn = (url, init) =>
    new Promise((resolve, reject) => {
      calls.push({
        url,
        init,
        answer: (status, body = '') =>
          resolve({
            status,
            headers: { get: (n: string) => (n.toLowerCase() === 'x-request-id' ? 'r1' : null) },
            text: () => Promise.resolve(body),
            arrayBuffer: () => Promise.resolve(Uint8Array.from(body, (c) => c.charCodeAt(0)).buffer as ArrayBuffer),
            blob: () => Promise.resolve(new Blob([body])),
          }),
        fail: reject,
      });
    });
  return { f, calls };
}

describe('fetchTransport', () => {
  it('sends method, headers, body and credentials; resolves any status with its text and headers', async () => {
    const { f, calls } = scriptedFetch();
    const p = fetchTransport(f).request({ method: 'POST', url: 'http://x/a', headers: { 'Content-Type': 'text/plain' }, body: 'hi', withCredentials: true });
    expect(calls[0].init).toMatchObject({ method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hi', credentials: 'include' });
    calls[0].answer(503, 'busy');
    const res = await p;
    expect(res.status).toBe(503);
    expect(res.text).toBe('busy');
    expect(res.headers.get('X-Request-Id')).toBe('r1');
  });

  it('reads bytes or a Blob when asked', async () => {
    const { f, calls } = scriptedFetch();
    const t = fetchTransport(f);
    const bytes = t.request({ method: 'GET', url: 'http://x/b', responseType: 'arraybuffer' });
    const blob = t.request({ method: 'GET', url: 'http://x/c', responseType: 'blob' });
    calls[0].answer(200, 'abc');
    calls[1].answer(200, 'defg');
    const r1 = await bytes;
    const r2 = await blob;
    expect(r1.text).toBe('');
    expect(Array.from(new Uint8Array(r1.body as ArrayBuffer))).toEqual([97, 98, 99]);
    expect((r2.body as Blob).size).toBe(4);
  });

  it('rejects with TimeoutError after timeoutMs even without AbortController, and ignores the late answer', async () => {
    const g = globalThis as { AbortController?: unknown };
    const saved = g.AbortController;
    g.AbortController = undefined;
    try {
      const { f, calls } = scriptedFetch();
      const p = fetchTransport(f).request({ method: 'GET', url: 'http://x/slow', timeoutMs: 30 });
      expect(calls[0].init.signal).toBeUndefined();
      await expect(p).rejects.toMatchObject({ name: 'TimeoutError', message: 'no answer within 30 ms' });
      calls[0].answer(200, 'late'); // settles nothing
    } finally {
      g.AbortController = saved;
    }
  });

  it('aborts the fetch itself where AbortController exists, on timeout and on the signal', async () => {
    const { f, calls } = scriptedFetch();
    const t = fetchTransport(f);
    const timed = t.request({ method: 'GET', url: 'http://x/slow', timeoutMs: 20 });
    await expect(timed).rejects.toMatchObject({ name: 'TimeoutError' });
    expect((calls[0].init.signal as AbortSignal).aborted).toBe(true);
    const a = new Aborter();
    const aborted = t.request({ method: 'GET', url: 'http://x/slow', signal: a });
    a.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    expect((calls[1].init.signal as AbortSignal).aborted).toBe(true);
    await expect(t.request({ method: 'GET', url: 'http://x/never', signal: a })).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toHaveLength(2);
  });

  it('turns a failed fetch into TransportError, with Node\'s system error code when there is one', async () => {
    const { f, calls } = scriptedFetch();
    const t = fetchTransport(f);
    const p1 = t.request({ method: 'GET', url: 'http://x/1' });
    const p2 = t.request({ method: 'GET', url: 'http://x/2' });
    calls[0].fail(new TypeError('Failed to fetch'));
    calls[1].fail(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }));
    await expect(p1).rejects.toMatchObject({ name: 'TransportError', message: 'Failed to fetch' });
    await expect(p2).rejects.toMatchObject({ name: 'TransportError', message: 'ECONNREFUSED' });
  });

  it('counts a Blob body as sent when the answer arrives (fetch reports no upload progress)', async () => {
    const { f, calls } = scriptedFetch();
    const seen: Array<[number, number | undefined]> = [];
    const p = fetchTransport(f).request({ method: 'PUT', url: 'http://x/p', body: new Blob(['12345']), onUploadProgress: (l, t) => seen.push([l, t]) });
    expect(seen).toEqual([]);
    calls[0].answer(200);
    await p;
    expect(seen).toEqual([[5, 5]]);
  });
});
