import { Outcome } from '../legacy/callbacks';
import { LegacyContext } from '../legacy/context';
import { FilepickerException } from '../legacy/FilepickerException';
import { FPError, handleError } from '../legacy/FPError';
import { shiftAfter } from '../legacy/shift';

/**
 * `processImage(input, options?, onSuccess?, onError?, onProgress?)`: opens the crop/convert view when it exists.
 * It does not exist yet, so after v2's key check, shifting and input check (a URL string or an object with `url`;
 * anything else throws v2's text) it reports `FPError 102` saying so to `onError`, later. Returns `{close}`.
 */
export function processImage(ctx: LegacyContext, args: ArrayLike<unknown>): { close(): void } {
  ctx.requireKey();
  const a = shiftAfter(args, 1);
  const input = a.fixed[0] as any;
  if (!(typeof input === 'string' || (input && typeof input === 'object' && input.url))) {
    throw new FilepickerException('Invalid file to convert: ' + input + '. Not a valid url or FPFile object or not filepicker url. You can convert only filepicker url images.');
  }
  const outcome = new Outcome(a.onSuccess, a.onError || handleError(ctx.debug), a.onProgress);
  // Decided on the next turn, so a close() right after the call still cancels the callback.
  setTimeout(() => outcome.fail(new FPError(102, 'processImage needs the crop/convert view, which this version does not provide yet')), 0);
  return { close: () => outcome.close() };
}
