/**
 * The engine's own seams: the HTTP transport, the environment (timers, network state, workers) and the options.
 * Nothing here touches the DOM; browser and Node implementations live in their own files.
 */

/** A cancellation signal the engine owns (works where AbortController does not exist). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  /** Registers a listener; returns a function that removes it. Called at once when already aborted. */
  onAbort(listener: () => void): () => void;
}

export interface HttpHeaders {
  get(name: string): string | null;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  headers?: { [name: string]: string };
  body?: string | Blob | Uint8Array;
  /** Whole-request timeout; 0 or undefined = none. */
  timeoutMs?: number;
  /** Bytes of the body sent so far (monotonic within one request). */
  onUploadProgress?(loaded: number): void;
  signal?: AbortSignalLike;
}

export interface HttpResponse {
  status: number;
  headers: HttpHeaders;
  text: string;
}

/**
 * Sends one request. Resolves with any HTTP status (errors statuses included); rejects only when no response came:
 * with an error whose `name` is `AbortError` (the signal fired), `TimeoutError` (timeoutMs passed)
 * or `TransportError` (network failure, connection reset, CORS).
 */
export interface HttpTransport {
  request(req: HttpRequest): Promise<HttpResponse>;
  /** True when `onUploadProgress` is called while the body is sent (XHR); false when only at the end (fetch). */
  readonly streamsProgress?: boolean;
}

/** A Worker, as far as the hasher needs it. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((ev: { data: any }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

/** Everything the engine needs from its surroundings. Tests inject their own. */
export interface UploadEnvironment {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
  /** 0 <= x < 1, for jitter. */
  random(): number;
  /** false only when the platform says it is offline (`navigator.onLine === false`). */
  isOnline(): boolean;
  /** Calls `listener` once the platform is back online; returns an unsubscribe function. */
  onOnline(listener: () => void): () => void;
  /** Creates the MD5 worker, or returns null (no Worker, CSP refused it, no script URL). */
  createWorker?(): WorkerLike | null;
  /** How many MD5 Workers may run at once (default 1). */
  md5Workers?: number;
  /**
   * Optional fast MD5 (base64 digest of the bytes), e.g. Node's crypto; when absent spark-md5 is used.
   */
  md5?(bytes: ArrayBuffer): string;
  /** Optional incremental native MD5 (Node's crypto): lets a part be hashed while it streams into a reused buffer. */
  createMd5?(): { update(bytes: Uint8Array): void; digest(): string };
}

export interface RetryOptions {
  /** Retries after the first failure of one request (the attempt count resets when bytes advance). */
  retries: number;
  factor: number;
  /** Wait before the first retry, ms. */
  minTimeout: number;
  /** Upper bound of any wait, ms (also caps Retry-After). */
  maxTimeout: number;
}

/** Per-upload tuning (the modern API's names plus the engine's bounds). */
export interface EngineOptions {
  partSize: number;
  maxConcurrentUploads: number;
  retryOptions: RetryOptions;
  /** A part PUT with no upload progress for this long is aborted and retried. */
  stallTimeoutMs: number;
  /** Timeout of the small JSON calls (start, upload, complete, abort). */
  requestTimeoutMs: number;
  /** How many times one part may ask for a fresh URL after storage answered 403 (expired URL). */
  maxUrlRenewals: number;
  /** Bound of the 202 loop on complete. */
  maxCompletePolls: number;
  /** Minimum time between two progress events. */
  progressIntervalMs: number;
  /**
   * Remember an unfinished upload (where the platform can: IndexedDB) and continue it when the same file is sent
   * again to the same target, instead of starting over.
   */
  resume: boolean;
  /** How long a remembered upload may be continued after its start (the server's upload lifetime). */
  resumeTtlMs: number;
}
