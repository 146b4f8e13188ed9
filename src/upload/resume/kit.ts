/**
 * The resume code, loaded on demand (chunk `resume`) by an upload that may be continued: where the platform can
 * remember (IndexedDB) or a store was given. Pages that never upload, and Node, never load it.
 */
import { HashAhead } from '../hashAhead';
import { PartRange } from '../options';
import { StartResult } from '../protocol';
import { ResumeEntry, splitParts, startOf } from './entry';
import { KeyInput, fingerprint } from './fingerprint';
import { defaultResumeStore } from './indexedDbStore';
import { ResumeStore } from './store';
import { ResumeTracker } from './tracker';

export interface ResumeKit {
  /** The file's record. */
  tracker: ResumeTracker;
  /** Fingerprints the file and reads its record: a usable entry, or null. */
  find(k: KeyInput, ranges: PartRange[], digests: HashAhead, now: number, size: number): Promise<ResumeEntry | null>;
  /** What a remembered entry means for this file: the upload's ids, the parts storage holds and those to send. */
  plan(entry: ResumeEntry, ranges: PartRange[]): { start: StartResult; held: PartRange[]; missing: PartRange[] };
}

/** The kit over `store` (default: IndexedDB), or null when that store cannot remember anything. */
export function openResume(store: ResumeStore | undefined, ttlMs: number, log: (message: string) => void): ResumeKit | null {
  const s = store || defaultResumeStore();
  if (!s.available) return null;
  const tracker = new ResumeTracker(s, ttlMs, log);
  return {
    tracker,
    find(k, ranges, digests, now, size) {
      return fingerprint(k, ranges, digests).then(function (key) {
        return key ? tracker.lookup(key, now, size, k.partSize) : null;
      });
    },
    plan(entry, ranges) {
      const split = splitParts(ranges, entry);
      return { start: startOf(entry), held: split.held, missing: split.missing };
    },
  };
}
