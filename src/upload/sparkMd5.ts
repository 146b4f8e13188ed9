import SparkMD5 from 'spark-md5';
import { HASH_SLICE, hexToBase64, readBlob } from './md5';

/**
 * The base64 MD5 of a Blob with spark-md5, read slice by slice (HASH_SLICE). `defer`, when given, runs between slices
 * so the thread can do other work (the main-thread fallback); the Worker hashes without pausing.
 */
export function sparkMd5OfBlob(blob: Blob, defer?: (fn: () => void) => void): Promise<string> {
  const spark = new SparkMD5.ArrayBuffer();
  let offset = 0;
  const step = function (): Promise<string> {
    if (offset >= blob.size) return Promise.resolve(hexToBase64(spark.end()));
    const end = Math.min(blob.size, offset + HASH_SLICE);
    return readBlob(blob.slice(offset, end)).then(function (buf) {
      spark.append(buf);
      offset = end;
      if (!defer || offset >= blob.size) return step();
      return new Promise<string>(function (resolve, reject) {
        defer(function () { step().then(resolve, reject); });
      });
    });
  };
  return step();
}
