/** The library's one HTTP stack: transports (XHR, fetch, node:http), timeouts, the retry policy and its runner. */
export type { AbortSignalLike, HttpHeaders, HttpRequest, HttpResponse, HttpTransport, RetryEnvironment, RetryOptions } from './types';
export { Aborter, abortedTransportError, bodyLength, transportFailure } from './signal';
export { xhrTransport, xhrAvailable } from './xhrTransport';
export { fetchTransport, fetchAvailable } from './fetchTransport';
export type { FetchFn } from './fetchTransport';
export { nodeHttpTransport, nodeHttpAvailable } from './nodeHttpTransport';
export { browserTransport, defaultTransport, httpAvailable } from './defaultTransport';
export type { BrowserScope } from './defaultTransport';
export { platformEnvironment } from './environment';
export { DEFAULT_RETRY, backoffDelay, decideRetry, isRetryableStatus, parseRetryAfter } from './retryPolicy';
export type { Decision, Outcome } from './retryPolicy';
export { AttemptFailure, sendOnce, sleep, waitOnline, withRetry } from './retry';
export type { RetryContext } from './retry';
