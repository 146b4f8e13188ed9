/** The largest read the Worker makes at once; parts up to this size are read whole. */
export declare const WASM_SLICE: number;
/** Base64 MD5 of a Blob. */
export type BlobMd5 = (blob: Blob) => Promise<string>;
/** Reads a Blob at once: synchronously where the Worker can, else through readBlob. */
export declare function readWhole(blob: Blob): Promise<ArrayBuffer>;
/**
 * Compiles hash-wasm's MD5 and resolves with a hasher over it; rejects when WebAssembly is missing or refused (a CSP
 * without 'wasm-unsafe-eval' makes the compile fail). One instance, so parts must be hashed one after another.
 */
export declare function createWasmMd5(read?: (blob: Blob) => Promise<ArrayBuffer>, slice?: number): Promise<BlobMd5>;
