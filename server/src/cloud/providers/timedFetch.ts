/**
 * `fetch` for provider calls whose answer may be a long download: the time limit is on the answer's headers, then on
 * silence while its body streams (no byte for `ms` aborts it), never on the whole transfer; a 1 GiB file may take
 * minutes, a stalled one must not hang a copy.
 */
import { ReadableStream as NodeReadableStream, TransformStream } from 'stream/web';

export async function timedFetch(url: string, init: RequestInit, ms: number): Promise<Response> {
  const abort = new AbortController();
  const expire = (): NodeJS.Timeout => {
    const t = setTimeout(() => abort.abort(new Error('timeout: no answer for ' + ms + ' ms')), ms);
    t.unref();
    return t;
  };
  let timer = expire();
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: abort.signal });
  } finally {
    clearTimeout(timer);
  }
  if (!res.ok || !res.body) return res;
  timer = expire();
  const idle = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, out) {
      clearTimeout(timer);
      timer = expire();
      out.enqueue(chunk);
    },
    flush() {
      clearTimeout(timer);
    },
  });
  const body = (res.body as unknown as NodeReadableStream<Uint8Array>).pipeThrough(idle);
  const watched = new Response(body as unknown as ReadableStream<Uint8Array>, { status: res.status, statusText: res.statusText, headers: res.headers });
  Object.defineProperty(watched, 'url', { value: res.url });
  return watched;
}
