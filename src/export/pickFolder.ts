import { Outcome } from '../legacy/callbacks';
import { LegacyContext } from '../legacy/context';
import { FPError, handleError } from '../legacy/FPError';
import { shiftOptions } from '../legacy/shift';

/**
 * `pickFolder(options?, onSuccess?, onError?, onProgress?)`: v2 opened a cloud folder browser. This version has no
 * cloud sources, so after the key check and the usual argument shifting it reports
 * `FPError 102` ("pickFolder needs a cloud source, which this version does not provide") to `onError`, later (never
 * inside the call). Returns `{close}`; closing first means no callback at all.
 */
export function pickFolder(ctx: LegacyContext, args: ArrayLike<unknown>): { close(): void } {
  ctx.requireKey();
  const a = shiftOptions(args);
  const outcome = new Outcome(a.onSuccess, a.onError || handleError(ctx.debug));
  // Decided on the next turn, so a close() right after the call still cancels the callback.
  setTimeout(() => outcome.fail(new FPError(102, 'pickFolder needs a cloud source, which this version does not provide')), 0);
  return { close: () => outcome.close() };
}
