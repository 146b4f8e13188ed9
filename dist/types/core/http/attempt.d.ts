/**
 * What every transport shares: one request attempt that settles once, with the stack's timeout and abort. A transport
 * only starts its request and says how to cancel it.
 */
import { HttpRequest, HttpResponse } from './types';
/** The error of a request the platform refused before sending it (a malformed URL or header). */
export declare function refused(e: unknown): Error;
/** Settles the attempt: an error (no answer) or the response. Later calls are ignored. */
export type Done = (err: Error | null, res?: HttpResponse) => void;
/**
 * Runs `start(done)`, which sends the request and returns a function that cancels it. Rejects with `AbortError` when
 * `req.signal` fires, `TimeoutError` after `req.timeoutMs`, and `TransportError` when `start` throws (the platform
 * refused the request: a malformed URL or header). A timeout or an abort also cancels the request.
 */
export declare function attempt(req: HttpRequest, start: (done: Done) => () => void): Promise<HttpResponse>;
