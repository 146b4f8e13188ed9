/**
 * The browser's ResumeStore: one IndexedDB database (`filepicker-resume`, object store `uploads`, keyed by the entry's
 * `key`), opened on first use. Where IndexedDB is missing or refused (Node, some private modes, sandboxed frames)
 * the default store is the no-op one.
 */
import { ResumeEntry } from './entry';
import { ResumeStore } from './store';
export declare const DB_NAME = "filepicker-resume";
export declare const STORE_NAME = "uploads";
export declare class IndexedDbResumeStore implements ResumeStore {
    private readonly factory;
    readonly available = true;
    /** The open database, once asked for. */
    private db;
    constructor(factory: IDBFactory);
    get(key: string): Promise<unknown>;
    put(entry: ResumeEntry): Promise<void>;
    remove(key: string): Promise<void>;
    prune(now: number): Promise<void>;
    private open;
    /** Runs one request in its own transaction; resolves with its result once the transaction committed. */
    private run;
}
/** IndexedDB where the platform has it, else the no-op store. */
export declare function defaultResumeStore(): ResumeStore;
