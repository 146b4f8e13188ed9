/** What the engine accepts as a file. */
import { PREFIX, ValidationError } from '../core/errors';
import { UploadSource } from '../core/contracts';

/** Checks the file before any request. */
export function validateSource(file: unknown): UploadSource {
  const f = file as Blob;
  if (!f || typeof f !== 'object' || typeof f.size !== 'number' || typeof f.slice !== 'function') {
    throw new ValidationError('file', PREFIX + '`file` must be a File or Blob (in Node also a Buffer or Uint8Array), got ' + (f === null ? 'null' : typeof f));
  }
  if (f.size === 0) throw new ValidationError('file', PREFIX + '`file` is empty (0 bytes): there is nothing to upload');
  return f as UploadSource;
}

/**
 * Bytes (a Node Buffer or any Uint8Array) as an upload source: a Blob-like whose `slice` wraps only the part asked for,
 * so the whole buffer is never copied. Blobs and Files are returned as they are.
 */
export function toSource(file: unknown): UploadSource {
  if (file && typeof Uint8Array !== 'undefined' && file instanceof Uint8Array && typeof Blob !== 'undefined') {
    const bytes = file;
    const view = {
      size: bytes.byteLength,
      type: '',
      slice(start?: number, end?: number): Blob {
        // a copy: a view of a SharedArrayBuffer is no BlobPart
        return new Blob([new Uint8Array(bytes.subarray(start || 0, end === undefined ? bytes.byteLength : end))]);
      },
    };
    return view as unknown as UploadSource;
  }
  return validateSource(file);
}
