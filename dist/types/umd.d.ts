/**
 * Entry of the browser bundle: polyfills first, then the library. The UMD wrapper exports `filepicker`.
 * The same script also serves as the engine's MD5 Worker: loaded in a Worker, it answers hashing requests
 * (a same-origin script URL works under a strict CSP, where a Blob-URL worker is refused).
 */
import './polyfills';
import filepicker from './index';
export default filepicker;
