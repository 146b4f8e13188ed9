/**
 * Retry policy as data plus one pure decision function. No timers here: the caller schedules the wait.
 */
import { RetryOptions } from './types';

export const DEFAULT_RETRY: RetryOptions = { retries: 10, factor: 2, minTimeout: 1000, maxTimeout: 60000 };

/** What happened to one request. */
export type Outcome =
  | { kind: 'network' }
  | { kind: 'timeout' }
  | { kind: 'stall' }
  | { kind: 'abort' }
  | { kind: 'status'; status: number; retryAfter?: string | null }
  | { kind: 'bug' };

export type Decision = { retry: true; waitMs: number } | { retry: false; reason: string };

/** Statuses worth another try: request timeout, too many requests, any server error. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/**
 * Parses `Retry-After` (delta seconds or an HTTP date) into milliseconds from `now`; null when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  if (value == null) return null;
  const v = String(value).replace(/^\s+|\s+$/g, '');
  if (!v) return null;
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(parseFloat(v) * 1000);
  const t = Date.parse(v);
  if (isNaN(t)) return null;
  return Math.max(0, t - now);
}

/**
 * The exponential wait before retry `attempt` (1 = first retry): `minTimeout * factor^(attempt-1)`, capped by
 * `maxTimeout`, then jittered into [half, full] of that value ("equal jitter") so clients do not retry in lockstep.
 */
export function backoffDelay(opts: RetryOptions, attempt: number, random: number): number {
  const raw = opts.minTimeout * Math.pow(opts.factor, Math.max(0, attempt - 1));
  const capped = Math.min(opts.maxTimeout, raw);
  return Math.round(capped / 2 + (capped / 2) * random);
}

/** The cap on failures of one request in all (see RetryOptions.maxFailures). */
export function maxFailures(opts: RetryOptions): number {
  return opts.maxFailures !== undefined ? opts.maxFailures : 3 * (opts.retries + 1);
}

/**
 * Decides whether failure number `attempt` (1-based, counted since bytes last advanced) is retried and after how long;
 * `total` counts every failure of the request (default: `attempt`).
 * Network errors, timeouts, stalls, 408, 429 and 5xx are retried up to `retries` times in a row, and `maxFailures`
 * times in all; `Retry-After` is honoured (capped by `maxTimeout`); aborts, other statuses and programming errors never are.
 */
export function decideRetry(opts: RetryOptions, outcome: Outcome, attempt: number, now: number, random: number, total?: number): Decision {
  switch (outcome.kind) {
    case 'abort':
      return { retry: false, reason: 'aborted' };
    case 'bug':
      return { retry: false, reason: 'programming error' };
    case 'status':
      if (!isRetryableStatus(outcome.status)) return { retry: false, reason: 'HTTP ' + outcome.status + ' is not retryable' };
      break;
    default:
      break;
  }
  if (attempt > opts.retries) return { retry: false, reason: 'gave up after ' + opts.retries + ' retries' };
  const cap = maxFailures(opts);
  if ((total === undefined ? attempt : total) >= cap) return { retry: false, reason: 'gave up after ' + cap + ' failed attempts in all (bytes advanced between them, but it never finished)' };
  let waitMs = backoffDelay(opts, attempt, random);
  if (outcome.kind === 'status') {
    const after = parseRetryAfter(outcome.retryAfter, now);
    if (after !== null) waitMs = Math.min(opts.maxTimeout, after);
  }
  return { retry: true, waitMs };
}
