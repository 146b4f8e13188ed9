/**
 * Runs one logical request with retries: classifies each failure into an Outcome, asks the pure policy, waits
 * (cancellably) and tries again. Offline failures wait for the `online` event without spending an attempt.
 */
import { AbortError, NetworkError, PREFIX } from '../errors';
import { HttpRequest, HttpResponse, HttpTransport, RetryOptions, RetryEnvironment, AbortSignalLike } from './types';
import { decideRetry, Outcome } from './retryPolicy';

/** A failed attempt: what happened (for the policy) and the error to surface if we give up. */
export class AttemptFailure {
  constructor(readonly outcome: Outcome, readonly error: Error) {}
}

export interface RetryContext {
  env: RetryEnvironment;
  retry: RetryOptions;
  onRetry?(attempt: number, waitMs: number): void;
}

/** Resolves after `ms`, or rejects with the abort error as soon as `signal` fires; the timer is always cleared. */
export function sleep(env: RetryEnvironment, ms: number, signal: AbortSignalLike): Promise<void> {
  return new Promise<void>(function (resolve, reject) {
    if (signal.aborted) return reject(new AbortError());
    let off: () => void = function () { /* set below */ };
    const t = env.setTimeout(function () { off(); resolve(); }, ms);
    off = signal.onAbort(function () { env.clearTimeout(t); reject(new AbortError()); });
  });
}

/** Resolves when the environment is online (at once if it is). */
export function waitOnline(env: RetryEnvironment, signal: AbortSignalLike): Promise<void> {
  if (env.isOnline()) return Promise.resolve();
  return new Promise<void>(function (resolve, reject) {
    let offAbort: () => void = function () { /* set below */ };
    const offOnline = env.onOnline(function () { offAbort(); resolve(); });
    offAbort = signal.onAbort(function () { offOnline(); reject(new AbortError()); });
  });
}

function redact(url: string): string {
  return url.replace(/([?&](?:policy|signature|X-Amz-Signature|X-Amz-Credential)=)[^&]*/gi, '$1…');
}

/** Sends `req`; resolves with a 2xx response, otherwise rejects with an AttemptFailure. `where` names the flow step. */
export function sendOnce(transport: HttpTransport, req: HttpRequest, where: string): Promise<HttpResponse> {
  const info = { method: req.method, url: redact(req.url) };
  return transport.request(req).then(
    function (res) {
      if (res.status >= 200 && res.status < 300) return res;
      const body = (res.text || '').slice(0, 500);
      const err = new NetworkError(PREFIX + where + ' failed: HTTP ' + res.status + (body ? ' ' + body : ''), {
        method: info.method, url: info.url, status: res.status, body: body || undefined,
        requestId: res.headers.get('x-request-id') || res.headers.get('x-amz-request-id') || undefined,
      });
      throw new AttemptFailure({ kind: 'status', status: res.status, retryAfter: res.headers.get('retry-after') }, err);
    },
    function (e: { name?: string; message?: string } | null) {
      const name = e && e.name;
      if (name === 'AbortError') throw new AttemptFailure({ kind: 'abort' }, new AbortError());
      const kind = name === 'TimeoutError' ? 'timeout' : name === 'StallError' ? 'stall' : 'network';
      const why = kind === 'timeout' ? 'timed out' : kind === 'stall' ? 'stalled (no upload progress)' : 'network error' + (e && e.message ? ' (' + e.message + ')' : '');
      throw new AttemptFailure({ kind }, new NetworkError(PREFIX + where + ' failed: ' + why, { method: info.method, url: info.url, status: 0 }));
    },
  );
}

/**
 * The error to surface when the policy gives up: the last failure's, and when bytes advanced between failures (so
 * the retries in a row never ran out) the message also says why it stopped.
 */
function giveUp(error: Error, reason: string, progressedBetween: boolean): Error {
  if (!progressedBetween || !(error instanceof NetworkError)) return error;
  return new NetworkError(error.message + '; ' + reason, { method: error.method, url: error.url, status: error.status, body: error.body, requestId: error.requestId });
}

/**
 * Calls `attempt` until it succeeds, the policy gives up, or `signal` fires. `attempt` receives `progressed`,
 * to call when bytes advanced: the failure count then starts again from zero.
 */
export function withRetry<T>(ctx: RetryContext, signal: AbortSignalLike, attempt: (progressed: () => void) => Promise<T>): Promise<T> {
  let failures = 0;
  let total = 0;
  const progressed = function () { failures = 0; };
  const loop = function (): Promise<T> {
    if (signal.aborted) return Promise.reject(new AbortError());
    return attempt(progressed).then(undefined, function (e: unknown) {
      if (signal.aborted) throw new AbortError();
      if (!(e instanceof AttemptFailure)) throw e;
      const transient = e.outcome.kind === 'network' || e.outcome.kind === 'timeout' || e.outcome.kind === 'stall';
      if (transient && !ctx.env.isOnline()) return waitOnline(ctx.env, signal).then(loop);
      failures++;
      total++;
      const d = decideRetry(ctx.retry, e.outcome, failures, ctx.env.now(), ctx.env.random(), total);
      if (!d.retry) throw giveUp(e.error, d.reason, failures < total);
      if (ctx.onRetry) ctx.onRetry(failures, d.waitMs);
      return sleep(ctx.env, d.waitMs, signal).then(loop);
    });
  };
  return loop();
}
