import { fail, toStringList } from '../coerce';
import { Draft, Row } from '../draft';
import { mimetypeWords, toFlag } from '../lenient';
import { toLimit } from '../limits';
import { V2RestrictionOptions } from '../types';

/**
 * Mimetypes: a string (comma list allowed) or an array; each entry `type/subtype`, compared lower case. With a draft
 * (picker options), a word such as `pdf` becomes its type or is left out, with a warning (see lenient.ts).
 */
export function toMimetypes(name: string, value: unknown, d?: Draft): string[] {
  const list = d ? mimetypeWords(name, toStringList(name, value), d) : toStringList(name, value);
  for (let i = 0; i < list.length; i++) {
    if (!/^[^\s/]+\/[^\s/]+$/.test(list[i])) return fail(name, 'a MIME type like "image/*" or "application/pdf" (or a list of them)', list[i]);
    list[i] = list[i].toLowerCase();
  }
  return list;
}

/** Extensions: a string (comma list allowed) or an array; a missing leading dot is added (`pdf` -> `.pdf`). */
export function toExtensions(name: string, value: unknown): string[] {
  const list = toStringList(name, value);
  for (let i = 0; i < list.length; i++) {
    if (/[\s/\\]/.test(list[i]) || list[i] === '.') return fail(name, 'a file extension like ".pdf" (or a list of them)', list[i]);
    if (list[i].charAt(0) !== '.') list[i] = '.' + list[i];
  }
  return list;
}

/** What the user may pick, how much, and how many (v2's `mimetype` to `folders`). */
export const RESTRICTION_ROWS: { [K in keyof Required<V2RestrictionOptions>]: Row } = {
  mimetype: { apply: (v, d, n) => (d.lists.mimetype = toMimetypes(n, v, d)) },
  mimetypes: { apply: (v, d, n) => (d.lists.mimetypes = toMimetypes(n, v, d)) },
  extension: { apply: (v, d, n) => (d.lists.extension = toExtensions(n, v)) },
  extensions: { apply: (v, d, n) => (d.lists.extensions = toExtensions(n, v)) },
  /** Bytes; `"10485760"` is taken as is, `"10mb"` and `"10485760*1024"` are converted (with a warning). */
  maxSize: { apply: (v, d, n) => (d.config.maxSize = toLimit(n, v, d, true)) },
  maxFiles: { apply: (v, d, n) => (d.config.maxFiles = toLimit(n, v, d, false)) },
  multiple: { apply: (v, d, n) => (d.multiple = toFlag(n, v, d)) },
  folders: { apply: (v, d, n) => (d.config.folders = toFlag(n, v, d)) },
};
