/**
 * Entry of the browser bundle: polyfills first, then the library. The UMD wrapper exports `filepicker`.
 * The same script also serves as the engine's MD5 Worker: loaded in a Worker, it answers hashing requests
 * (a same-origin script URL works under a strict CSP, where a Blob-URL worker is refused).
 */
import './polyfills';
import filepicker from './index';
import { installMd5Worker } from './upload';

declare const WorkerGlobalScope: any;
if (typeof WorkerGlobalScope !== 'undefined' && typeof self !== 'undefined' && self instanceof WorkerGlobalScope) {
  installMd5Worker(self as any);
}

export default filepicker;
