/**
 * The picker's own `maxSize` (ours, optional `clouds.<name>.maxSize` of `/store/` and `/link/`): the dialog sends it
 * for a file its listing gave no size (Facebook, Instagram, Flickr list none), so that the limit it could not check
 * is checked here, on the size the file's `stat` gives, before anything is copied or linked; and a copy whose size
 * was not known stops at the limit. A file listed with its size was checked by the dialog; nothing is sent then.
 */
import type { Fields } from '../http/body';
import { CloudError } from './errors';

/** The limit asked for, in bytes (a whole number ≥ 1), or undefined; anything else is a 400 naming the field. */
export function askedMaxSize(name: string, f: Fields): number | undefined {
  const v = f.maxSize;
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) {
    throw new CloudError('badrequest', name, `clouds.${name}.maxSize: expected a whole number of bytes (at least 1), got ${JSON.stringify(v).slice(0, 40)}`);
  }
  return v;
}

/** A 413 `toolarge`: the file is above `maxSize` bytes (its `size` when known); the answer carries both numbers. */
export function tooLarge(name: string, message: string, maxSize: number, size?: number): CloudError {
  const e = new CloudError('toolarge', name, message);
  e.limit = size === undefined ? { maxSize } : { maxSize, size };
  return e;
}

/** Throws a 413 `toolarge` when the file's known `size` is above the limit asked for. */
export function checkMaxSize(name: string, path: string, size: number | undefined, max: number | undefined): void {
  if (max !== undefined && size !== undefined && size > max) {
    throw tooLarge(name, `${path} is ${size} bytes, above the picker's maxSize of ${max} bytes`, max, size);
  }
}
