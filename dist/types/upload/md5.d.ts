/**
 * MD5 of a part (base64 of the digest, the `md5` field of /multipart/upload), computed with spark-md5 incrementally
 * over slices so the page stays responsive: in a Worker when one can be created, else on the main thread,
 * yielding to the event loop between slices. An environment may supply a native MD5 (Node's crypto) instead.
 * spark-md5 is not in the main bundle: the Worker is its own script (src/md5worker.ts) and the main-thread fallback
 * loads the on-demand chunk `md5` (sparkMd5.ts) the first time it hashes.
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
    md5(blob: Blob): Promise<string>;
    /** Like md5, but also hands back the bytes when the hasher had to read them whole (native MD5 in Node). */
    digest(blob: Blob): Promise<PartDigest>;
    dispose(): void;
}
/** Main-thread spark-md5 over 1 MiB slices, yielding between slices. */
export declare function mainThreadHasher(env: UploadEnvironment, poolSize?: number): PartHasher;
/**
 * Hashes in Workers (see md5Worker.ts for the other side): parts wait in one line and each Worker hashes one part at
 * a time, so the first part in line is ready first (a Worker given several at once interleaves their slice reads and
 * finishes them all late). Up to `workers` Workers are started, as parts queue up. Falls back to the main thread for
 * good when no Worker can be created or one fails.
 */
export declare function createHasher(env: UploadEnvironment, poolSize?: number, workers?: number): PartHasher;
