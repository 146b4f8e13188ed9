import { EngineOptions, RetryOptions } from './types';
export declare const MIB: number;
export declare const MIN_PART_SIZE: number;
export declare const MAX_PARTS = 10000;
export declare const DEFAULT_OPTIONS: EngineOptions;
export type EngineOptionsInput = {
    [K in keyof EngineOptions]?: K extends 'retryOptions' ? Partial<RetryOptions> : EngineOptions[K];
};
/** Merges `input` over `base` (undefined holes dropped) and validates every field. */
export declare function resolveOptions(input: EngineOptionsInput | undefined, base?: EngineOptions): EngineOptions;
/** The part size actually used for a file: the requested size, grown so the file needs at most 10,000 parts. */
export declare function effectivePartSize(fileSize: number, requested: number): number;
export interface PartRange {
    /** 1-based part number. */
    number: number;
    start: number;
    end: number;
}
/** Splits `fileSize` bytes into parts of `partSize` (the last one shorter). */
export declare function partRanges(fileSize: number, partSize: number): PartRange[];
