import { PickedFile, UploadBatch } from '../core/contracts';
import type { EditResult } from './editor';
import { FileList } from './fileList';
import { TextBinder } from './i18n/binder';
import { ImageOptions } from './imageOptions';
import { Report } from './report';
import { Entry } from './state';
/** What the dialog decides about uploads (Uploads asks, the dialog answers). */
export interface UploadPolicy {
    /** Whether waiting files may start now (single mode, `backgroundUpload`, or after Done / Upload). */
    canStart(): boolean;
    /** Nobody can see the rows (`hide`): a failure ends the dialog with an error instead of a retry button. */
    hidden(): boolean;
    /** Ends the dialog with an error. */
    fail(error: Error): void;
    /** A file was stored. */
    stored(): void;
    /** A file failed (its row shows why and offers a retry). */
    failed(): void;
    /** The server refused a file (its row says so, without a retry): the call ends with `error`; the dialog stays to show why. */
    refused(error: Error): void;
}
/** A server answer that retrying cannot change (400 bad parameters, 403 refused, 404, 413 …); 408, 429 and 5xx can. */
export declare function isRefusal(err: unknown): boolean;
/** The text of an error without the library's `filepicker: ` prefix. */
export declare function messageOf(e: unknown): string;
/**
 * The dialog's side of its upload batch: each entry of the list is an item of the batch, and what the batch reports
 * shows in the entry's row (and goes to the page's onProgress). Which file uploads when, the removal of unused copies
 * and the result are the batch's.
 */
export declare class Uploads {
    private list;
    private report;
    private policy;
    private image;
    private doc;
    private binder;
    /** The files of the list as the page's queue sees them. */
    private batch;
    /**
     * `image`: the resize options (local files and photos are prepared in their slot); `doc` does the resizing;
     * `binder`: the dialog's texts, for the failures it words itself.
     */
    constructor(batch: UploadBatch, list: FileList, report: Report, policy: UploadPolicy, image: ImageOptions | undefined, doc: Document, binder: TextBinder);
    /** Adds entries to the batch (they wait for `pump`). */
    track(entries: Entry[]): void;
    /** Queues every waiting entry (in list order) when uploads may start; the page's queue starts them as slots free. */
    pump(): void;
    /** Retry pressed: a retry is an explicit request, it starts even when uploads otherwise wait for the Upload button. */
    retry(entry: Entry): void;
    /** Removed from the list: cancelled, and its stored copies removed from storage. */
    remove(entry: Entry): void;
    /** The editor's Save: the edited file replaces the entry's; a running or finished upload is redone. */
    edited(entry: Entry, result: EditResult): void;
    /** The stored files, in list order. */
    result(): PickedFile[];
    /** Cancels what runs and removes what is not delivered from storage. */
    end(delivered: boolean): void;
    private sourceOf;
    private eventsOf;
}
