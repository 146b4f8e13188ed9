import { HttpRequest, HttpResponse, HttpTransport, RetryOptions, RetryEnvironment, AbortSignalLike } from './types';
import { Outcome } from './retryPolicy';
/** A failed attempt: what happened (for the policy) and the error to surface if we give up. */
export declare class AttemptFailure {
    readonly outcome: Outcome;
    readonly error: Error;
    constructor(outcome: Outcome, error: Error);
}
export interface RetryContext {
    env: RetryEnvironment;
    retry: RetryOptions;
    onRetry?(attempt: number, waitMs: number): void;
}
/** Resolves after `ms`, or rejects with the abort error as soon as `signal` fires; the timer is always cleared. */
export declare function sleep(env: RetryEnvironment, ms: number, signal: AbortSignalLike): Promise<void>;
/** Resolves when the environment is online (at once if it is). */
export declare function waitOnline(env: RetryEnvironment, signal: AbortSignalLike): Promise<void>;
/** Sends `req`; resolves with a 2xx response, otherwise rejects with an AttemptFailure. `where` names the flow step. */
export declare function sendOnce(transport: HttpTransport, req: HttpRequest, where: string): Promise<HttpResponse>;
/**
 * Calls `attempt` until it succeeds, the policy gives up, or `signal` fires. `attempt` receives `progressed`,
 * to call when bytes advanced: the failure count then starts again from zero.
 */
export declare function withRetry<T>(ctx: RetryContext, signal: AbortSignalLike, attempt: (progressed: () => void) => Promise<T>): Promise<T>;
