/** The retry policy lives in the HTTP stack (src/core/http/retryPolicy.ts), shared with the v2 REST functions. */
export { DEFAULT_RETRY, backoffDelay, decideRetry, isRetryableStatus, parseRetryAfter } from '../core/http/retryPolicy';
export type { Decision, Outcome } from '../core/http/retryPolicy';
