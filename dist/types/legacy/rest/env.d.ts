import { Security } from '../../core/contracts';
import { Outcome } from '../callbacks';
import { LegacyContext } from '../context';
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
export declare function outcomeFor(ctx: LegacyContext, cb: {
    onSuccess?: Fn;
    onError?: Fn;
    onProgress?: Fn;
}): Outcome;
/** `policy` and `signature` from v2 options (only when given as strings). */
export declare function securityOf(options: Options): Security;
/** The security query parameters, in v2's order (`signature`, then `policy`). */
export declare function securityParams(options: Options): Params;
/** v2's `_cacheBust` on GETs, unless `cache: true`. */
export declare function cacheBust(options: Options): Params;
