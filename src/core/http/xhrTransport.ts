/**
 * The XMLHttpRequest transport: the one that reports upload and download progress, so it carries part PUTs, v2's
 * REST uploads and reads. Reading ETag needs the bucket's CORS to expose it. The only file that creates an
 * XMLHttpRequest.
 */
import { HttpRequest, HttpResponse, HttpTransport } from './types';
import { bodyLength, transportFailure } from './signal';
import { attempt, Done } from './attempt';

/** A global scope that may have XMLHttpRequest (a window, a worker, or jsdom's window in tests). */
export interface XhrScope {
  XMLHttpRequest?: unknown;
}

declare const self: XhrScope | undefined;

/** The XMLHttpRequest class of `scope` (default: this global scope), or undefined. */
function xhrClass(scope?: XhrScope): (new () => XMLHttpRequest) | undefined {
  const g = scope || (typeof self !== 'undefined' ? self : undefined);
  const X = g && g.XMLHttpRequest;
  return typeof X === 'function' ? (X as new () => XMLHttpRequest) : undefined;
}

/** Whether `scope` (default: this global scope) can make XHR requests. */
export function xhrAvailable(scope?: XhrScope): boolean {
  return !!xhrClass(scope);
}

function send(X: new () => XMLHttpRequest, req: HttpRequest, done: Done): () => void {
  const xhr = new X();
  const type = req.responseType && req.responseType !== 'text' ? req.responseType : undefined;
  const up = req.onUploadProgress;
  const down = req.onDownloadProgress;
  xhr.open(req.method, req.url, true);
  const h = req.headers || {};
  for (const k in h) if (Object.prototype.hasOwnProperty.call(h, k)) xhr.setRequestHeader(k, h[k]);
  if (type) xhr.responseType = type;
  if (req.withCredentials) xhr.withCredentials = true;
  if (up && xhr.upload) xhr.upload.onprogress = function (ev) { if (ev && typeof ev.loaded === 'number') up(ev.loaded, ev.lengthComputable ? ev.total : undefined); };
  if (down) xhr.onprogress = function (ev) { if (ev && ev.lengthComputable && ev.total > 0) down(ev.loaded, ev.total); };
  xhr.onload = function () {
    const sent = bodyLength(req.body);
    if (up && sent !== undefined) up(sent, sent);
    done(null, {
      status: xhr.status,
      text: !type && typeof xhr.responseText === 'string' ? xhr.responseText : '',
      body: type ? xhr.response || undefined : undefined,
      headers: { get(name: string) { try { return xhr.getResponseHeader(name); } catch (_e) { return null; } } },
    });
  };
  xhr.onerror = function () { done(transportFailure('TransportError', 'the connection failed (network error, or the server does not allow this origin)')); };
  xhr.send(req.body === undefined ? null : (req.body as XMLHttpRequestBodyInit));
  return function () { xhr.abort(); };
}

/** The XHR transport of `scope` (default: this global scope's XMLHttpRequest, looked up at each request). */
export function xhrTransport(scope?: XhrScope): HttpTransport {
  return {
    streamsProgress: true,
    request(req: HttpRequest): Promise<HttpResponse> {
      const X = xhrClass(scope);
      if (!X) return Promise.reject(new Error('filepicker: XMLHttpRequest is not available here; pass a transport'));
      return attempt(req, function (done) { return send(X, req, done); });
    },
  };
}
