import { StoredFile, UploadSource, UploadTask } from '../core/contracts';
export type EntryStatus = 'waiting' | 'preparing' | 'uploading' | 'retrying' | 'done' | 'failed';
/** One file the user selected, and where its upload stands. */
export interface Entry {
    id: number;
    /** `computer` for local files, `url` for addresses. */
    client: 'computer' | 'url';
    file?: UploadSource;
    url?: string;
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
    task?: UploadTask;
    result?: StoredFile;
}
export declare function fileEntry(file: UploadSource): Entry;
/** The last path segment of a URL, without query, as a display name. */
export declare function nameFromUrl(url: string): string;
export declare function urlEntry(url: string): Entry;
/** Bytes done and to do over all entries (a finished entry counts whole, even when its size was unknown). */
export declare function totals(entries: Entry[]): {
    loaded: number;
    total: number;
    percent: number;
};
export declare function percentOf(e: Entry): number;
export declare function allDone(entries: Entry[]): boolean;
export declare function anyFailed(entries: Entry[]): boolean;
