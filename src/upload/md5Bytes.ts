/**
 * What both MD5 paths share (the main thread's src/upload/md5.ts and spark-md5's sparkMd5.ts, which is also the
 * Worker's): the slice size, reading a Blob and the base64 form of a digest. Its own file so that md5.ts, which loads
 * sparkMd5.ts on demand, and sparkMd5.ts do not import each other.
 */

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
  // Older browsers (and jsdom) have Blob without arrayBuffer, although the DOM typings always declare it.
  const own = blob as Partial<Pick<Blob, 'arrayBuffer'>>;
  if (typeof own.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Promise(function (resolve, reject) {
    const reader = new FileReader();
    reader.onload = function () { resolve(reader.result as ArrayBuffer); };
    reader.onerror = function () { reject(reader.error || new Error('could not read the file')); };
    reader.readAsArrayBuffer(blob);
  });
}
