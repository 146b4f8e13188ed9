/**
 * MD5 of a part (base64 of the digest, the `md5` field of /multipart/upload), computed with spark-md5 incrementally
 * over slices so the page stays responsive: in a Worker when one can be created, else on the main thread,
 * yielding to the event loop between slices. An environment may supply a native MD5 (Node's crypto) instead.
 * spark-md5 is not in the main bundle: the Worker is its own script (src/md5worker.ts) and the main-thread fallback
 * loads the on-demand chunk `md5` (sparkMd5.ts) the first time it hashes.
 */
import { UploadEnvironment, WorkerLike } from './types';
import { BufferPool, canStream, streamPart } from './partBuffers';

/** Bytes hashed between two yields on the main thread. */
export const HASH_SLICE = 1024 * 1024;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of the bytes a hex string spells (for the 16-byte digest). */
export function hexToBase64(hex: string): string {
  const bytes: number[] = [];
  for (let i = 0; i + 1 < hex.length; i += 2) bytes.push(parseInt(hex.substr(i, 2), 16));
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0);
    out += B64.charAt((n >> 18) & 63) + B64.charAt((n >> 12) & 63);
    out += i + 1 < bytes.length ? B64.charAt((n >> 6) & 63) : '=';
    out += i + 2 < bytes.length ? B64.charAt(n & 63) : '=';
  }
  return out;
}

/** Reads a Blob into an ArrayBuffer (Blob#arrayBuffer where it exists, FileReader otherwise). */
export function readBlob(blob: Blob): Promise<ArrayBuffer> {
  if (typeof (blob as any).arrayBuffer === 'function') return (blob as any).arrayBuffer();
  return new Promise(function (resolve, reject) {
    const reader = new FileReader();
    reader.onload = function () { resolve(reader.result as ArrayBuffer); };
    reader.onerror = function () { reject(reader.error || new Error('could not read the file')); };
    reader.readAsArrayBuffer(blob);
  });
}

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
 * Hashes in Workers (see md5Worker.ts for the other side): parts wait in one line and each Worker hashes one part at
 * a time, so the first part in line is ready first (a Worker given several at once interleaves their slice reads and
 * finishes them all late). Up to `workers` Workers are started, as parts queue up. Falls back to the main thread for
 * good when no Worker can be created or one fails.
 */
export function createHasher(env: UploadEnvironment, poolSize = 5, workers = 1): PartHasher {
  const fallback = mainThreadHasher(env, poolSize);
  if (env.md5 || !env.createWorker) return fallback;
  interface Job { id: number; blob: Blob; resolve(v: string): void }
  interface Slot { w: WorkerLike; job: Job | null }
  const slots: Slot[] = [];
  const line: Job[] = [];
  let broken = false;
  let seq = 0;
  const onMainThread = function (job: Job) {
    fallback.md5(job.blob).then(job.resolve, function () { job.resolve(''); });
  };
  const failAll = function () {
    broken = true;
    while (slots.length) {
      const s = slots.pop() as Slot;
      s.w.terminate();
      if (s.job) onMainThread(s.job);
    }
    while (line.length) onMainThread(line.shift() as Job);
  };
  const spawn = function (): Slot | null {
    if (broken || slots.length >= workers) return null;
    let w: WorkerLike | null;
    try {
      w = (env.createWorker as () => WorkerLike | null)();
    } catch {
      w = null;
    }
    if (!w) {
      if (!slots.length) failAll();
      return null;
    }
    const slot: Slot = { w, job: null };
    w.onmessage = function (ev) {
      const d = ev.data || {};
      const job = slot.job;
      if (!job || d.id !== job.id) return;
      slot.job = null;
      if (typeof d.md5 === 'string') job.resolve(d.md5);
      else onMainThread(job);
      dispatch();
    };
    w.onerror = failAll;
    slots.push(slot);
    return slot;
  };
  const dispatch = function () {
    while (line.length && !broken) {
      let free: Slot | null = null;
      for (let i = 0; i < slots.length && !free; i++) if (!slots[i].job) free = slots[i];
      if (!free) free = spawn();
      if (!free) return;
      const job = line.shift() as Job;
      free.job = job;
      try {
        free.w.postMessage({ type: 'filepicker-md5', id: job.id, blob: job.blob });
      } catch {
        failAll();
      }
    }
  };
  const hasher: PartHasher = {
    ahead: workers + 1,
    digest(blob: Blob): Promise<PartDigest> {
      return hasher.md5(blob).then(function (md5) { return { md5 }; });
    },
    md5(blob: Blob): Promise<string> {
      if (broken) return fallback.md5(blob);
      return new Promise<string>(function (resolve) {
        line.push({ id: ++seq, blob, resolve });
        dispatch();
      }).then(function (v) {
        if (!v) return fallback.md5(blob);
        return v;
      });
    },
    dispose() {
      while (slots.length) (slots.pop() as Slot).w.terminate();
    },
  };
  return hasher;
}
