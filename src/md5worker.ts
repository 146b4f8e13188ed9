/**
 * Entry of `dist/filepicker.md5worker.js`, the engine's MD5 Worker (a same-origin script, so it also works under a
 * strict CSP, where a Blob-URL worker is refused). It answers the hashing requests of src/upload/md5.ts. Where the
 * Worker lacks Promise, it first imports the polyfills file from its own folder.
 */
import { installMd5Worker, WorkerScope } from './upload/md5Worker';

declare const importScripts: (url: string) => void;
/** The Worker's global scope (the library compiles against the DOM typings, which have no WorkerGlobalScope). */
declare const self: WorkerScope & { Promise?: unknown };

if (typeof self.Promise !== 'function' && typeof importScripts === 'function') importScripts('filepicker.polyfills.js');
installMd5Worker(self);
