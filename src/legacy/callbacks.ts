import { isAbortError, isNetworkError, isValidationError } from '../core/errors';
import { FilepickerException } from './FilepickerException';
import { FPError } from './FPError';
import { Fn } from './shift';

/**
 * Runs a callback later, never inside the call that registered it (Angular pages call `$scope.$apply` in
 * callbacks). Timers with the same delay run in order, so progress, then success, arrive in the order given.
 */
export function later(fn: Fn | undefined, arg?: unknown, noArg?: boolean): void {
  if (!fn) return;
  setTimeout(function () {
    if (noArg) fn();
    else fn(arg);
  }, 0);
}

/**
 * Guards one call's outcome: exactly one of success / error is delivered, once (v2 could call `onSuccess` twice:
 * gotcha G10), and nothing at all after `close()`.
 */
export class Outcome {
  /** True once a result, an error or close() ended this call. */
  private done = false;

  constructor(private readonly onSuccess: Fn | undefined, private readonly onError: Fn | undefined, private readonly onProgress?: Fn) {}

  get finished(): boolean {
    return this.done;
  }

  succeed(value: unknown): void {
    if (this.done) return;
    this.done = true;
    later(this.onSuccess, value);
  }

  fail(error: FPError): void {
    if (this.done) return;
    this.done = true;
    later(this.onError, error);
  }

  progress(value: unknown): void {
    if (this.done) return;
    later(this.onProgress, value);
  }

  /** Ends silently (`{close()}` fires no callback, as in v2). */
  close(): void {
    this.done = true;
  }
}

/** What the server said: the `error` of a JSON answer (`{"error": "…"}`), else the answer's text as it is. */
export function serverMessage(body: string): string {
  if (body.charAt(0) !== '{') return body;
  try {
    const parsed = JSON.parse(body) as { error?: unknown; message?: unknown };
    if (typeof parsed.error === 'string' && parsed.error) return parsed.error;
    if (typeof parsed.message === 'string' && parsed.message) return parsed.message;
  } catch (_e) {
    // not JSON after all: the text is the message
  }
  return body;
}

/** The FPError for an error from the dialog or the engine on the pick path; a server's reason goes into `details`. */
export function pickErrorToFP(err: unknown): FPError {
  if (isAbortError(err)) return new FPError(101);
  if (isNetworkError(err)) {
    const details = err.body ? serverMessage(err.body) : err.message;
    if (err.status === 400) return new FPError(400, details);
    if (err.status === 403) return new FPError(403, details);
  }
  return new FPError(102, err instanceof Error ? err.message : String(err));
}

/** Runs `fn`, turning a ValidationError into the documented synchronous channel: a thrown FilepickerException. */
export function throwingValidation<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isValidationError(e)) throw new FilepickerException(e.message);
    throw e;
  }
}
