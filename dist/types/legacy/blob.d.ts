import { PickedFile, PickedFileProgress, StoredFile } from '../core/contracts';
/** The v2 Blob (FPFile) a picker callback receives: exactly v2's keys, in v2's order (COMPATIBILITY.md G15). */
export interface V2Blob {
    url: string;
    filename: string;
    mimetype: string;
    size: number;
    /** Image editor (CONVERT) flags, only when defined (v2 left out an undefined flag; `false` is kept). */
    cropped?: boolean;
    rotated?: boolean;
    converted?: boolean;
    id?: string | number;
    key?: string;
    container?: string;
    path?: string;
    client?: string;
    isWriteable: boolean;
}
/** FPProgress, what a dialog call's `onProgress` receives: `progress` is a float percent of that file. */
export interface V2Progress {
    progress: number;
    filename: string;
    mimetype: string;
    size: number;
}
/**
 * Picker Blob: `url, filename, mimetype, size`, then `cropped, rotated, converted` when defined, then
 * `id, key, container, path, client` only when known, then `isWriteable: true`.
 */
export declare function toPickerBlob(file: PickedFile): V2Blob;
/** REST Blob (v2's `standardizeFPFile`, COMPATIBILITY.md G15): `url, filename, mimetype, size, key, isWriteable`; `key` present even when undefined. */
export declare function toRestBlob(file: StoredFile & {
    writeable?: boolean;
    isWriteable?: boolean;
}): V2Blob;
export declare function toProgress(p: PickedFileProgress): V2Progress;
