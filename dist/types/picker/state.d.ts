import { BatchItem, CloudRef, SourceFile, SourceRef, StoredFile, UploadSource } from '../core/contracts';
import type { StringKey, Vars } from './i18n/translator';
/** The cloud API's name of each cloud source the dialog has a tab for (the Blob's `client`). */
export type CloudName = 'ftp' | 'webdav' | 'dropbox' | 'googledrive' | 'box' | 'onedrive' | 'github' | 'gmail' | 'facebook' | 'instagram' | 'flickr';
export type EntryStatus = 'waiting' | 'preparing' | 'uploading' | 'retrying' | 'done' | 'failed';
/** One file the user selected, and where its upload stands. */
export interface Entry {
    id: number;
    /**
     * `computer` for local files, `url` for addresses, `webcam` / `video` / `audio` for what the media sources recorded,
     * `customsource` for files of the custom source (CUSTOMSOURCE), `ftp` / `webdav` for files of the cloud sources.
     */
    client: 'computer' | 'url' | 'webcam' | 'video' | 'audio' | 'customsource' | CloudName;
    file?: UploadSource;
    url?: string;
    /** The custom source file to copy. */
    source?: SourceRef;
    /** The cloud file to copy, or with `cloudLink` to link only (pick and pickMultiple). */
    cloud?: CloudRef;
    cloudLink?: boolean;
    name: string;
    type: string;
    size: number;
    status: EntryStatus;
    loaded: number;
    total: number;
    /** Retry being waited for: attempt number and seconds. */
    retry?: {
        attempt: number;
        seconds: number;
    };
    /** Text of the last failure. */
    error?: string;
    /**
     * The server refused the upload (a 4xx answer retrying cannot change): the row says why, as this text of the
     * dialog's language, and offers no retry.
     */
    refused?: {
        key: StringKey;
        vars: Vars;
    };
    /** The entry's item in the dialog's upload batch (which holds its upload and its stored copies). */
    item?: BatchItem;
    /** The stored file, once stored (shown in the totals). */
    result?: StoredFile;
    /** The image editor can open this file (CONVERT on, a JPEG/PNG/WebP from the device). */
    editable?: boolean;
    /** `cropForce`: the file waits for the editor's Save before it may upload. */
    needsCrop?: boolean;
    /** What the editor changed, once saved. */
    edits?: {
        cropped: boolean;
        rotated: boolean;
        converted: boolean;
    };
}
export declare function fileEntry(file: UploadSource, client?: Entry['client']): Entry;
/** The last path segment of a URL, without query, as a display name. */
export declare function nameFromUrl(url: string): string;
export declare function urlEntry(url: string): Entry;
/** A file listed by the custom source: name, type and size are known before it is copied. */
export declare function sourceEntry(container: string, file: SourceFile): Entry;
/** A file listed by a cloud source (`ftp`, `webdav`): name, type and size are known before it is copied or linked. */
/** `maxSize`: the picker's limit, for the server to check, when the listing gave no size. */
export declare function cloudEntry(cloud: CloudName, file: SourceFile, link: boolean, maxSize?: number): Entry;
/** Bytes done and to do over all entries (a finished entry counts whole, even when its size was unknown). */
export declare function totals(entries: Entry[]): {
    loaded: number;
    total: number;
    percent: number;
};
export declare function percentOf(e: Entry): number;
export declare function allDone(entries: Entry[]): boolean;
export declare function anyNeedsCrop(entries: Entry[]): boolean;
export declare function anyFailed(entries: Entry[]): boolean;
