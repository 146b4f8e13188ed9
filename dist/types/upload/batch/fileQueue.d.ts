import { StoreOptions, Uploader, UploadBatch, UploadQueue } from '../../core/contracts';
/** At most this many files of a page upload at the same time (the engine parallelizes the parts of each). */
export declare const MAX_PARALLEL_FILES = 3;
/**
 * The page's file queue: every dialog and drop pane of a page (one legacy context) stores its files through one of
 * these, so they share one budget of `limit` files at once; files are served in the order they were queued.
 */
export declare class FileQueue implements UploadQueue {
    readonly limit: number;
    /** The slots: one per file being prepared or uploaded, waiters served in arrival order. */
    private slots;
    constructor(limit?: number);
    get active(): number;
    /**
     * Asks for a slot: `grant` is called (synchronously when one is free) with `release`, to call once the file is
     * stored, failed or cancelled. Returns a function that leaves the line while still waiting.
     */
    acquire(grant: (release: () => void) => void): () => void;
    batch(uploader: Uploader, store: StoreOptions, warn?: (message: string) => void): UploadBatch;
}
/** A new page queue (one per legacy context, or one per dialog opened without one). */
export declare function createUploadQueue(limit?: number): FileQueue;
