/**
 * The XMLHttpRequest transport: the one that reports upload and download progress, so it carries part PUTs, v2's
 * REST uploads and reads. Reading ETag needs the bucket's CORS to expose it. The only file that creates an
 * XMLHttpRequest.
 */
import { HttpTransport } from './types';
/** A global scope that may have XMLHttpRequest (a window, a worker, or jsdom's window in tests). */
export interface XhrScope {
    XMLHttpRequest?: unknown;
}
/** Whether `scope` (default: this global scope) can make XHR requests. */
export declare function xhrAvailable(scope?: XhrScope): boolean;
/** The XHR transport of `scope` (default: this global scope's XMLHttpRequest, looked up at each request). */
export declare function xhrTransport(scope?: XhrScope): HttpTransport;
