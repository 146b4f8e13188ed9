import { Security } from '../../core/contracts';
import { Outcome } from '../callbacks';
import { LegacyContext } from '../context';
import { handleError } from '../FPError';
import { Fn } from '../shift';
import { Params } from './fileUrl';
import { HttpTransport, RetryEnvironment } from '../../core/http/types';
import { Options } from './inputs';

/** What every REST function works with: the page's legacy context, the HTTP transport and the timers of retries. */
export interface RestEnv {
  ctx: LegacyContext;
  transport: HttpTransport;
  /** Timers for retrying the GETs of read and stat (policy.ts). */
  timers: RetryEnvironment;
}

/** The call's outcome, with v2's default `onError` (`errors.handleError`: silent unless `filepicker.debug`). */
export function outcomeFor(ctx: LegacyContext, cb: { onSuccess?: Fn; onError?: Fn; onProgress?: Fn }): Outcome {
  return new Outcome(cb.onSuccess, cb.onError || handleError(ctx.debug), cb.onProgress);
}

/** `policy` and `signature` from v2 options (only when given as strings). */
export function securityOf(options: Options): Security {
  const s: Security = {};
  if (typeof options.policy === 'string' && options.policy) s.policy = options.policy;
  if (typeof options.signature === 'string' && options.signature) s.signature = options.signature;
  return s;
}

/** The security query parameters, in v2's order (`signature`, then `policy`). */
export function securityParams(options: Options): Params {
  const s = securityOf(options);
  return [['signature', s.signature], ['policy', s.policy]];
}

/** v2's `_cacheBust` on GETs, unless `cache: true`. */
export function cacheBust(options: Options): Params {
  return options.cache === true ? [] : [['_cacheBust', new Date().getTime()]];
}
