/**
 * The default environment: the platform's timers, `navigator.onLine` and the `online` event (core/http/environment.ts), and (when a script URL
 * for the MD5 worker is given and `Worker` exists) the MD5 Worker's URL (started as md5Start.ts says). Only feature checks touch globals here.
 */
import { UploadEnvironment } from './types';
/**
 * Node's own MD5 (about 3–4 times spark-md5's speed there), reached through `process.getBuiltinModule` (Node ≥ 20.16)
 * so no bundler sees a `require`. Undefined in browsers.
 */
export declare function nativeMd5(): ((bytes: ArrayBuffer) => string) | undefined;
/** The incremental form of nativeMd5 (same availability). */
export declare function nativeMd5Stream(): UploadEnvironment['createMd5'];
/**
 * MD5 Workers for a machine with `cores` logical cores: one on up to 3 cores (the page, the network stack and the
 * Worker already share them: a second Worker measured no faster on 2 cores), two from 4 cores on.
 */
export declare function md5WorkerCount(cores: unknown): number;
export interface EnvironmentOptions {
    /**
     * URL of the MD5 Worker script (`filepicker.md5worker.js`, which calls `installMd5Worker(self)`). Same-origin with
     * the page, it is started directly (also under a strict CSP); from another origin, through a one-line Blob-URL
     * Worker that imports it (md5Start.ts). Without it, parts are hashed on the main thread in 1 MiB slices.
     */
    workerUrl?: string;
}
export declare function defaultEnvironment(options?: EnvironmentOptions): UploadEnvironment;
