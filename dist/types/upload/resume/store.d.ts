/**
 * Where unfinished uploads are remembered: a small asynchronous key-value interface the engine is given (like the
 * transport). IndexedDB in browsers (indexedDbStore.ts), a no-op where there is none (Node), memory in tests.
 * Implementations may fail; the engine treats a failure as "nothing remembered" and goes on.
 */
import { ResumeEntry } from './entry';
export interface ResumeStore {
    /** False when nothing can be remembered (no IndexedDB): the engine then does no resume work at all. */
    readonly available: boolean;
    /** The record saved under `key` (as it was saved, to be checked by the caller), or null. */
    get(key: string): Promise<unknown>;
    /** Saves `entry` under `entry.key`, replacing any record there. */
    put(entry: ResumeEntry): Promise<void>;
    remove(key: string): Promise<void>;
    /** Removes every record whose `expires` is at or before `now` (or that has no readable `expires`). */
    prune(now: number): Promise<void>;
}
/** Whether the platform has IndexedDB (reading it throws in some sandboxed frames: then no). */
export declare function hasIndexedDb(): boolean;
/** A store that remembers nothing (no IndexedDB, or resume turned off). */
export declare const noResumeStore: ResumeStore;
/** Whether a record has expired at `now` (a record without a readable `expires` counts as expired). */
export declare function isExpired(record: unknown, now: number): boolean;
/** A store in memory (unit tests; a page that wants resume within its own lifetime only). Records are copied. */
export declare class MemoryResumeStore implements ResumeStore {
    readonly available = true;
    /** Saved records by key, as JSON (so a caller's later changes never reach them); shared with `reopened()` stores. */
    private readonly records;
    constructor(records?: {
        [key: string]: string;
    });
    /** Another store over the same records, as a reloaded page would open the same database (tests). */
    reopened(): MemoryResumeStore;
    get(key: string): Promise<unknown>;
    put(entry: ResumeEntry): Promise<void>;
    remove(key: string): Promise<void>;
    prune(now: number): Promise<void>;
    /** Every saved record (tests). */
    entries(): ResumeEntry[];
    private keys;
    private has;
}
