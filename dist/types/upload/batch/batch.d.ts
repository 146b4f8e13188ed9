import { BatchItem, BatchItemEvents, BatchItemInfo, BatchSource, PickedFile, StoreOptions, Uploader, UploadBatch, UploadSource } from '../../core/contracts';
/** The slots a batch draws on (the page's FileQueue). */
export interface Slots {
    acquire(grant: (release: () => void) => void): () => void;
}
/** The files of one pick or one drop, uploaded through the page's queue (see `UploadBatch` in src/core/contracts.ts). */
export declare class Batch implements UploadBatch {
    private slots;
    private uploader;
    private store;
    /** The items, in the order added (the result's order). */
    private items;
    /** Set by `end`: nothing starts or reports after it. */
    private ended;
    /** Removes the copies that are not part of the result. */
    private discarder;
    /** Files are stored with `uploader` and `store`, one per slot of `slots`; `warn` gets a failed removal's message. */
    constructor(slots: Slots, uploader: Uploader, store: StoreOptions, warn?: (message: string) => void);
    add(source: BatchSource, info: BatchItemInfo, events: BatchItemEvents): BatchItem;
    start(handle: BatchItem): void;
    busy(handle: BatchItem): boolean;
    replace(handle: BatchItem, file: UploadSource, edits: BatchItemInfo['edits']): void;
    remove(handle: BatchItem): void;
    result(): PickedFile[];
    end(delivered: boolean): void;
    private find;
    /** Ends the item's current run: out of the queue, its upload cancelled, its slot free for the next file. */
    private stop;
    /** Whether `run` is still the item's current run (not cancelled, replaced, removed, nor the batch ended). */
    private live;
    /** Gives the slot back (once) after the item's events ran. */
    private free;
    /** The item has a slot: prepares the file when asked, then uploads it. */
    private run;
    private upload;
    private stored;
    private failed;
}
