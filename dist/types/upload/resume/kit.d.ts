/**
 * The resume code, loaded on demand (chunk `resume`) by an upload that may be continued: where the platform can
 * remember (IndexedDB) or a store was given. Pages that never upload, and Node, never load it.
 */
import { HashAhead } from '../hashAhead';
import { PartRange } from '../options';
import { StartResult } from '../protocol';
import { ResumeEntry } from './entry';
import { KeyInput } from './fingerprint';
import { ResumeStore } from './store';
import { ResumeTracker } from './tracker';
export interface ResumeKit {
    /** The file's record. */
    tracker: ResumeTracker;
    /** Fingerprints the file and reads its record: a usable entry, or null. */
    find(k: KeyInput, ranges: PartRange[], digests: HashAhead, now: number, size: number): Promise<ResumeEntry | null>;
    /** What a remembered entry means for this file: the upload's ids, the parts storage holds and those to send. */
    plan(entry: ResumeEntry, ranges: PartRange[]): {
        start: StartResult;
        held: PartRange[];
        missing: PartRange[];
    };
}
/** The kit over `store` (default: IndexedDB), or null when that store cannot remember anything. */
export declare function openResume(store: ResumeStore | undefined, ttlMs: number, log: (message: string) => void): ResumeKit | null;
