export interface DropFile {
    name?: string;
    fileName?: string;
    type?: string;
    size?: number;
}
export interface DropRules {
    multiple: boolean;
    maxFiles?: number;
    maxSize?: number;
    /** `*\/*` when the page gave none. */
    mimetypes: string[];
    /** Lower case; undefined = any. */
    extensions?: string[];
}
export interface DropProblem {
    type: 'TooManyFiles' | 'WrongType' | 'WrongSize' | 'NoFilesFound';
    message: string;
}
/** The file's type as v2 saw it: the browser's unless empty or vague, else a guess from the extension. */
export declare function typeOf(file: DropFile): string;
/** The first problem with a drop, or null when every file may be stored. */
export declare function checkDrop(files: ArrayLike<DropFile>, rules: DropRules): DropProblem | null;
/**
 * A limit as v2 compared it (`Number`), or, where that is no number, text pages write for it: `"10485760*1024"`
 * (a product) and, for sizes, `"10mb"` (see src/options/limits.ts). Undefined = no limit.
 */
export declare function limitOf(value: unknown, units: boolean): number | undefined;
/** The rules from makeDropPane's options (`mimetype(s)` and `extension(s)`: string, comma list or array). */
export declare function rulesFrom(options: {
    [k: string]: unknown;
}): DropRules;
