/** Retries live in the HTTP stack (src/core/http/retry.ts), shared with the v2 REST functions. */
export { AttemptFailure, sendOnce, sleep, waitOnline, withRetry } from '../core/http/retry';
export type { RetryContext } from '../core/http/retry';
