/** Input checks of the API: every failure is a 400 whose message names the field and what was expected. */
import { badRequest } from './http/errors';
import type { Fields } from './http/body';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

export function optString(f: Fields, name: string, max = 1024): string | undefined {
  const v = f[name];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') throw badRequest(`${name}: expected a string, got ${Array.isArray(v) ? 'an array' : typeof v}`);
  const s = String(v);
  if (s.length > max) throw badRequest(`${name}: must be at most ${max} characters, got ${s.length}`);
  return s;
}

export function reqString(f: Fields, name: string, max = 1024): string {
  const s = optString(f, name, max);
  if (s === undefined) throw badRequest(`${name}: required`);
  return s;
}

/** A whole number in [min, max] (numbers or decimal strings). */
export function optInt(f: Fields, name: string, min: number, max: number): number | undefined {
  const v = f[name];
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw badRequest(`${name}: expected a whole number from ${min} to ${max}, got ${JSON.stringify(v)}`);
  return n;
}

export function reqInt(f: Fields, name: string, min: number, max: number): number {
  const n = optInt(f, name, min, max);
  if (n === undefined) throw badRequest(`${name}: required (a whole number from ${min} to ${max})`);
  return n;
}

export function optBool(f: Fields, name: string): boolean {
  const v = f[name];
  return v === true || v === 'true' || v === '1';
}

/** A file name: no path separators or `..`, no control characters, at most 255 characters. */
export function checkFilename(name: string, value: string): string {
  if (!value) throw badRequest(`${name}: must not be empty`);
  if (value.length > 255) throw badRequest(`${name}: must be at most 255 characters, got ${value.length}`);
  if (CONTROL.test(value)) throw badRequest(`${name}: must not contain control characters`);
  if (/[\\/]/.test(value) || value === '.' || value === '..') throw badRequest(`${name}: must be a plain file name (no "/", "\\", "." or "..")`);
  return value;
}

/** An object key or folder: no `..` segment, no control characters, no backslash, at most 900 bytes. */
export function checkPath(name: string, value: string): string {
  if (CONTROL.test(value)) throw badRequest(`${name}: must not contain control characters`);
  if (Buffer.byteLength(value) > 900) throw badRequest(`${name}: must be at most 900 bytes`);
  if (value.indexOf('\\') >= 0) throw badRequest(`${name}: must not contain "\\"`);
  if (value.split('/').some((s) => s === '..' || s === '.')) throw badRequest(`${name}: must not contain "." or ".." segments`);
  if (value.replace(/^\/+/, '').indexOf('//') >= 0) throw badRequest(`${name}: must not contain empty segments ("//")`);
  return value;
}

/** A percent-encoded piece of a URL path, decoded; malformed encoding is a 400 naming `name`. */
export function decodePathSegment(name: string, value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw badRequest(`${name}: malformed percent-encoding in the URL`);
  }
}

/** `md5`: base64 of a 16-byte digest; returned as lower-case hex. */
export function md5Hex(name: string, value: string): string {
  if (!/^[A-Za-z0-9+/]{22}==$/.test(value)) throw badRequest(`${name}: expected the base64 of a 16-byte MD5 digest`);
  return Buffer.from(value, 'base64').toString('hex');
}

export function checkMimetype(name: string, value: string): string {
  // printable ASCII only: it becomes a Content-Type header when the file is served
  if (value.length > 255 || !/^[\w.+-]+\/[\w.+*-]+(\s*;[\x20-\x7e]*)?$/.test(value) || CONTROL.test(value)) throw badRequest(`${name}: expected a media type such as "image/png", got ${JSON.stringify(value.slice(0, 80))}`);
  return value;
}

/** Bucket names as S3 allows them. */
export function checkBucket(name: string, value: string): string {
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(value)) throw badRequest(`${name}: expected a bucket name (3-63 characters: a-z, 0-9, "." and "-"), got ${JSON.stringify(value.slice(0, 80))}`);
  return value;
}
