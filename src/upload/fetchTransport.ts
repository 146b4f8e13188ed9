/**
 * The fetch transport (Node 20's global fetch, or any fetch). fetch reports no upload progress, so the whole body
 * counts as sent when the response arrives: progress in Node advances once per completed part.
 */
import { HttpRequest, HttpResponse, HttpTransport } from './types';
import { abortedTransportError } from './signal';
import { bodyLength } from './bodyLength';

declare const AbortController: any;

export function fetchTransport(fetchImpl?: (url: string, init: any) => Promise<any>): HttpTransport {
  const f = fetchImpl || (typeof fetch === 'function' ? fetch : undefined);
  return {
    streamsProgress: false,
    request(req: HttpRequest): Promise<HttpResponse> {
      if (!f) return Promise.reject(new Error('filepicker: no fetch available; pass a transport'));
      if (req.signal && req.signal.aborted) return Promise.reject(abortedTransportError());
      const ac = typeof AbortController === 'function' ? new AbortController() : null;
      let timedOut = false;
      let timer: any = null;
      if (req.timeoutMs && ac) timer = setTimeout(function () { timedOut = true; ac.abort(); }, req.timeoutMs);
      const off = req.signal ? req.signal.onAbort(function () { if (ac) ac.abort(); }) : function () { /* none */ };
      const done = function () { if (timer) clearTimeout(timer); off(); };
      return f(req.url, { method: req.method, headers: req.headers || {}, body: req.body, signal: ac ? ac.signal : undefined })
        .then(function (res: any) {
          return res.text().then(function (text: string) {
            done();
            const sent = bodyLength(req.body);
          if (req.onUploadProgress && sent !== undefined) req.onUploadProgress(sent);
            return { status: res.status as number, text, headers: { get(name: string) { return res.headers.get(name) as string | null; } } };
          });
        })
        .then(undefined, function (e: any) {
          done();
          if (req.signal && req.signal.aborted) throw abortedTransportError();
          if (timedOut) {
            const t = new Error('no answer within ' + req.timeoutMs + ' ms');
            t.name = 'TimeoutError';
            throw t;
          }
          if (e && e.name === 'TransportError') throw e;
          const n = new Error(String((e && e.cause && e.cause.code) || (e && e.message) || e));
          n.name = 'TransportError';
          throw n;
        });
    },
  };
}
