/**
 * `fetch` with a time limit on the answer's headers only: a body that keeps arriving (a large download) is not cut
 * when the limit passes, as it would be with `AbortSignal.timeout` on the whole call. A late answer rejects with a
 * timeout error (`networkError` makes it the cloud API's `timeout`).
 */
export async function fetchWithin(url: string, init: RequestInit, timeoutMs: number): Promise<Response> {
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(new Error(`timeout: no answer within ${timeoutMs} ms`)), timeoutMs);
  try {
    return await fetch(url, { ...init, signal: ac.signal });
  } finally {
    clearTimeout(timer);
  }
}
