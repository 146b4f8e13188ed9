/**
 * The fetch transport: small requests in browsers (JSON calls, metadata, custom text, image reads), and Node or any
 * platform with a global fetch. fetch reports no upload progress, so the whole body counts as sent when the answer
 * arrives. Timeouts and aborts settle the promise at once even where AbortController is missing (the whatwg-fetch
 * polyfill on old browsers: attempt.ts); the request itself is cancelled only where AbortController exists.
 */
import { HttpRequest, HttpResponse, HttpTransport } from './types';
import { bodyLength, transportFailure } from './signal';
import { attempt, Done } from './attempt';

/** What the transport needs of a fetch Response. */
interface FetchResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
  blob(): Promise<Blob>;
}

/** A fetch function, as far as the transport calls it (`init` as in the Fetch standard). */
export type FetchFn = (url: string, init: { [key: string]: unknown }) => Promise<FetchResponse>;

declare const AbortController: { new (): { signal: unknown; abort(): void } } | undefined;

/** Reads the answer as `req.responseType` asks. */
function readAnswer(res: FetchResponse, req: HttpRequest): Promise<HttpResponse> {
  const headers = { get(name: string) { return res.headers.get(name); } };
  const type = req.responseType || 'text';
  if (type === 'text') return res.text().then(function (text) { return { status: res.status, text, headers }; });
  const read: Promise<ArrayBuffer | Blob> = type === 'blob' ? res.blob() : res.arrayBuffer();
  return read.then(function (body) { return { status: res.status, text: '', body, headers }; });
}

/** Why fetch failed, as a TransportError (Node puts the system error code in `cause`). */
function networkFailure(e: unknown): Error {
  const err = e as { name?: string; message?: string; cause?: { code?: string } } | null;
  if (err && err.name === 'TransportError') return e as Error;
  return transportFailure('TransportError', String((err && err.cause && err.cause.code) || (err && err.message) || e));
}

function send(f: FetchFn, req: HttpRequest, done: Done): () => void {
  const ac = typeof AbortController === 'function' ? new AbortController() : null;
  let live = true;
  const init: { [key: string]: unknown } = { method: req.method, headers: req.headers || {}, body: req.body };
  if (ac) init.signal = ac.signal;
  if (req.withCredentials) init.credentials = 'include';
  f(req.url, init)
    .then(function (res) { return readAnswer(res, req); })
    .then(function (res) {
      const sent = bodyLength(req.body);
      if (live && req.onUploadProgress && sent !== undefined) req.onUploadProgress(sent, sent);
      done(null, res);
    }, function (e: unknown) { done(networkFailure(e)); });
  return function () {
    live = false;
    if (ac) ac.abort();
  };
}

/** Whether `scope` (default: the global scope) has a fetch, native or polyfilled. */
export function fetchAvailable(scope?: { fetch?: unknown }): boolean {
  return typeof (scope ? scope.fetch : typeof fetch === 'function' ? fetch : undefined) === 'function';
}

/** The fetch transport over `fetchImpl` (default: the global fetch, looked up at each request). */
export function fetchTransport(fetchImpl?: FetchFn): HttpTransport {
  return {
    streamsProgress: false,
    request(req: HttpRequest): Promise<HttpResponse> {
      const f = fetchImpl || (typeof fetch === 'function' ? (fetch as unknown as FetchFn) : undefined);
      if (!f) return Promise.reject(new Error('filepicker: no fetch available; pass a transport'));
      return attempt(req, function (done) { return send(f, req, done); });
    },
  };
}
