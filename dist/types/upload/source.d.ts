import { UploadSource } from '../core/contracts';
/** Checks the file before any request. */
export declare function validateSource(file: unknown): UploadSource;
/**
 * Bytes (a Node Buffer or any Uint8Array) as an upload source: a Blob-like whose `slice` wraps only the part asked for,
 * so the whole buffer is never copied. Blobs and Files are returned as they are.
 */
export declare function toSource(file: unknown): UploadSource;
