import { PREFIX } from '../../core/errors';
import { errorText } from '../../core/describe';
import { AbortSignalLike, HttpRequest, HttpResponse, HttpTransport, RetryEnvironment } from '../../core/http/types';
import { AttemptFailure, withRetry } from '../../core/http/retry';
import { Outcome } from '../callbacks';
import { FPError } from '../FPError';
import { CodeTable, codeFor } from './codes';
import { withoutQuery } from './requestUrl';
import { REST_RETRY } from './policy';
import { bufferToBinary } from './binary';
import { utf8Decode } from './text';

/** One REST request and how its answer reaches the caller. */
export interface Call {
  transport: HttpTransport;
  request: HttpRequest;
  codes: CodeTable;
  outcome: Outcome;
  /** Report progress to the caller: v2's number 0–100 (`round(loaded*95/total)` while moving bytes, then 100). */
  progress?: boolean;
  /** Safe to repeat (a GET): retried on these timers after a network error, a timeout, 408, 429 or 5xx (policy.ts). */
  retryOn?: RetryEnvironment;
  /** Turns a 2xx answer into the success value; throwing fails the call with `codes.other`. */
  parse(res: HttpResponse): unknown;
}

/** What came back: an answer with any status, or none (`failure` says why: the transport's error). */
export interface Answer {
  res?: HttpResponse;
  failure?: Error;
}

/** v2's REST progress as a function of bytes: never backwards, each value once, 100 only at the end. */
export function percentReporter(outcome: Outcome, scale: number): { bytes(loaded: number, total?: number): void; done(): void } {
  let last = -1;
  const emit = (p: number) => {
    if (p > last) {
      last = p;
      outcome.progress(p);
    }
  };
  return {
    bytes(loaded, total) {
      if (total && total > 0) emit(Math.min(scale, Math.round((loaded * scale) / total)));
    },
    done() {
      emit(100);
    },
  };
}

function pageOrigin(): string {
  const loc = typeof location !== 'undefined' ? location : undefined;
  return loc ? loc.protocol + '//' + loc.host : '';
}

/** Whether `url` is on another origin than the page (a relative URL is not). */
export function isCrossOrigin(url: string): boolean {
  const m = /^([a-z][a-z0-9+.-]*:)\/\/([^/?#]+)/i.exec(url);
  if (!m) return false;
  return (m[1] + '//' + m[2]).toLowerCase() !== pageOrigin().toLowerCase();
}

/** The answer as v2's binary string: its bytes for an `arraybuffer` request (one char per byte), else its text. */
export function bytesOf(res: HttpResponse): string {
  const buf = res.body as ArrayBuffer | undefined;
  return buf && typeof buf.byteLength === 'number' ? bufferToBinary(buf) : res.text;
}

/** The server's explanation in an error answer (`{error}` / `{message}` JSON, or the start of the text), or why none came. */
export function explain(req: HttpRequest, answer: Answer): string {
  const res = answer.res;
  if (!res) return PREFIX + req.method + ' ' + withoutQuery(req.url) + ' got no answer: ' + (answer.failure ? answer.failure.message : 'network error');
  let text = res.body ? utf8Decode(bytesOf(res)) : res.text || '';
  try {
    const json = JSON.parse(text);
    if (json && typeof json.error === 'string') text = json.error;
    else if (json && typeof json.message === 'string') text = json.message;
  } catch (_e) {
    // not JSON: keep the text
  }
  text = text.replace(/\s+/g, ' ').replace(/^\s+|\s+$/g, '');
  if (text.length > 300) text = text.slice(0, 300) + '...';
  return 'HTTP ' + res.status + (text ? ': ' + text : '');
}

/** REST calls cannot be cancelled (v2 had no way to): their retries run to the end. */
const NEVER_ABORTED: AbortSignalLike = { aborted: false, onAbort: () => () => undefined };

/**
 * An error status as a failed attempt that still carries the answer: the policy retries 408, 429 and 5xx, and the
 * answer is given back when it does not (any other status) or when the retries run out.
 */
function failedAnswer(res: HttpResponse): AttemptFailure {
  const carrier = new Error('HTTP ' + res.status) as Error & { answer?: HttpResponse };
  carrier.answer = res;
  return new AttemptFailure({ kind: 'status', status: res.status, retryAfter: res.headers.get('retry-after') }, carrier);
}

/** Sends the request (with retries for a `retryOn` call); resolves with the last answer or why none came. */
export function exchange(call: Call, sent: HttpRequest): Promise<Answer> {
  const timers = call.retryOn;
  const once = () => call.transport.request(sent);
  const attempts: Promise<HttpResponse> = !timers ? once() : withRetry({ env: timers, retry: REST_RETRY }, NEVER_ABORTED, () =>
    once().then(
      (res) => {
        if (res.status < 200 || res.status >= 300) throw failedAnswer(res);
        return res;
      },
      (e: Error) => {
        throw new AttemptFailure({ kind: e && e.name === 'TimeoutError' ? 'timeout' : 'network' }, e);
      },
    ),
  );
  return attempts.then(
    (res) => ({ res }),
    (e: Error & { answer?: HttpResponse }) => (e && e.answer ? { res: e.answer } : { failure: e }),
  );
}

/** The request as sent: the caller's, with progress wired to v2's percent (uploads by bytes sent, GETs by bytes read). */
function withProgress(req: HttpRequest, progress: ReturnType<typeof percentReporter> | undefined): HttpRequest {
  if (!progress) return req;
  const sent: HttpRequest = { method: req.method, url: req.url, headers: req.headers, body: req.body, timeoutMs: req.timeoutMs, responseType: req.responseType, withCredentials: req.withCredentials };
  if (req.body != null) sent.onUploadProgress = progress.bytes;
  else sent.onDownloadProgress = progress.bytes;
  return sent;
}

/** Ends the call with the answer: the parsed value for a 2xx, else the FPError of its status (or of no answer). */
function finish(call: Call, progress: ReturnType<typeof percentReporter> | undefined, answer: Answer): void {
  if (call.outcome.finished) return;
  if (progress) progress.done();
  const res = answer.res;
  if (res && res.status >= 200 && res.status < 300) {
    let value: unknown;
    try {
      value = call.parse(res);
    } catch (e) {
      call.outcome.fail(new FPError(call.codes.other, PREFIX + 'unexpected answer from the server: ' + errorText(e)));
      return;
    }
    call.outcome.succeed(value);
    return;
  }
  call.outcome.fail(new FPError(codeFor(call.codes, res ? res.status : 0, isCrossOrigin(call.request.url)), explain(call.request, answer)));
}

/** Sends the call's request; exactly one of its callbacks runs, also when handling the answer fails unexpectedly. */
export function perform(call: Call): void {
  const progress = call.progress ? percentReporter(call.outcome, 95) : undefined;
  exchange(call, withProgress(call.request, progress))
    .then((answer) => finish(call, progress, answer))
    .then(undefined, (e: unknown) => call.outcome.fail(new FPError(call.codes.other, PREFIX + 'the answer could not be handled: ' + errorText(e))));
}

/** Parses a JSON answer (throws a readable error when it is not JSON); the caller checks its shape. */
export function parseJson(res: HttpResponse): unknown {
  try {
    return JSON.parse(res.text);
  } catch (_e) {
    throw new Error('invalid JSON: ' + (res.text || '').slice(0, 100));
  }
}
