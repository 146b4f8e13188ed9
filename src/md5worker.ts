/**
 * Entry of `dist/filepicker.md5worker.js`, the engine's MD5 Worker. The page starts it directly when the script is
 * same-origin with the page, else through a one-line Blob-URL worker that `importScripts` it (src/upload/md5Start.ts).
 * It answers the hashing requests of src/upload/md5Pool.ts with hash-wasm's MD5 (spark-md5 where WebAssembly is
 * refused). Where the Worker lacks Promise and nothing loaded the polyfills first, it imports the polyfills file from
 * its own folder.
 */
import { installMd5Worker, WorkerScope } from './upload/md5Worker';
import { createWasmMd5 } from './upload/md5Wasm';

declare const importScripts: (url: string) => void;
/** The Worker's global scope (the library compiles against the DOM typings, which have no WorkerGlobalScope). */
declare const self: WorkerScope & { Promise?: unknown };

if (typeof self.Promise !== 'function' && typeof importScripts === 'function') importScripts('filepicker.polyfills.js');
installMd5Worker(self, { fast: function () { return createWasmMd5(); } });
