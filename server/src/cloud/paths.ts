/** Paths inside a source (absolute POSIX; folders end with `/`) and the mimetype of a file name. */
import * as mime from 'mime-types';
import { CloudError } from './errors';

export const FOLDER_MIMETYPE = 'application/x-directory';

/** `raw` checked: absolute, no `.`/`..` segments, no control characters; `/` when absent. */
export function cloudPath(provider: string, raw: unknown, field: string): string {
  if (raw === undefined || raw === null || raw === '') return '/';
  if (typeof raw !== 'string' || raw.length > 4096) throw new CloudError('badrequest', provider, `${field}: expected a path such as "/folder/file.txt"`);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\x00-\x1f\x7f]/.test(raw)) throw new CloudError('badrequest', provider, `${field}: control characters are not allowed`);
  const p = raw.charAt(0) === '/' ? raw : '/' + raw;
  if (p.split('/').some((s) => s === '.' || s === '..')) throw new CloudError('badrequest', provider, `${field}: "." and ".." segments are not allowed`);
  return p.replace(/\/{2,}/g, '/');
}

/** The file path of `p` (no trailing slash); `/` itself is no file. */
export function filePathOf(provider: string, p: string, field: string): string {
  const f = p.replace(/\/+$/, '');
  if (!f) throw new CloudError('badrequest', provider, `${field}: names a folder, not a file`);
  return f;
}

export function folderPath(p: string): string {
  return p.charAt(p.length - 1) === '/' ? p : p + '/';
}

export function joinPath(folder: string, name: string): string {
  return folderPath(folder) + name;
}

export function baseName(p: string): string {
  const parts = p.replace(/\/+$/, '').split('/');
  return parts[parts.length - 1] || '/';
}

export function mimetypeOf(name: string): string {
  return mime.lookup(name) || 'application/octet-stream';
}
