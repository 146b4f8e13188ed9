/**
 * The Worker side of the MD5 hasher. Call `installMd5Worker(self)` from a script that runs in a Worker
 * (for example the bundle itself, when it detects a WorkerGlobalScope): it answers `{type:'filepicker-md5', id, blob}`
 * with `{id, md5}` (base64 digest) or `{id, error}`. Hashing is incremental over 1 MiB slices.
 */
import SparkMD5 from 'spark-md5';
import { hexToBase64, readBlob, HASH_SLICE } from './md5';

export interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (ev: { data: any }) => void): void;
}

/** Hashes one Blob slice by slice. */
export function md5OfBlob(blob: Blob): Promise<string> {
  const spark = new SparkMD5.ArrayBuffer();
  let offset = 0;
  const step = function (): Promise<string> {
    if (offset >= blob.size) return Promise.resolve(hexToBase64(spark.end()));
    const end = Math.min(blob.size, offset + HASH_SLICE);
    return readBlob(blob.slice(offset, end)).then(function (buf) {
      spark.append(buf);
      offset = end;
      return step();
    });
  };
  return step();
}

export function installMd5Worker(scope: WorkerScope): void {
  scope.addEventListener('message', function (ev) {
    const d = ev.data;
    if (!d || d.type !== 'filepicker-md5') return;
    md5OfBlob(d.blob).then(
      function (md5) { scope.postMessage({ id: d.id, md5 }); },
      function (e) { scope.postMessage({ id: d.id, error: String((e && e.message) || e) }); },
    );
  });
}
