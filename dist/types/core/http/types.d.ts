/**
 * The library's one HTTP seam: a request, its response, and the transport that sends it. The engine, the v2 REST
 * functions, custom text and export all speak through an `HttpTransport`; implementations live next to this file.
 */
/** A cancellation signal (works where AbortController does not exist). */
export interface AbortSignalLike {
    readonly aborted: boolean;
    /** Registers a listener; returns a function that removes it. Called at once when already aborted. */
    onAbort(listener: () => void): () => void;
}
export interface HttpHeaders {
    get(name: string): string | null;
}
export interface HttpRequest {
    method: 'GET' | 'POST' | 'PUT' | 'DELETE';
    url: string;
    headers?: {
        [name: string]: string;
    };
    body?: string | Blob | Uint8Array | FormData;
    /** Whole-request timeout; 0 or undefined = none. */
    timeoutMs?: number;
    /** Bytes of the body sent so far (monotonic within one request); `total` when the platform knows it. */
    onUploadProgress?(loaded: number, total?: number): void;
    /** Bytes of the answer received so far, when its length is known. Only the XHR transport reports it. */
    onDownloadProgress?(loaded: number, total: number): void;
    /** How to read the answer besides `text`: its bytes (`arraybuffer`) or a `blob`. Default: text only. */
    responseType?: 'text' | 'arraybuffer' | 'blob';
    /** Send the page's cookies to another origin (XHR `withCredentials`, fetch `credentials: 'include'`). */
    withCredentials?: boolean;
    signal?: AbortSignalLike;
}
export interface HttpResponse {
    status: number;
    headers: HttpHeaders;
    /** The answer as text ('' when `responseType` asked for bytes or a blob). */
    text: string;
    /** The answer's bytes (`responseType: 'arraybuffer'`) or Blob (`'blob'`). */
    body?: ArrayBuffer | Blob;
}
/**
 * Sends one request. Resolves with any HTTP status (error statuses included); rejects only when no response came:
 * with an error whose `name` is `AbortError` (the signal fired), `TimeoutError` (timeoutMs passed)
 * or `TransportError` (network failure, connection reset, CORS, a request the platform refused).
 */
export interface HttpTransport {
    request(req: HttpRequest): Promise<HttpResponse>;
    /** True when `onUploadProgress` is called while the body is sent (XHR); false when only at the end (fetch). */
    readonly streamsProgress?: boolean;
}
/** How one logical request is retried (see retryPolicy.ts). */
export interface RetryOptions {
    /** Retries after the first failure of one request (the attempt count resets when bytes advance). */
    retries: number;
    factor: number;
    /** Wait before the first retry, ms. */
    minTimeout: number;
    /** Upper bound of any wait, ms (also caps Retry-After). */
    maxTimeout: number;
    /**
     * Most failures of one request in all, whether or not bytes advanced between them (a body cut mid-way every time
     * advances bytes forever); default `3 × (retries + 1)`.
     */
    maxFailures?: number;
}
/** What retrying needs from the platform: timers, a clock, jitter and the network state. Tests inject their own. */
export interface RetryEnvironment {
    setTimeout(fn: () => void, ms: number): unknown;
    clearTimeout(handle: unknown): void;
    now(): number;
    /** 0 <= x < 1, for jitter. */
    random(): number;
    /** false only when the platform says it is offline (`navigator.onLine === false`). */
    isOnline(): boolean;
    /** Calls `listener` once the platform is back online; returns an unsubscribe function. */
    onOnline(listener: () => void): () => void;
}
