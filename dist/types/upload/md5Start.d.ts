/**
 * How the page starts the MD5 Worker, the way cross-origin libraries do. A dedicated Worker must be same-origin with
 * the page, so:
 * - when the Worker file (`filepicker.md5worker.js`, next to the main script) is same-origin with the page, it is
 *   started directly (it then runs under the CSP of its own response, so a strict page CSP does not matter);
 * - otherwise (the library is served from another origin, e.g. the API's) a same-origin Blob URL holding one line,
 *   `importScripts('<bundle folder>/filepicker.md5worker.js')`, is started instead. Such a Worker inherits the page's
 *   CSP: a page whose `worker-src` (or `script-src`, `default-src`) does not allow `blob:` refuses it, and the engine
 *   hashes on the main thread.
 * Only feature checks touch globals here.
 */
import { WorkerLike } from './types';
export interface Md5WorkerStart {
    /** Which way the Worker is started ('worker file' or 'blob URL'), named in the engine's debug log. */
    path: string;
    /** A new Worker, or null when the browser refuses to create it (SecurityError, CSP, no Blob URLs). */
    create(): WorkerLike | null;
}
/** Whether `url` (absolute or relative) is same-origin with the page at `pageHref`. */
export declare function sameOrigin(url: string, pageHref: string | undefined): boolean;
/** The Blob-URL Worker's one line (it loads the polyfills file first where the Worker lacks Promise). */
export declare function blobWorkerSource(workerUrl: string): string;
/** How to start the Worker for the script at `workerUrl` from the page at `pageHref`. */
export declare function md5WorkerStart(workerUrl: string, pageHref: string | undefined): Md5WorkerStart;
