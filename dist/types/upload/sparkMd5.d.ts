/**
 * The base64 MD5 of a Blob with spark-md5, read slice by slice (HASH_SLICE). `defer`, when given, runs between slices
 * so the thread can do other work (the main-thread fallback); the Worker hashes without pausing.
 */
export declare function sparkMd5OfBlob(blob: Blob, defer?: (fn: () => void) => void): Promise<string>;
