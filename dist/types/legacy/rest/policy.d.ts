/**
 * How the v2 REST functions use the HTTP stack's timeouts and retries. v2 had neither: a call waited as long as the
 * browser did and failed on the first error. Here only requests that are safe to repeat are retried (the GETs of
 * `read` and `stat`): a few quick retries on a network error, a timeout, 408, 429 or 5xx, then v2's FPError. POSTs
 * (store, write, convert, remove) are sent once, since a repeat could store or convert twice; `logout` is sent once.
 * Only small answers get a whole-request timeout (`stat`, `remove`); uploads and reads of any size do not.
 */
import { RetryEnvironment, RetryOptions } from '../../core/http/types';
/** Two retries, after about 0.5 s and 1 s: a v2 callback arrives within seconds even when the server is down. */
export declare const REST_RETRY: RetryOptions;
/** The whole-request bound of `stat` and `remove`, whose answers are a few hundred bytes. */
export declare const SMALL_REQUEST_TIMEOUT_MS = 30000;
/**
 * The timers REST retries run on. It reports the network as always up: a REST call made offline spends its retries
 * and then calls `onError`, as v2 did, instead of waiting for the `online` event with its callbacks pending.
 */
export declare function restRetryEnvironment(platform: RetryEnvironment): RetryEnvironment;
