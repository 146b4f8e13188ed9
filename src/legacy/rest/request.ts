import { PREFIX } from '../../core/errors';
import { Outcome } from '../callbacks';
import { FPError } from '../FPError';
import { CodeTable, codeFor } from './codes';
import { withoutQuery } from './fileUrl';
import { HttpRequest, HttpResponse, Transport } from './transport';

/** One REST request and how its answer reaches the caller. */
export interface Call {
  transport: Transport;
  request: HttpRequest;
  codes: CodeTable;
  outcome: Outcome;
  /** Report progress to the caller: v2's number 0–100 (`round(loaded*95/total)` while moving bytes, then 100). */
  progress?: boolean;
  /** Turns a 2xx answer into the success value; throwing fails the call with `codes.other`. */
  parse(res: HttpResponse): unknown;
}

/** v2's REST progress as a function of bytes: never backwards, each value once, 100 only at the end. */
export function percentReporter(outcome: Outcome, scale: number): { bytes(loaded: number, total: number): void; done(): void } {
  let last = -1;
  const emit = (p: number) => {
    if (p > last) {
      last = p;
      outcome.progress(p);
    }
  };
  return {
    bytes(loaded, total) {
      if (total > 0) emit(Math.min(scale, Math.round((loaded * scale) / total)));
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

/** The server's explanation in an error answer: `{error}` / `{message}` JSON, or the start of the text. */
export function explain(req: HttpRequest, res: HttpResponse): string {
  if (res.status === 0 && res.error) return PREFIX + 'the browser refused ' + req.method + ' ' + withoutQuery(req.url) + ' (' + res.error + ')';
  if (res.status === 0) return PREFIX + 'no answer from ' + req.method + ' ' + withoutQuery(req.url) + ' (network error, or the server does not allow this origin)';
  let text = res.body || '';
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

export function perform(call: Call): void {
  const req = call.request;
  const progress = call.progress ? percentReporter(call.outcome, 95) : undefined;
  const sent: HttpRequest = {
    method: req.method,
    url: req.url,
    headers: req.headers,
    body: req.body,
    binary: req.binary,
    withCredentials: req.withCredentials,
    onProgress: progress ? progress.bytes : undefined,
  };
  call.transport(sent, function (res) {
    if (call.outcome.finished) return;
    if (progress) progress.done();
    if (res.status >= 200 && res.status < 300) {
      let value: unknown;
      try {
        value = call.parse(res);
      } catch (e) {
        call.outcome.fail(new FPError(call.codes.other, PREFIX + 'unexpected answer from the server: ' + (e instanceof Error ? e.message : String(e))));
        return;
      }
      call.outcome.succeed(value);
      return;
    }
    call.outcome.fail(new FPError(codeFor(call.codes, res.status, isCrossOrigin(req.url)), explain(req, res)));
  });
}

/** Parses a JSON answer (throws a readable error when it is not JSON). */
export function parseJson(res: HttpResponse): any {
  try {
    return JSON.parse(res.body);
  } catch (_e) {
    throw new Error('invalid JSON: ' + (res.body || '').slice(0, 100));
  }
}
