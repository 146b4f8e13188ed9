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
 * Hashes in a Worker (see md5Worker.ts for the other side); falls back to the main thread for good when the
 * worker cannot be created or fails.
 */
export function createHasher(env: UploadEnvironment, poolSize = 5): PartHasher {
  const fallback = mainThreadHasher(env, poolSize);
  if (env.md5 || !env.createWorker) return fallback;
  let worker: WorkerLike | null | undefined;
  let broken = false;
  let seq = 0;
  const pending: { [id: number]: { resolve(v: string): void; blob: Blob } } = {};
  const failAll = function () {
    broken = true;
    if (worker) worker.terminate();
    worker = null;
    for (const id in pending) {
      if (Object.prototype.hasOwnProperty.call(pending, id)) {
        const p = pending[id];
        delete pending[id];
        fallback.md5(p.blob).then(p.resolve, function () { p.resolve(''); });
      }
    }
  };
  const getWorker = function (): WorkerLike | null {
    if (worker !== undefined || broken) return worker || null;
    try {
      worker = (env.createWorker as () => WorkerLike | null)();
    } catch {
      worker = null;
    }
    if (!worker) {
      broken = true;
      return null;
    }
    worker.onmessage = function (ev) {
      const d = ev.data || {};
      const p = pending[d.id];
      if (!p) return;
      delete pending[d.id];
      if (typeof d.md5 === 'string') p.resolve(d.md5);
      else fallback.md5(p.blob).then(p.resolve, function () { p.resolve(''); });
    };
    worker.onerror = failAll;
    return worker;
  };
  const hasher: PartHasher = {
    digest(blob: Blob): Promise<PartDigest> {
      return hasher.md5(blob).then(function (md5) { return { md5 }; });
    },
    md5(blob: Blob): Promise<string> {
      const w = getWorker();
      if (!w) return fallback.md5(blob);
      const id = ++seq;
      return new Promise<string>(function (resolve) {
        pending[id] = { resolve, blob };
        try {
          w.postMessage({ type: 'filepicker-md5', id, blob });
        } catch {
          failAll();
        }
      }).then(function (v) {
        if (!v) return fallback.md5(blob);
        return v;
      });
    },
    dispose() {
      if (worker) worker.terminate();
      worker = null;
    },
  };
  return hasher;
}
