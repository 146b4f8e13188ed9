import SparkMD5 from 'spark-md5';
import { HASH_SLICE, hexToBase64, readBlob } from './md5Bytes';

/**
 * The base64 MD5 of a Blob with spark-md5, read slice by slice (HASH_SLICE). `defer`, when given, runs between slices
 * so the thread can do other work (the main-thread fallback); the Worker hashes without pausing.
 */
export function sparkMd5OfBlob(blob: Blob, defer?: (fn: () => void) => void): Promise<string> {
  const spark = new SparkMD5.ArrayBuffer();
  interface Pending { read: Promise<ArrayBuffer>; end: number }
  const read = function (at: number): Pending | null {
    if (at >= blob.size) return null;
    const end = Math.min(blob.size, at + HASH_SLICE);
    const p = readBlob(blob.slice(at, end));
    p.then(undefined, function () { /* surfaced when the slice is hashed */ });
    return { read: p, end };
  };
  // The next slice is read while this one is hashed: a Blob read is a round trip to the browser's blob store, about a
  // third of the Worker's time when reads and hashing alternate.
  let next = read(0);
  const step = function (): Promise<string> {
    const cur = next;
    if (!cur) return Promise.resolve(hexToBase64(spark.end()));
    return cur.read.then(function (buf) {
      next = read(cur.end);
      spark.append(buf);
      if (!defer || !next) return step();
      return new Promise<string>(function (resolve, reject) {
        defer(function () { step().then(resolve, reject); });
      });
    });
  };
  return step();
}
