/** Which custom sources an app may use, and the folder and file paths it may ask for inside them. */
import type { CustomSourceConfig } from '../config';
import { badRequest, forbidden } from '../http/errors';
import { checkBucket } from '../validate';

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The source `bucket` configured for the app `apikey`: 403 when the bucket is not one this app may browse. */
export function findSource(sources: CustomSourceConfig[], apikey: string, bucket: string | undefined): CustomSourceConfig {
  if (!bucket) throw badRequest('container: required (the bucket of the custom source, the `customSourceContainer` option)');
  checkBucket('container', bucket);
  for (const s of sources) {
    if (s.bucket === bucket && (!s.apikeys || s.apikeys.indexOf(apikey) >= 0)) return s;
  }
  throw forbidden(`container: bucket "${bucket}" is not a custom source this app may use`);
}

/** Shared checks of a path inside a source: no control characters, backslashes, leading `/`, empty, `.` or `..` segments. */
function checkSegments(field: string, p: string): void {
  if (CONTROL.test(p)) throw badRequest(`${field}: must not contain control characters`);
  if (Buffer.byteLength(p) > 900) throw badRequest(`${field}: must be at most 900 bytes`);
  if (p.indexOf('\\') >= 0) throw badRequest(`${field}: must not contain "\\"`);
  if (p.charAt(0) === '/') throw badRequest(`${field}: must be relative to the bucket (no leading "/")`);
  const segs = p.split('/');
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    if (s === '.' || s === '..') throw badRequest(`${field}: must not contain "." or ".." segments`);
    if (s === '' && i < segs.length - 1) throw badRequest(`${field}: must not contain empty segments ("//")`);
  }
}

function underRoot(field: string, source: CustomSourceConfig, p: string): void {
  const root = source.root || '';
  if (root && p.indexOf(root) !== 0) throw forbidden(`${field}: outside the folder "${root}" this source allows`);
}

/** A folder to list: `''` is the source's root; a folder gets its trailing `/`. */
export function folderPath(source: CustomSourceConfig, raw: string | undefined): string {
  let p = raw || '';
  if (!p) return source.root || '';
  checkSegments('path', p);
  if (p.charAt(p.length - 1) !== '/') p += '/';
  underRoot('path', source, p);
  return p;
}

/** The key of a file to pick: not a folder, under the root. */
export function filePath(source: CustomSourceConfig, raw: string | undefined): string {
  if (!raw) throw badRequest('path: required (the key of the file to pick)');
  checkSegments('path', raw);
  if (raw.charAt(raw.length - 1) === '/') throw badRequest('path: names a folder, expected the key of a file');
  underRoot('path', source, raw);
  return raw;
}

/** Whether a key must stay hidden: the server's own staging objects. */
export function hiddenKey(key: string): boolean {
  return key.split('/').some((s) => s.indexOf('.fp-') === 0);
}

export function lastSegment(p: string): string {
  const trimmed = p.charAt(p.length - 1) === '/' ? p.slice(0, -1) : p;
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
