/**
 * The browser's ResumeStore: one IndexedDB database (`filepicker-resume`, object store `uploads`, keyed by the entry's
 * `key`), opened on first use. Where IndexedDB is missing or refused (Node, some private modes, sandboxed frames)
 * the default store is the no-op one.
 */
import { ResumeEntry } from './entry';
import { ResumeStore, isExpired, noResumeStore } from './store';

export const DB_NAME = 'filepicker-resume';
export const STORE_NAME = 'uploads';

declare const indexedDB: IDBFactory | undefined;

function failure(what: string, e: DOMException | null): Error {
  return new Error('IndexedDB ' + what + ' failed' + (e && e.message ? ': ' + e.message : ''));
}

export class IndexedDbResumeStore implements ResumeStore {
  readonly available = true;
  /** The open database, once asked for. */
  private db: Promise<IDBDatabase> | null = null;

  constructor(private readonly factory: IDBFactory) {}

  get(key: string): Promise<unknown> {
    return this.run<unknown>('readonly', function (s) { return s.get(key); }).then(function (v) { return v === undefined ? null : v; });
  }

  put(entry: ResumeEntry): Promise<void> {
    return this.run<unknown>('readwrite', function (s) { return s.put(entry); }).then(function () { /* saved */ });
  }

  remove(key: string): Promise<void> {
    return this.run<unknown>('readwrite', function (s) { return s.delete(key); }).then(function () { /* removed */ });
  }

  prune(now: number): Promise<void> {
    return this.run<unknown>('readwrite', function (s) {
      const req = s.openCursor();
      req.onsuccess = function () {
        const c = req.result;
        if (!c) return;
        if (isExpired(c.value, now)) c.delete();
        c.continue();
      };
      return req;
    }).then(function () { /* pruned */ });
  }

  private open(): Promise<IDBDatabase> {
    if (this.db) return this.db;
    const factory = this.factory;
    this.db = new Promise<IDBDatabase>(function (resolve, reject) {
      const req = factory.open(DB_NAME, 1);
      req.onupgradeneeded = function () {
        const db = req.result;
        if (!db.objectStoreNames.contains(STORE_NAME)) db.createObjectStore(STORE_NAME, { keyPath: 'key' });
      };
      req.onsuccess = function () {
        const db = req.result;
        // another tab upgrading the database: step aside
        db.onversionchange = function () { db.close(); };
        resolve(db);
      };
      req.onerror = function () { reject(failure('open', req.error)); };
      req.onblocked = function () { reject(new Error('IndexedDB open is blocked by another tab')); };
    });
    this.db.then(undefined, () => { this.db = null; });
    return this.db;
  }

  /** Runs one request in its own transaction; resolves with its result once the transaction committed. */
  private run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest): Promise<T> {
    return this.open().then(function (db) {
      return new Promise<T>(function (resolve, reject) {
        const tx = db.transaction(STORE_NAME, mode);
        const req = fn(tx.objectStore(STORE_NAME));
        tx.oncomplete = function () { resolve(req.result as T); };
        tx.onerror = function () { reject(failure(mode, tx.error)); };
        tx.onabort = function () { reject(failure(mode, tx.error)); };
      });
    });
  }
}

/** The store shared by every Uploader of the page, created on first use. */
let shared: ResumeStore | null = null;

/** IndexedDB where the platform has it, else the no-op store. */
export function defaultResumeStore(): ResumeStore {
  if (shared) return shared;
  let factory: IDBFactory | undefined;
  try {
    factory = typeof indexedDB !== 'undefined' && indexedDB && typeof indexedDB.open === 'function' ? indexedDB : undefined;
  } catch {
    factory = undefined; // reading `indexedDB` throws in some sandboxed frames
  }
  shared = factory ? new IndexedDbResumeStore(factory) : noResumeStore;
  return shared;
}
