/** The browser transport: XMLHttpRequest, for upload progress. Reading ETag needs the bucket's CORS to expose it. */
import { HttpRequest, HttpResponse, HttpTransport } from './types';
import { abortedTransportError } from './signal';
import { bodyLength } from './bodyLength';

declare const XMLHttpRequest: any;

function failure(name: string, message: string): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

export function xhrTransport(): HttpTransport {
  return {
    streamsProgress: true,
    request(req: HttpRequest): Promise<HttpResponse> {
      return new Promise<HttpResponse>(function (resolve, reject) {
        if (req.signal && req.signal.aborted) return reject(abortedTransportError());
        const xhr = new XMLHttpRequest();
        let off = function () { /* set below */ };
        xhr.open(req.method, req.url, true);
        const h = req.headers || {};
        for (const k in h) if (Object.prototype.hasOwnProperty.call(h, k)) xhr.setRequestHeader(k, h[k]);
        if (req.timeoutMs) xhr.timeout = req.timeoutMs;
        if (req.onUploadProgress && xhr.upload) {
          const cb = req.onUploadProgress;
          xhr.upload.onprogress = function (ev: any) { if (ev && typeof ev.loaded === 'number') cb(ev.loaded); };
        }
        xhr.onload = function () {
          off();
          const sent = bodyLength(req.body);
          if (req.onUploadProgress && sent !== undefined) req.onUploadProgress(sent);
          resolve({
            status: xhr.status,
            text: typeof xhr.responseText === 'string' ? xhr.responseText : '',
            headers: { get(name: string) { try { return xhr.getResponseHeader(name); } catch { return null; } } },
          });
        };
        xhr.onerror = function () { off(); reject(failure('TransportError', 'the connection failed (network error or CORS)')); };
        xhr.ontimeout = function () { off(); reject(failure('TimeoutError', 'no answer within ' + req.timeoutMs + ' ms')); };
        xhr.onabort = function () { off(); reject(abortedTransportError()); };
        if (req.signal) off = req.signal.onAbort(function () { xhr.abort(); });
        xhr.send(req.body === undefined ? null : req.body);
      });
    },
  };
}
