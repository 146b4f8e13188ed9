/**
 * The Worker's fast MD5: hash-wasm's MD5 (its WebAssembly is inlined in the Worker file, no extra request), fed each
 * part in one read (FileReaderSync where the Worker has it, else Blob#arrayBuffer), or in slices of `slice` bytes
 * when the part is larger than that. Measured in a Worker: about 4 times spark-md5's throughput, and one read of a part
 * costs less than a read per 1 MiB slice.
 */
import { createMD5 } from 'hash-wasm';
import { hexToBase64, readBlob } from './md5Bytes';

/** The largest read the Worker makes at once; parts up to this size are read whole. */
export const WASM_SLICE = 16 * 1024 * 1024;

/** Base64 MD5 of a Blob. */
export type BlobMd5 = (blob: Blob) => Promise<string>;

/** FileReaderSync, only in Workers (the library compiles against the DOM typings, which lack it). */
interface SyncReader {
  readAsArrayBuffer(blob: Blob): ArrayBuffer;
}
declare const FileReaderSync: (new () => SyncReader) | undefined;

/** Reads a Blob at once: synchronously where the Worker can, else through readBlob. */
export function readWhole(blob: Blob): Promise<ArrayBuffer> {
  if (typeof FileReaderSync === 'function') {
    try {
      return Promise.resolve(new FileReaderSync().readAsArrayBuffer(blob));
    } catch (e) {
      return Promise.reject(e);
    }
  }
  return readBlob(blob);
}

/**
 * Compiles hash-wasm's MD5 and resolves with a hasher over it; rejects when WebAssembly is missing or refused (a CSP
 * without 'wasm-unsafe-eval' makes the compile fail). One instance, so parts must be hashed one after another.
 */
export function createWasmMd5(read: (blob: Blob) => Promise<ArrayBuffer> = readWhole, slice = WASM_SLICE): Promise<BlobMd5> {
  return createMD5().then(function (md5) {
    return function (blob: Blob): Promise<string> {
      md5.init();
      let at = 0;
      const step = function (): Promise<string> {
        if (at >= blob.size) return Promise.resolve(hexToBase64(md5.digest('hex')));
        const end = Math.min(blob.size, at + slice);
        const piece = at === 0 && end === blob.size ? blob : blob.slice(at, end);
        at = end;
        return read(piece).then(function (buf) {
          md5.update(new Uint8Array(buf));
          return step();
        });
      };
      return step();
    };
  });
}
