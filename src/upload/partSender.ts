/**
 * One part of a multipart upload: its digest, a URL from `/multipart/upload`, and the PUT exactly as instructed,
 * with the stall watchdog, retries, and a fresh URL when storage answers 403 (an expired URL).
 */
import { AbortError, FilepickerError, PREFIX, isNetworkError } from '../core/errors';
import { UploadSource } from '../core/contracts';
import { EngineOptions, HttpResponse, HttpTransport, UploadEnvironment } from './types';
import { Aborter } from '../core/http/signal';
import { HashAhead } from './hashAhead';
import { PartRange } from './options';
import { ProgressTracker } from './progress';
import { AttemptFailure, RetryContext, sendOnce, withRetry } from '../core/http/retry';
import * as P from './protocol';
import { PartUrls } from './partUrls';

export const MISSING_ETAG_MESSAGE = PREFIX + 'storage accepted part {part} but its answer has no readable ETag header. ' +
  'In a browser the bucket\'s CORS configuration must expose it: add <ExposeHeader>ETag</ExposeHeader> to the CORS rule (see the S3 bucket CORS settings)';

/** What sending a part needs from the file's upload. */
export interface PartContext {
  transport: HttpTransport;
  env: UploadEnvironment;
  opts: EngineOptions;
  source: UploadSource;
  retryCtx: RetryContext;
  progress: ProgressTracker;
  digests: HashAhead;
  /** Number of parts of the file (for messages). */
  partCount: number;
  /** POSTs `body` to `path` of the upload API (with retries). */
  post(path: string, body: string, signal: Aborter, where: string): Promise<HttpResponse>;
  /** The body of `/multipart/upload` for one part (and the parts asked along, when the server offers it). */
  uploadBody(part: number, size: number, md5: string, batch?: P.BatchPart[]): string;
  /** URLs answered ahead of their part (PartUrls). */
  urls: PartUrls;
  /** A PUT is about to start. */
  beforePut(): void;
}

/** The bytes of a part while it is sent: read whole by the hasher (Node), else the PUT sends a lazy Blob slice. */
interface HeldBytes {
  bytes?: Uint8Array;
  release?(): void;
}

function dropBytes(held: HeldBytes): void {
  held.bytes = undefined;
  if (held.release) held.release();
  held.release = undefined;
}

/** Sends one part; resolves with the ETag storage answered. `signal` stops it (pause, cancel). */
export function sendPart(ctx: PartContext, range: PartRange, signal: Aborter): Promise<string> {
  const held: HeldBytes = {};
  return ctx.digests.take(range).then(function (d) {
    held.bytes = d.bytes;
    held.release = d.release;
    if (signal.aborted) throw new AbortError();
    return putWithRenewal(ctx, range, d.md5, held, signal, 0);
  }).then(function (etag) {
    dropBytes(held);
    return etag;
  }, function (e: Error) {
    dropBytes(held);
    throw e;
  });
}

function where(ctx: PartContext, range: PartRange): string {
  return 'part ' + range.number + ' of ' + ctx.partCount;
}

/**
 * The part's URL: one answered ahead (first try only), else asked for, along with the URLs of the parts whose MD5 is
 * computed when the server offers it.
 */
function partTarget(ctx: PartContext, range: PartRange, md5: string, signal: Aborter, renewals: number): Promise<P.PartTarget> {
  const ask = function (): Promise<P.PartTarget> {
    const extras = ctx.urls.extras(range.number, ctx.digests.ready());
    const body = ctx.uploadBody(range.number, range.end - range.start, md5, extras);
    const answer = ctx.post('/multipart/upload', body, signal, 'the upload request of ' + where(ctx, range) + ' (/multipart/upload)').then(function (res) {
      return P.parsePartTargets(res.text, range.number);
    });
    if (extras.length) ctx.urls.asking(extras, answer.then(function (a) { return a.batch; }));
    return answer.then(function (a) { return a.target; });
  };
  const ahead = renewals === 0 ? ctx.urls.take(range.number, md5) : null;
  return ahead ? ahead.then(function (t) { return t || ask(); }) : ask();
}

/** Gets a URL, then PUTs (with retries); on a 403 from storage asks again, at most `maxUrlRenewals` times. */
function putWithRenewal(ctx: PartContext, range: PartRange, md5: string, held: HeldBytes, signal: Aborter, renewals: number): Promise<string> {
  return partTarget(ctx, range, md5, signal, renewals).then(function (target) {
    return withRetry(ctx.retryCtx, signal, function (progressed) { return putOnce(ctx, range, target, held, signal, progressed); });
  }).then(undefined, function (e: unknown) {
    if (isNetworkError(e) && e.status === 403 && e.method === 'PUT' && renewals < ctx.opts.maxUrlRenewals && !signal.aborted) {
      return putWithRenewal(ctx, range, md5, held, signal, renewals + 1);
    }
    throw e;
  });
}

/** One PUT attempt, aborted (as a stall) when no upload progress came for `stallTimeoutMs`. */
function putOnce(ctx: PartContext, range: PartRange, target: P.PartTarget, held: HeldBytes, signal: Aborter, progressed: () => void): Promise<string> {
  ctx.beforePut();
  const env = ctx.env;
  const size = range.end - range.start;
  const stallMs = ctx.opts.stallTimeoutMs;
  const attempt = signal.child();
  let stalled = false;
  let high = 0;
  let timer: unknown = null;
  const arm = function () {
    if (timer !== null) env.clearTimeout(timer);
    timer = env.setTimeout(function () { stalled = true; attempt.aborter.abort(); }, stallMs);
  };
  arm();
  const stop = function () { if (timer !== null) env.clearTimeout(timer); timer = null; attempt.dispose(); };
  const step = 'the storage PUT of ' + where(ctx, range);
  return sendOnce(ctx.transport, {
    method: 'PUT', url: target.url, headers: target.headers, body: held.bytes || ctx.source.slice(range.start, range.end),
    signal: attempt.aborter,
    onUploadProgress: function (loaded: number) {
      if (loaded > high) { high = loaded; progressed(); arm(); }
      ctx.progress.update(range.number, loaded, size);
    },
  }, step).then(function (res) {
    stop();
    const etag = res.headers.get('etag');
    if (!etag) throw new FilepickerError(MISSING_ETAG_MESSAGE.replace('{part}', String(range.number)));
    return etag;
  }, function (e: unknown) {
    stop();
    if (stalled && !signal.aborted && e instanceof AttemptFailure && e.outcome.kind === 'abort') {
      throw new AttemptFailure({ kind: 'stall' }, new FilepickerError(PREFIX + step + ' stalled: no upload progress for ' + stallMs + ' ms'));
    }
    throw e;
  });
}
