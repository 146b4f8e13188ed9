/**
 * The Worker side of the MD5 hasher. Call `installMd5Worker(self)` from a script that runs in a Worker
 * (for example the bundle itself, when it detects a WorkerGlobalScope): it answers `{type:'filepicker-md5', id, blob}`
 * with `{id, md5}` (base64 digest) or `{id, error}`. Hashing is incremental over 1 MiB slices.
 */
import { sparkMd5OfBlob } from './sparkMd5';

export interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (ev: { data: unknown }) => void): void;
}

export function installMd5Worker(scope: WorkerScope): void {
  scope.addEventListener('message', function (ev) {
    const d = ev.data as { type?: unknown; id?: unknown; blob?: Blob } | null;
    if (!d || d.type !== 'filepicker-md5' || !d.blob) return;
    sparkMd5OfBlob(d.blob).then(
      function (md5) { scope.postMessage({ id: d.id, md5 }); },
      function (e: unknown) { scope.postMessage({ id: d.id, error: String((e && (e as { message?: unknown }).message) || e) }); },
    );
  });
}
