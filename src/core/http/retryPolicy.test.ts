import { decideRetry, backoffDelay, parseRetryAfter, DEFAULT_RETRY } from './retryPolicy';

const opts = { retries: 3, factor: 2, minTimeout: 100, maxTimeout: 1000 };

describe('retry decision', () => {
  it('retries network errors, timeouts, stalls, 408, 429 and 5xx', () => {
    for (const o of [{ kind: 'network' }, { kind: 'timeout' }, { kind: 'stall' }, { kind: 'status', status: 408 }, { kind: 'status', status: 429 }, { kind: 'status', status: 500 }, { kind: 'status', status: 503 }] as const) {
      expect(decideRetry(opts, o, 1, 0, 0.5).retry).toBe(true);
    }
  });

  it('never retries other 4xx, aborts or programming errors', () => {
    for (const o of [{ kind: 'status', status: 400 }, { kind: 'status', status: 403 }, { kind: 'status', status: 404 }, { kind: 'abort' }, { kind: 'bug' }] as const) {
      expect(decideRetry(opts, o, 1, 0, 0.5)).toEqual({ retry: false, reason: expect.any(String) });
    }
  });

  it('stops after `retries` retries', () => {
    expect(decideRetry(opts, { kind: 'network' }, 3, 0, 0).retry).toBe(true);
    expect(decideRetry(opts, { kind: 'network' }, 4, 0, 0)).toEqual({ retry: false, reason: 'gave up after 3 retries' });
  });

  it('backs off exponentially with equal jitter, capped by maxTimeout', () => {
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(opts, a, 1))).toEqual([100, 200, 400, 800, 1000]);
    expect([1, 2, 3, 4, 5].map((a) => backoffDelay(opts, a, 0))).toEqual([50, 100, 200, 400, 500]);
    expect(backoffDelay(DEFAULT_RETRY, 30, 0.999)).toBeLessThanOrEqual(60000);
  });

  it('honours Retry-After in seconds and as an HTTP date, capped by maxTimeout', () => {
    const now = Date.UTC(2026, 0, 1, 0, 0, 0);
    expect(decideRetry(opts, { kind: 'status', status: 429, retryAfter: '0.3' }, 1, now, 0.5)).toEqual({ retry: true, waitMs: 300 });
    const wide = { ...opts, maxTimeout: 10000 };
    expect(decideRetry(wide, { kind: 'status', status: 503, retryAfter: new Date(now + 5000).toUTCString() }, 1, now, 0.5)).toEqual({ retry: true, waitMs: 5000 });
    expect(decideRetry(opts, { kind: 'status', status: 429, retryAfter: '120' }, 1, now, 0.5)).toEqual({ retry: true, waitMs: 1000 });
    expect(decideRetry(opts, { kind: 'status', status: 429, retryAfter: 'soon' }, 1, now, 0.5)).toEqual({ retry: true, waitMs: 75 });
  });

  it('caps failures in all, whether or not bytes advanced between them (default 3 × (retries + 1))', () => {
    const net = { kind: 'network' as const };
    expect(decideRetry(opts, net, 1, 0, 0.5, 11)).toEqual({ retry: true, waitMs: 75 });
    expect(decideRetry(opts, net, 1, 0, 0.5, 12)).toEqual({ retry: false, reason: 'gave up after 12 failed attempts in all (bytes advanced between them, but it never finished)' });
    expect(decideRetry({ ...opts, maxFailures: 2 }, net, 1, 0, 0.5, 2)).toMatchObject({ retry: false });
    expect(decideRetry({ ...opts, maxFailures: 2 }, net, 1, 0, 0.5, 1)).toMatchObject({ retry: true });
    // without a total, the count in a row stands for it
    expect(decideRetry({ ...opts, maxFailures: 2 }, net, 2, 0, 0.5)).toMatchObject({ retry: false });
  });

  it('parses Retry-After', () => {
    expect(parseRetryAfter('2', 0)).toBe(2000);
    expect(parseRetryAfter(' 1.5 ', 0)).toBe(1500);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', Date.UTC(2026, 0, 1))).toBe(5000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', Date.UTC(2026, 0, 2))).toBe(0);
    expect(parseRetryAfter(null, 0)).toBeNull();
    expect(parseRetryAfter('', 0)).toBeNull();
  });
});
