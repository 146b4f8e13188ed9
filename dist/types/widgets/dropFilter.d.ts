/**
 * The drop pane's checks on dropped files (v2 dragdrop.js `verifyUpload`), with its messages. Mimetypes are
 * compared without case; so are extensions (v2 compared the un-lowercased file name: gotcha G22).
 */
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
/** The file's type as v2 saw it: the browser's type unless vague, else a guess from the extension. */
export declare function typeOf(file: DropFile): string;
/** v2 `matchesMimetype`: an unknown type only matches `*\/*`; a vague one matches anything. */
export declare function mimetypeMatches(type: string, pattern: string): boolean;
/** The first problem with a drop, or null when every file may be stored. */
export declare function checkDrop(files: ArrayLike<DropFile>, rules: DropRules): DropProblem | null;
/** The rules from makeDropPane's options (`mimetype(s)` and `extension(s)`: string, comma list or array). */
export declare function rulesFrom(options: {
    [k: string]: any;
}): DropRules;
