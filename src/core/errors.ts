/**
 * The library's error hierarchy (modern API). Every error has a stable `name`, so guards work across frames
 * (the dialog may live in an iframe or a popup): use the `is*` functions, not `instanceof`.
 * The legacy facade maps these to FPError codes.
 */

/** Prefix of every message the library writes. */
export const PREFIX = 'filepicker: ';

function fixPrototype(self: Error, proto: object): void {
  // On an ES5 target, `extends Error` loses the subclass prototype.
  // ES5 environments may lack Object.setPrototypeOf; there, the legacy __proto__ accessor does the same.
  const setProto = (Object as { setPrototypeOf?: (o: object, p: object) => void }).setPrototypeOf;
  if (setProto) setProto(self, proto);
  else (self as { __proto__?: object }).__proto__ = proto;
}

export class FilepickerError extends Error {
  constructor(message: string) {
    super(message);
    fixPrototype(this, new.target.prototype);
    this.name = 'FilepickerError';
    this.message = message;
    // V8 only (not in the ES5 typings).
    const capture = (Error as { captureStackTrace?: (e: Error, c: unknown) => void }).captureStackTrace;
    if (capture) capture(this, new.target);
  }
}

/** Bad input from the caller; `option` names the option or field. */
export class ValidationError extends FilepickerError {
  readonly option: string;
  constructor(option: string, message: string) {
    super(message);
    fixPrototype(this, new.target.prototype);
    this.name = 'ValidationError';
    this.option = option;
  }
}

/** An HTTP request failed (network error, timeout, or an error status). */
export class NetworkError extends FilepickerError {
  readonly method: string;
  readonly url: string;
  /** HTTP status, 0 for a network failure or a timeout. */
  readonly status: number;
  /** The server's explanation, when it sent one (text, never HTML). */
  readonly body?: string;
  readonly requestId?: string;
  /** A cloud source's failure: the source (`ftp`, `webdav`, …) and the server's cause (`signin`, `notfound`, …). */
  readonly provider?: string;
  readonly reason?: string;
  /** A cloud file refused for its size (413 `toolarge`): its size and the limit it is above, in bytes, when the server said. */
  readonly size?: number;
  readonly maxSize?: number;
  constructor(message: string, info: { method: string; url: string; status: number; body?: string; requestId?: string; provider?: string; reason?: string; size?: number; maxSize?: number }) {
    super(message);
    fixPrototype(this, new.target.prototype);
    this.name = 'NetworkError';
    this.method = info.method;
    this.url = info.url;
    this.status = info.status;
    this.body = info.body;
    this.requestId = info.requestId;
    if (info.provider) this.provider = info.provider;
    if (info.reason) this.reason = info.reason;
    if (info.size !== undefined) this.size = info.size;
    if (info.maxSize !== undefined) this.maxSize = info.maxSize;
  }
}

/** The caller or the user cancelled. Cancellation is not a failure. */
export class AbortError extends FilepickerError {
  constructor(message = PREFIX + 'the upload was cancelled') {
    super(message);
    fixPrototype(this, new.target.prototype);
    this.name = 'AbortError';
  }
}

export function isAbortError(e: unknown): e is AbortError {
  return !!e && (e as Error).name === 'AbortError';
}
export function isNetworkError(e: unknown): e is NetworkError {
  return !!e && (e as Error).name === 'NetworkError';
}
export function isValidationError(e: unknown): e is ValidationError {
  return !!e && (e as Error).name === 'ValidationError';
}
