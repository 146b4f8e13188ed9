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

declare const indexedDB: unknown;

/** Whether the platform has IndexedDB (reading it throws in some sandboxed frames: then no). */
export function hasIndexedDb(): boolean {
  try {
    return typeof indexedDB !== 'undefined' && !!indexedDB;
  } catch {
    return false;
  }
}

/** A store that remembers nothing (no IndexedDB, or resume turned off). */
export const noResumeStore: ResumeStore = {
  available: false,
  get() { return Promise.resolve(null); },
  put() { return Promise.resolve(); },
  remove() { return Promise.resolve(); },
  prune() { return Promise.resolve(); },
};

/** Whether a record has expired at `now` (a record without a readable `expires` counts as expired). */
export function isExpired(record: unknown, now: number): boolean {
  const expires = record && typeof record === 'object' ? (record as { expires?: unknown }).expires : undefined;
  return typeof expires !== 'number' || !(expires > now);
}

/** A store in memory (unit tests; a page that wants resume within its own lifetime only). Records are copied. */
export class MemoryResumeStore implements ResumeStore {
  readonly available = true;
  /** Saved records by key, as JSON (so a caller's later changes never reach them); shared with `reopened()` stores. */
  private readonly records: { [key: string]: string };

  constructor(records?: { [key: string]: string }) {
    this.records = records || {};
  }

  /** Another store over the same records, as a reloaded page would open the same database (tests). */
  reopened(): MemoryResumeStore {
    return new MemoryResumeStore(this.records);
  }

  get(key: string): Promise<unknown> {
    return Promise.resolve(this.has(key) ? JSON.parse(this.records[key]) : null);
  }

  put(entry: ResumeEntry): Promise<void> {
    this.records[entry.key] = JSON.stringify(entry);
    return Promise.resolve();
  }

  remove(key: string): Promise<void> {
    delete this.records[key];
    return Promise.resolve();
  }

  prune(now: number): Promise<void> {
    const keys = this.keys();
    for (let i = 0; i < keys.length; i++) if (isExpired(JSON.parse(this.records[keys[i]]), now)) delete this.records[keys[i]];
    return Promise.resolve();
  }

  /** Every saved record (tests). */
  entries(): ResumeEntry[] {
    const keys = this.keys();
    const out: ResumeEntry[] = [];
    for (let i = 0; i < keys.length; i++) out.push(JSON.parse(this.records[keys[i]]));
    return out;
  }

  private keys(): string[] {
    const out: string[] = [];
    for (const k in this.records) if (this.has(k)) out.push(k);
    return out;
  }

  private has(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.records, key);
  }
}
