/**
 * MD5 of a part (base64 of the digest, the `md5` field of /multipart/upload): in a Worker when one can be started
 * (hash-wasm there, see md5Worker.ts), else on the main thread with spark-md5 over 1 MiB slices, yielding to the event
 * loop between slices so the page stays responsive. An environment may supply a native MD5 (Node's crypto) instead.
 * Neither hasher is in the main bundle: the Worker is its own script (src/md5worker.ts), the code that starts and feeds
 * it is the on-demand chunk `md5pool`, and the main-thread fallback loads the chunk `md5` (sparkMd5.ts) the first time
 * it hashes.
 */
import { UploadEnvironment } from './types';
import { readBlob } from './md5Bytes';
import { BufferPool, canStream, streamPart } from './partBuffers';
import type { Md5WorkerPool } from './md5Pool';
import { MAX_AUTO_PART_SIZE } from './options';

export { HASH_SLICE, hexToBase64, readBlob } from './md5Bytes';

/** A part's digest, and its bytes when they were read whole on this thread (then the PUT sends them, no second read). */
export interface PartDigest {
  md5: string;
  bytes?: Uint8Array;
  /** Gives `bytes` back to the pool; call once the part is done with them. */
  release?(): void;
}

export interface PartHasher {
  /** How many parts an upload may hash ahead of a free slot (default 1). */
  ahead?: number;
  /**
   * The largest part the engine may choose on its own with this hasher (it reads a part off the page's thread, at most
   * 16 MiB at a time, and holds no bytes there); absent: the engine keeps the caller's or the default part size.
   */
  autoPartMax?: number;
  md5(blob: Blob): Promise<string>;
  /** Like md5, but also hands back the bytes when the hasher had to read them whole (native MD5 in Node). */
  digest(blob: Blob): Promise<PartDigest>;
  dispose(): void;
}

/** Main-thread spark-md5 over 1 MiB slices, yielding between slices. */
export function mainThreadHasher(env: UploadEnvironment, poolSize = 5): PartHasher {
  const pool = new BufferPool(poolSize);
  const hasher: PartHasher = {
    digest(blob: Blob): Promise<PartDigest> {
      if (canStream(env, blob)) return streamPart(env, pool, blob);
      if (env.md5) {
        const native = env.md5;
        return readBlob(blob).then(function (buf) { return { md5: native(buf), bytes: new Uint8Array(buf) }; });
      }
      return hasher.md5(blob).then(function (md5) { return { md5 }; });
    },
    md5(blob: Blob): Promise<string> {
      if (env.md5) {
        const native = env.md5;
        return readBlob(blob).then(function (buf) { return native(buf); });
      }
      return import(/* webpackChunkName: "md5" */ './sparkMd5').then(function (m) {
        return m.sparkMd5OfBlob(blob, function (fn) { env.setTimeout(fn, 0); });
      });
    },
    dispose() { /* nothing held */ },
  };
  return hasher;
}

/**
 * Hashes in Workers (md5Pool.ts, the on-demand chunk `md5pool`) when the environment can start them, else on the main
 * thread; parts a Worker could not hash (it failed, refused a part or never answered) are hashed on the main thread.
 * The Workers of the platform's script (`md5WorkerUrl`) are shared by every Uploader of the page, so only the first
 * upload waits for a Worker to start; `debug` of the Uploader that opened them hears once which way was taken.
 */
export function createHasher(env: UploadEnvironment, poolSize = 5, workers = 1, debug?: (message: string) => void): PartHasher {
  const fallback = mainThreadHasher(env, poolSize);
  if (env.md5) return fallback;
  const log = debug || function () { /* no debug channel */ };
  if (!env.createWorker && !env.md5WorkerUrl) {
    let said = false;
    const note = function () {
      if (!said) log('md5: hashing on the main thread with spark-md5 (no Worker: no script URL or no Worker support)');
      said = true;
    };
    return {
      digest(blob: Blob) { note(); return fallback.digest(blob); },
      md5(blob: Blob) { note(); return fallback.md5(blob); },
      dispose() { fallback.dispose(); },
    };
  }
  // the Workers of the platform's script are the page's: every Uploader (a v2 pick or store makes one per call) uses
  // the same ones, started and compiled once; an environment's own createWorker gets a pool of its own
  const shareKey = env.createWorker ? null : env.md5WorkerUrl + '#' + workers;
  let pool: Promise<Md5WorkerPool> | null = null;
  const open = function (): Promise<Md5WorkerPool> {
    if (!pool && shareKey !== null && hasOwn(sharedPools, shareKey)) pool = sharedPools[shareKey];
    if (!pool) {
      pool = import(/* webpackChunkName: "md5pool" */ './md5Pool').then(function (m) { return m.openMd5Pool(env, workers, log); });
      if (shareKey !== null) {
        sharedPools[shareKey] = pool;
        // a chunk that could not load is asked for again by the next Uploader
        pool.then(undefined, function () { if (sharedPools[shareKey] === pool) delete sharedPools[shareKey]; });
      }
    }
    return pool;
  };
  const hasher: PartHasher = {
    ahead: workers + 1,
    autoPartMax: MAX_AUTO_PART_SIZE,
    digest(blob: Blob): Promise<PartDigest> {
      return hasher.md5(blob).then(function (md5) { return { md5 }; });
    },
    md5(blob: Blob): Promise<string> {
      return open().then(function (p) { return p.md5(blob); }).then(
        function (v) { return v === null ? fallback.md5(blob) : v; },
        function () { return fallback.md5(blob); }, // the chunk could not load: the main thread hashes
      );
    },
    dispose() {
      // the page's shared Workers outlive any one Uploader
      if (pool && shareKey === null) pool.then(function (p) { p.dispose(); }, function () { /* never opened */ });
    },
  };
  return hasher;
}

/** The page's Worker pools by script URL and size, opened by the first Uploader that hashed a part (see createHasher). */
const sharedPools: { [key: string]: Promise<Md5WorkerPool> } = {};

function hasOwn(o: object, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

/** Forgets the page's shared pools, terminating their Workers (tests). */
export function resetSharedMd5Pools(): void {
  for (const k in sharedPools) {
    if (hasOwn(sharedPools, k)) {
      sharedPools[k].then(function (p) { p.dispose(); }, function () { /* never opened */ });
      delete sharedPools[k];
    }
  }
}
