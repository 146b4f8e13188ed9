import { EngineOptions, RetryOptions } from './types';
export declare const MIB: number;
export declare const MIN_PART_SIZE: number;
export declare const MAX_PARTS = 10000;
export declare const DEFAULT_OPTIONS: EngineOptions;
export type EngineOptionsInput = {
    [K in Exclude<keyof EngineOptions, 'partSizeAuto'>]?: K extends 'retryOptions' ? Partial<RetryOptions> : EngineOptions[K];
};
/** Merges `input` over `base` (undefined holes dropped) and validates every field. */
export declare function resolveOptions(input: EngineOptionsInput | undefined, base?: EngineOptions): EngineOptions;
/** The part size actually used for a file: the requested size, grown so the file needs at most 10,000 parts. */
export declare function effectivePartSize(fileSize: number, requested: number): number;
/**
 * The largest part the engine picks on its own: two of the MD5 Worker's reads (md5Wasm.ts WASM_SLICE, 16 MiB), so the
 * Worker still holds at most 16 MiB at a time. Larger parts mean fewer requests, and on a machine whose cores the
 * upload already fills, fewer requests are less CPU and a shorter upload (BENCHMARKS.md, "Where the time goes").
 */
export declare const MAX_AUTO_PART_SIZE: number;
/** When the engine picks the part size, each parallel slot still gets at least this many parts of the file. */
export declare const AUTO_PARTS_PER_SLOT = 2;
/**
 * The part size for a file: the caller's; when the caller left it to the engine and the hasher allows parts up to
 * `autoMax` (it holds no part's bytes on the page's thread), larger for larger files, in whole MiB, so that each slot
 * still gets AUTO_PARTS_PER_SLOT parts: every part costs requests (its share of `/multipart/upload`, a CORS preflight
 * in browsers, storage's per-request work) that one larger part pays once. Grown so the file needs at most 10,000 parts.
 */
export declare function choosePartSize(fileSize: number, opts: Pick<EngineOptions, 'partSize' | 'partSizeAuto' | 'maxConcurrentUploads'>, autoMax: number): number;
export interface PartRange {
    /** 1-based part number. */
    number: number;
    start: number;
    end: number;
}
/** Splits `fileSize` bytes into parts of `partSize` (the last one shorter). */
export declare function partRanges(fileSize: number, partSize: number): PartRange[];
