import { messageForCode } from './errorMessages';

/**
 * `filepicker.errors.FPError`: what `onError` receives. Own keys: `code` (a number), `message` (always set, for
 * every code), and `details` when there is more to say (a server message, a restriction). `toString()` begins with
 * `FPError <code>` as in v2; `toJSON()` gives `{code, message, details?}`. Callable with or without `new`; always a real instance (v2's dialog path passed a
 * shared, mutated namespace object instead: gotcha G4).
 */
export interface FPError extends Error {
  code: number;
  details?: string;
  toJSON(): { code: number; message: string; details?: string };
}

export interface FPErrorConstructor {
  new (code: number, details?: string): FPError;
  (code: number, details?: string): FPError;
  prototype: FPError;
}

export const FPError = function FPError(this: FPError | void, code: number, details?: string): FPError {
  if (!(this instanceof FPError)) return new (FPError as unknown as FPErrorConstructor)(code, details);
  this.code = Number(code);
  this.message = messageForCode(this.code);
  if (details) this.details = details;
  return this;
} as unknown as FPErrorConstructor;

FPError.prototype = Object.create(Error.prototype, {
  constructor: { value: FPError, enumerable: false, writable: true, configurable: true },
  name: { value: 'FPError', enumerable: false, writable: true, configurable: true },
  toString: {
    enumerable: false,
    writable: true,
    configurable: true,
    value(this: FPError) {
      return 'FPError ' + this.code + ': ' + this.message + (this.details ? ' (' + this.details + ')' : '');
    },
  },
  /** `JSON.stringify(err)` (logging, sending it to a page's own server): `{code, message, details?}`, nothing else. */
  toJSON: {
    enumerable: false,
    writable: true,
    configurable: true,
    value(this: FPError): { code: number; message: string; details?: string } {
      const out: { code: number; message: string; details?: string } = { code: this.code, message: this.message };
      if (this.details) out.details = this.details;
      return out;
    },
  },
});

/** The default `onError`: silent unless `filepicker.debug` is set (v2 behaviour, gotcha G6). */
export function handleError(debug: () => boolean): (e: FPError) => void {
  return function (e: FPError) {
    if (debug() && typeof console !== 'undefined' && console.error) console.error(String(e));
  };
}
