/**
 * What both MD5 paths share (the main thread's src/upload/md5.ts and spark-md5's sparkMd5.ts, which is also the
 * Worker's): the slice size, reading a Blob and the base64 form of a digest. Its own file so that md5.ts, which loads
 * sparkMd5.ts on demand, and sparkMd5.ts do not import each other.
 */
/** Bytes hashed between two yields on the main thread. */
export declare const HASH_SLICE: number;
/** Base64 of the bytes a hex string spells (for the 16-byte digest). */
export declare function hexToBase64(hex: string): string;
/** Reads a Blob into an ArrayBuffer (Blob#arrayBuffer where it exists, FileReader otherwise). */
export declare function readBlob(blob: Blob): Promise<ArrayBuffer>;
