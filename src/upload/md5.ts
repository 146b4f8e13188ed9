/**
 * MD5 of a part (base64 of the digest, the `md5` field of /multipart/upload), computed with spark-md5 incrementally
 * over slices so the page stays responsive: in a Worker when one can be created, else on the main thread,
 * yielding to the event loop between slices. An environment may supply a native MD5 (Node's crypto) instead.
 * spark-md5 is not in the main bundle: the Worker is its own script (src/md5worker.ts) and the main-thread fallback
 * loads the on-demand chunk `md5` (sparkMd5.ts) the first time it hashes.
 */
import { UploadEnvironment, WorkerLike } from './types';
import { readBlob } from './md5Bytes';
import { BufferPool, canStream, streamPart } from './partBuffers';

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

/** A new MD5 Worker, or null when the environment cannot start one. */
function tryCreateWorker(env: UploadEnvironment): WorkerLike | null {
  try {
    return env.createWorker ? env.createWorker() : null;
  } catch {
    return null;
  }
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
    const w = tryCreateWorker(env);
    if (!w) {
      if (!slots.length) failAll();
      return null;
    }
    const slot: Slot = { w, job: null };
    w.onmessage = function (ev) {
      // the worker's answer: { id, md5 } (md5Worker.ts), anything else is ignored or hashed here
      const d = (ev.data || {}) as { id?: unknown; md5?: unknown };
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
