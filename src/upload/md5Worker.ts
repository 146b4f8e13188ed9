/**
 * The Worker side of the MD5 hasher, installed by the Worker file (src/md5worker.ts) with `installMd5Worker(self, …)`.
 * It answers
 * - `{type:'filepicker-md5-ping'}` with `{type:'filepicker-md5-ready', hasher, note?}` once it knows how it hashes
 *   (`hasher` is 'wasm' or 'spark-md5'; `note` says why WebAssembly was not used);
 * - `{type:'filepicker-md5', id, blob}` with `{id, md5}` (base64 digest) or `{id, error}`, one part after another.
 * The fast hasher (hash-wasm, md5Wasm.ts) is tried once; when it cannot start (WebAssembly refused by the Worker's
 * CSP, or missing) spark-md5 hashes instead, in 1 MiB slices.
 */
import { sparkMd5OfBlob } from './sparkMd5';
import type { BlobMd5 } from './md5Wasm';

export interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (ev: { data: unknown }) => void): void;
}

export interface Md5WorkerOptions {
  /** Starts the fast hasher (the Worker file passes hash-wasm's); without it spark-md5 is used. */
  fast?(): Promise<BlobMd5>;
}

/** How the Worker hashes, decided once. */
interface Engine {
  hasher: 'wasm' | 'spark-md5';
  note?: string;
  md5: BlobMd5;
}

function messageOf(e: unknown): string {
  return String((e && (e as { message?: unknown }).message) || e);
}

function spark(blob: Blob): Promise<string> {
  return sparkMd5OfBlob(blob);
}

export function installMd5Worker(scope: WorkerScope, options?: Md5WorkerOptions): void {
  const fast = options && options.fast;
  let engine: Promise<Engine> | null = null;
  // parts are hashed one after another (one wasm instance; and the page gives a Worker one part at a time anyway)
  let tail: Promise<unknown> = Promise.resolve();
  const pick = function (): Promise<Engine> {
    if (!engine) {
      engine = fast
        ? fast().then(
            function (md5): Engine { return { hasher: 'wasm', md5 }; },
            function (e: unknown): Engine { return { hasher: 'spark-md5', note: 'WebAssembly unavailable (' + messageOf(e) + ')', md5: spark }; },
          )
        : Promise.resolve<Engine>({ hasher: 'spark-md5', md5: spark });
    }
    return engine;
  };
  scope.addEventListener('message', function (ev) {
    const d = ev.data as { type?: unknown; id?: unknown; blob?: Blob } | null;
    if (!d) return;
    if (d.type === 'filepicker-md5-ping') {
      pick().then(
        function (e) { scope.postMessage({ type: 'filepicker-md5-ready', hasher: e.hasher, note: e.note }); },
        function () { /* pick() settles every failure into the spark-md5 engine */ },
      );
      return;
    }
    if (d.type !== 'filepicker-md5' || !d.blob) return;
    const blob = d.blob;
    tail = tail.then(pick).then(function (e) { return e.md5(blob); }).then(
      function (md5) { scope.postMessage({ id: d.id, md5 }); },
      function (e: unknown) { scope.postMessage({ id: d.id, error: messageOf(e) }); },
    );
  });
}
