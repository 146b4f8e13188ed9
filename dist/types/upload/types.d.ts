/**
 * The engine's own seams: the HTTP transport, the environment (timers, network state, workers) and the options.
 * Nothing here touches the DOM; browser and Node implementations live in their own files.
 */
import { RetryEnvironment, RetryOptions } from '../core/http/types';
/** The HTTP seam is the library's one HTTP stack (src/core/http): its types, under the engine's names. */
export type { AbortSignalLike, HttpHeaders, HttpRequest, HttpResponse, HttpTransport, RetryOptions, RetryEnvironment } from '../core/http/types';
/** A Worker, as far as the hasher needs it. */
export interface WorkerLike {
    postMessage(message: unknown): void;
    terminate(): void;
    onmessage: ((ev: {
        data: unknown;
    }) => void) | null;
    onerror: ((ev: unknown) => void) | null;
}
/** Everything the engine needs from its surroundings (timers and network state as retries need them, plus MD5). Tests inject their own. */
export interface UploadEnvironment extends RetryEnvironment {
    /** URL of the MD5 Worker script; the engine starts it directly or through a Blob URL (md5Start.ts). */
    md5WorkerUrl?: string;
    /** Creates an MD5 Worker, or returns null (refused); when given, it is used instead of md5WorkerUrl. */
    createWorker?(): WorkerLike | null;
    /** How many MD5 Workers may run at once (default 1). */
    md5Workers?: number;
    /** How long a new MD5 Worker may take to answer its ready ping before the main thread hashes (default 5000 ms). */
    md5ReadyMs?: number;
    /**
     * Optional fast MD5 (base64 digest of the bytes), e.g. Node's crypto; when absent spark-md5 is used.
     */
    md5?(bytes: ArrayBuffer): string;
    /** Optional incremental native MD5 (Node's crypto): lets a part be hashed while it streams into a reused buffer. */
    createMd5?(): {
        update(bytes: Uint8Array): void;
        digest(): string;
    };
}
/** Per-upload tuning (the modern API's names plus the engine's bounds). */
export interface EngineOptions {
    partSize: number;
    /**
     * Whether the caller left `partSize` to the engine: then, with a hasher that never holds a part's bytes on the page's
     * thread (the Worker), larger files get larger parts (options.ts `choosePartSize`).
     */
    partSizeAuto: boolean;
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
