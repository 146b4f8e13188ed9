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

