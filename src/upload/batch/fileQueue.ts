import { StoreOptions, Uploader, UploadBatch, UploadQueue } from '../../core/contracts';
import { PREFIX, ValidationError } from '../../core/errors';
import { PartQueue } from '../queue';
import { Batch } from './batch';

/** At most this many files of a page upload at the same time (the engine parallelizes the parts of each). */
export const MAX_PARALLEL_FILES = 3;

/**
 * The page's file queue: every dialog and drop pane of a page (one legacy context) stores its files through one of
 * these, so they share one budget of `limit` files at once; files are served in the order they were queued.
 */
export class FileQueue implements UploadQueue {
  /** The slots: one per file being prepared or uploaded, waiters served in arrival order. */
  private slots: PartQueue;

  constructor(readonly limit: number = MAX_PARALLEL_FILES) {
    if (typeof limit !== 'number' || limit !== Math.floor(limit) || limit < 1) {
      throw new ValidationError('limit', PREFIX + '`limit` of the file queue must be a whole number of at least 1, got ' + String(limit));
    }
    this.slots = new PartQueue(limit);
  }

  get active(): number {
    return this.slots.active;
  }

  /**
   * Asks for a slot: `grant` is called (synchronously when one is free) with `release`, to call once the file is
   * stored, failed or cancelled. Returns a function that leaves the line while still waiting.
   */
  acquire(grant: (release: () => void) => void): () => void {
    return this.slots.acquire(grant);
  }

  batch(uploader: Uploader, store: StoreOptions, warn?: (message: string) => void): UploadBatch {
    return new Batch(this, uploader, store, warn);
  }
}

/** A new page queue (one per legacy context, or one per dialog opened without one). */
export function createUploadQueue(limit?: number): FileQueue {
  return new FileQueue(limit);
}
