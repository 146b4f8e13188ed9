import type { BlobMd5 } from './md5Wasm';
export interface WorkerScope {
    postMessage(message: unknown): void;
    addEventListener(type: 'message', listener: (ev: {
        data: unknown;
    }) => void): void;
}
export interface Md5WorkerOptions {
    /** Starts the fast hasher (the Worker file passes hash-wasm's); without it spark-md5 is used. */
    fast?(): Promise<BlobMd5>;
}
export declare function installMd5Worker(scope: WorkerScope, options?: Md5WorkerOptions): void;
