/**
 * Retry policy as data plus one pure decision function. No timers here: the caller schedules the wait.
 */
import { RetryOptions } from './types';
export declare const DEFAULT_RETRY: RetryOptions;
/** What happened to one request. */
export type Outcome = {
    kind: 'network';
} | {
    kind: 'timeout';
} | {
    kind: 'stall';
} | {
    kind: 'abort';
} | {
    kind: 'status';
    status: number;
    retryAfter?: string | null;
} | {
    kind: 'bug';
};
export type Decision = {
    retry: true;
    waitMs: number;
} | {
    retry: false;
    reason: string;
};
/** Statuses worth another try: request timeout, too many requests, any server error. */
export declare function isRetryableStatus(status: number): boolean;
/**
 * Parses `Retry-After` (delta seconds or an HTTP date) into milliseconds from `now`; null when absent or unreadable.
 */
export declare function parseRetryAfter(value: string | null | undefined, now: number): number | null;
/**
 * The exponential wait before retry `attempt` (1 = first retry): `minTimeout * factor^(attempt-1)`, capped by
 * `maxTimeout`, then jittered into [half, full] of that value ("equal jitter") so clients do not retry in lockstep.
 */
export declare function backoffDelay(opts: RetryOptions, attempt: number, random: number): number;
/** The cap on failures of one request in all (see RetryOptions.maxFailures). */
export declare function maxFailures(opts: RetryOptions): number;
/**
 * Decides whether failure number `attempt` (1-based, counted since bytes last advanced) is retried and after how long;
 * `total` counts every failure of the request (default: `attempt`).
 * Network errors, timeouts, stalls, 408, 429 and 5xx are retried up to `retries` times in a row, and `maxFailures`
 * times in all; `Retry-After` is honoured (capped by `maxTimeout`); aborts, other statuses and programming errors never are.
 */
export declare function decideRetry(opts: RetryOptions, outcome: Outcome, attempt: number, now: number, random: number, total?: number): Decision;
