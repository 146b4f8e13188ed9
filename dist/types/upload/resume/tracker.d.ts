/**
 * One file's resume record: looks it up before start, writes it once the server started the upload and after
 * every stored part, and removes it when the upload ends (stored, cancelled, failed, or given up for a fresh one).
 * Writes are chained (never two at once, a removal always last) and coalesced (parts stored while a write runs go
 * in the next one). A failing store only costs the resume: every error ends in the debug log.
 */
import { StartResult } from '../protocol';
import { ResumeEntry } from './entry';
import { ResumeStore } from './store';
export declare class ResumeTracker {
    private readonly store;
    private readonly ttlMs;
    private readonly log;
    /** The key, once the file was fingerprinted and no other upload of this page holds it. */
    private key;
    /** The record as it will be written next; null until start answered. */
    private entry;
    /** Set when the record was removed: later writes are dropped. */
    private gone;
    /** The last store operation, so the next one runs after it. */
    private chain;
    /** Whether a write is queued on the chain and will pick up the latest parts. */
    private queued;
    constructor(store: ResumeStore, ttlMs: number, log: (message: string) => void);
    /** Claims `key` and reads its record; resolves with a usable entry or null (never rejects). */
    lookup(key: string, now: number, size: number, partSize: number): Promise<ResumeEntry | null>;
    /** The server started a new upload (or one is resumed from `entry`): remember it. */
    begin(s: StartResult, created: number, size: number, partSize: number, entry?: ResumeEntry): void;
    /** Storage holds part `n` under `etag`. */
    partStored(n: number, etag: string): void;
    /** The remembered upload was given up for a fresh one: removes its record; `begin` then records the new one. */
    reset(): void;
    /** Forgets the upload, for good: removes the record after any write in progress, and releases the key. */
    forget(): void;
    /** Resolves when every store operation asked for so far is done (tests). */
    idle(): Promise<void>;
    private write;
}
