/**
 * One file's resume record: looks it up before start, writes it once the server started the upload and after
 * every stored part, and removes it when the upload ends (stored, cancelled, failed, or given up for a fresh one).
 * Writes are chained (never two at once, a removal always last) and coalesced (parts stored while a write runs go
 * in the next one). A failing store only costs the resume: every error ends in the debug log.
 */
import { StartResult } from '../protocol';
import { ResumeEntry, newEntry, usableEntry } from './entry';
import { ResumeStore } from './store';

type Claims = { [key: string]: true };

/**
 * Per store (one per page for IndexedDB), the keys of this page's uploads that hold a record now: a second upload of
 * the same file while the first runs starts fresh. A list of pairs, as ES5 has no WeakMap; stores are few.
 */
const claimsByStore: Array<{ store: ResumeStore; claims: Claims }> = [];

function claimsOf(store: ResumeStore): Claims {
  for (let i = 0; i < claimsByStore.length; i++) if (claimsByStore[i].store === store) return claimsByStore[i].claims;
  const claims: Claims = {};
  claimsByStore.push({ store, claims });
  return claims;
}

export class ResumeTracker {
  /** The key, once the file was fingerprinted and no other upload of this page holds it. */
  private key: string | null = null;
  /** The record as it will be written next; null until start answered. */
  private entry: ResumeEntry | null = null;
  /** Set when the record was removed: later writes are dropped. */
  private gone = false;
  /** The last store operation, so the next one runs after it. */
  private chain: Promise<void> = Promise.resolve();
  /** Whether a write is queued on the chain and will pick up the latest parts. */
  private queued = false;

  constructor(private readonly store: ResumeStore, private readonly ttlMs: number, private readonly log: (message: string) => void) {}

  /** Claims `key` and reads its record; resolves with a usable entry or null (never rejects). */
  lookup(key: string, now: number, size: number, partSize: number): Promise<ResumeEntry | null> {
    if (this.gone) return Promise.resolve(null); // the upload ended (cancelled) while it was fingerprinted
    const claimed = claimsOf(this.store);
    if (Object.prototype.hasOwnProperty.call(claimed, key)) {
      this.log('another upload of this page is sending the same file; this one starts fresh and is not remembered');
      return Promise.resolve(null);
    }
    claimed[key] = true;
    this.key = key;
    const store = this.store;
    const log = this.log;
    store.prune(now).then(undefined, function (e: Error) { log('could not prune expired records: ' + e.message); });
    return store.get(key).then(function (raw) {
      if (raw === null || raw === undefined) return null;
      const entry = usableEntry(raw, key, now, size, partSize);
      if (!entry) {
        log('ignoring an expired or unreadable record of this file');
        store.remove(key).then(undefined, function () { /* pruned later */ });
      }
      return entry;
    }, function (e: Error) {
      log('could not read the record of this file: ' + e.message);
      return null;
    });
  }

  /** The server started a new upload (or one is resumed from `entry`): remember it. */
  begin(s: StartResult, created: number, size: number, partSize: number, entry?: ResumeEntry): void {
    if (!this.key || this.gone) return;
    this.entry = entry || newEntry(this.key, s, created, this.ttlMs, size, partSize);
    if (!entry) this.write();
  }

  /** Storage holds part `n` under `etag`. */
  partStored(n: number, etag: string): void {
    if (!this.entry || this.gone) return;
    this.entry.parts.push({ n, etag });
    this.write();
  }

  /** The remembered upload was given up for a fresh one: removes its record; `begin` then records the new one. */
  reset(): void {
    const key = this.key;
    if (!key || this.gone) return;
    this.entry = null;
    const store = this.store;
    const log = this.log;
    this.chain = this.chain.then(function () { return store.remove(key); }).then(undefined, function (e: Error) { log('could not remove the record: ' + e.message); });
  }

  /** Forgets the upload, for good: removes the record after any write in progress, and releases the key. */
  forget(): void {
    if (this.gone) return;
    this.gone = true;
    const key = this.key;
    if (!key) return;
    delete claimsOf(this.store)[key];
    const store = this.store;
    const log = this.log;
    this.chain = this.chain.then(function () { return store.remove(key); }).then(undefined, function (e: Error) { log('could not remove the record: ' + e.message); });
  }

  /** Resolves when every store operation asked for so far is done (tests). */
  idle(): Promise<void> {
    return this.chain;
  }

  private write(): void {
    if (this.queued) return;
    this.queued = true;
    const log = this.log;
    this.chain = this.chain.then(() => {
      this.queued = false;
      if (this.gone || !this.entry) return undefined;
      return this.store.put(this.entry);
    }).then(undefined, function (e: Error) { log('could not save the record: ' + e.message); });
  }
}
