import { PickedFile, PickedFileProgress, StoredFile } from '../core/contracts';
/** The v2 Blob (FPFile) a picker callback receives: exactly v2's keys, in v2's order (spec §5.1). */
export interface V2Blob {
    url: string;
    filename: string;
    mimetype: string;
    size: number;
    /** Image editor (CONVERT) flags, only when defined (spec §5.1). */
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
/** FPProgress (seed 004): `progress` is a float percent of that file. */
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
/** REST Blob (`standardizeFPFile`, spec §5.1 and G15): `url, filename, mimetype, size, key, isWriteable`; `key` present even when undefined. */
export declare function toRestBlob(file: StoredFile & {
    writeable?: boolean;
    isWriteable?: boolean;
}): V2Blob;
export declare function toProgress(p: PickedFileProgress): V2Progress;
