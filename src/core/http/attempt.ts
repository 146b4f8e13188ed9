/**
 * What every transport shares: one request attempt that settles once, with the stack's timeout and abort. A transport
 * only starts its request and says how to cancel it.
 */
import { HttpRequest, HttpResponse } from './types';
import { abortedTransportError, timeoutError, transportFailure } from './signal';

/** The error of a request the platform refused before sending it (a malformed URL or header). */
export function refused(e: unknown): Error {
  return transportFailure('TransportError', 'the request was refused before it was sent (' + String(e) + ')');
}

/** Settles the attempt: an error (no answer) or the response. Later calls are ignored. */
export type Done = (err: Error | null, res?: HttpResponse) => void;

/**
 * Runs `start(done)`, which sends the request and returns a function that cancels it. Rejects with `AbortError` when
 * `req.signal` fires, `TimeoutError` after `req.timeoutMs`, and `TransportError` when `start` throws (the platform
 * refused the request: a malformed URL or header). A timeout or an abort also cancels the request.
 */
export function attempt(req: HttpRequest, start: (done: Done) => () => void): Promise<HttpResponse> {
  return new Promise<HttpResponse>(function (resolve, reject) {
    if (req.signal && req.signal.aborted) return reject(abortedTransportError());
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let off = function () { /* set below */ };
    let cancel = function () { /* set below */ };
    const done: Done = function (err, res) {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      off();
      if (err) reject(err);
      else resolve(res as HttpResponse);
    };
    /** Ends the attempt from here (timeout, abort): settles, then cancels the request. */
    const stop = function (err: Error) {
      if (settled) return;
      done(err);
      cancel();
    };
    if (req.timeoutMs) timer = setTimeout(function () { stop(timeoutError(req.timeoutMs)); }, req.timeoutMs);
    if (req.signal) off = req.signal.onAbort(function () { stop(abortedTransportError()); });
    try {
      cancel = start(done);
    } catch (e) {
      done(refused(e));
    }
  });
}
