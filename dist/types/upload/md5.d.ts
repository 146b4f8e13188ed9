import { UploadEnvironment } from './types';
/** Bytes hashed between two yields on the main thread. */
export declare const HASH_SLICE: number;
/** Base64 of the bytes a hex string spells (for the 16-byte digest). */
export declare function hexToBase64(hex: string): string;
/** Reads a Blob into an ArrayBuffer (Blob#arrayBuffer where it exists, FileReader otherwise). */
export declare function readBlob(blob: Blob): Promise<ArrayBuffer>;
/** A part's digest, and its bytes when they were read whole on this thread (then the PUT sends them, no second read). */
export interface PartDigest {
    md5: string;
    bytes?: Uint8Array;
    /** Gives `bytes` back to the pool; call once the part is done with them. */
    release?(): void;
}
export interface PartHasher {
    md5(blob: Blob): Promise<string>;
    /** Like md5, but also hands back the bytes when the hasher had to read them whole (native MD5 in Node). */
    digest(blob: Blob): Promise<PartDigest>;
    dispose(): void;
}
/** Main-thread spark-md5 over 1 MiB slices, yielding between slices. */
export declare function mainThreadHasher(env: UploadEnvironment, poolSize?: number): PartHasher;
/**
 * Hashes in a Worker (see md5Worker.ts for the other side); falls back to the main thread for good when the
 * worker cannot be created or fails.
 */
export declare function createHasher(env: UploadEnvironment, poolSize?: number): PartHasher;
/**
 * The base64 MD5 of a Blob with spark-md5, read slice by slice (HASH_SLICE). `defer`, when given, runs between slices
 * so the thread can do other work (the main-thread fallback); the Worker hashes without pausing.
 */
export declare function sparkMd5OfBlob(blob: Blob, defer?: (fn: () => void) => void): Promise<string>;
