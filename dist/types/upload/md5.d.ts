/**
 * MD5 of a part (base64 of the digest, the `md5` field of /multipart/upload): in a Worker when one can be started
 * (hash-wasm there, see md5Worker.ts), else on the main thread with spark-md5 over 1 MiB slices, yielding to the event
 * loop between slices so the page stays responsive. An environment may supply a native MD5 (Node's crypto) instead.
 * Neither hasher is in the main bundle: the Worker is its own script (src/md5worker.ts), the code that starts and feeds
 * it is the on-demand chunk `md5pool`, and the main-thread fallback loads the chunk `md5` (sparkMd5.ts) the first time
 * it hashes.
 */
import { UploadEnvironment } from './types';
export { HASH_SLICE, hexToBase64, readBlob } from './md5Bytes';
/** A part's digest, and its bytes when they were read whole on this thread (then the PUT sends them, no second read). */
export interface PartDigest {
    md5: string;
    bytes?: Uint8Array;
    /** Gives `bytes` back to the pool; call once the part is done with them. */
    release?(): void;
}
export interface PartHasher {
    /** How many parts an upload may hash ahead of a free slot (default 1). */
    ahead?: number;
    /**
     * The largest part the engine may choose on its own with this hasher (it reads a part off the page's thread, at most
     * 16 MiB at a time, and holds no bytes there); absent: the engine keeps the caller's or the default part size.
     */
    autoPartMax?: number;
    md5(blob: Blob): Promise<string>;
    /** Like md5, but also hands back the bytes when the hasher had to read them whole (native MD5 in Node). */
    digest(blob: Blob): Promise<PartDigest>;
    dispose(): void;
}
/** Main-thread spark-md5 over 1 MiB slices, yielding between slices. */
export declare function mainThreadHasher(env: UploadEnvironment, poolSize?: number): PartHasher;
/**
 * Hashes in Workers (md5Pool.ts, the on-demand chunk `md5pool`) when the environment can start them, else on the main
 * thread; parts a Worker could not hash (it failed, refused a part or never answered) are hashed on the main thread.
 * The Workers of the platform's script (`md5WorkerUrl`) are shared by every Uploader of the page, so only the first
 * upload waits for a Worker to start; `debug` of the Uploader that opened them hears once which way was taken.
 */
export declare function createHasher(env: UploadEnvironment, poolSize?: number, workers?: number, debug?: (message: string) => void): PartHasher;
/** Forgets the page's shared pools, terminating their Workers (tests). */
export declare function resetSharedMd5Pools(): void;
