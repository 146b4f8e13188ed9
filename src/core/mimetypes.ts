/**
 * The one mimetype / extension matcher of the library (the dialog's restrictions and the drop pane use it).
 *
 * Rules (v2's, with the differences marked):
 * - Types and patterns are compared trimmed and lower-cased. Parameters are dropped first, so
 *   `text/plain; charset=utf-8` is `text/plain` (our addition: v2 compared the whole string).
 * - A file's type is the browser's unless it is empty or vague (`application/octet-stream` and the like); then it is
 *   guessed from the file name's extension (a short table, below; an unknown extension gives the empty type). A name
 *   without an extension keeps the vague type, which matches every pattern (the file may be anything); the empty
 *   type matches only `*\/*` (and `*`).
 * - A pattern `*`, `*\/*` or `*\/anything` matches every known type; `image/*` matches every `image/…`;
 *   anything else must equal the type.
 * - An extension matches when the file name ends with it, without regard to case (v2 compared the name as given,
 *   so `A.PNG` failed `.png`), and a leading dot is optional (`png` means `.png`, so `apng` no longer matches).
 */

/** Types browsers report for "unknown": such a file may be anything. */
const VAGUE = ['application/octet-stream', 'application/download', 'application/force-download', 'octet/stream', 'application/unknown',
  'application/x-download', 'application/x-msdownload', 'application/x-secure-download'];

/** Types guessed from the extension when the browser gave none (or a vague one). */
const BY_EXTENSION: { [ext: string]: string } = {
  '.stl': 'application/sla', '.hbs': 'text/html', '.pdf': 'application/pdf', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.jpe': 'image/jpeg', '.png': 'image/png', '.gif': 'image/gif', '.webp': 'image/webp', '.svg': 'image/svg+xml',
  '.txt': 'text/plain', '.csv': 'text/csv', '.imp': 'application/x-impressionist', '.vob': 'video/dvd',
};

/** Trimmed, lower-cased, without parameters: ` Text/Plain; charset=UTF-8` → `text/plain`. */
export function normalizeMimetype(type: string | undefined | null): string {
  return String(type || '').split(';')[0].replace(/^\s+|\s+$/g, '').toLowerCase();
}

/** Is this one of the types browsers give a file they cannot name? */
export function isVagueMimetype(type: string): boolean {
  return VAGUE.indexOf(normalizeMimetype(type)) >= 0;
}

/**
 * A file's type as the matcher sees it: the browser's unless empty or vague; otherwise, when the name has an
 * extension, the table's guess for it (an extension the table does not know gives the empty type), else the vague type.
 */
export function fileMimetype(type: string | undefined | null, name: string | undefined | null): string {
  const t = normalizeMimetype(type);
  if (t && !isVagueMimetype(t)) return t;
  const m = /\.\w*$/.exec(String(name || ''));
  if (m) return BY_EXTENSION[m[0].toLowerCase()] || '';
  return t;
}

/** Does a (normalized or raw) type match a pattern such as `image/*`, `*\/*` or `application/pdf`? */
export function mimetypeMatches(type: string, pattern: string): boolean {
  const p = normalizeMimetype(pattern);
  const t = normalizeMimetype(type);
  if (!t) return p === '*/*' || p === '*';
  if (isVagueMimetype(t)) return true;
  const ps = p.split('/');
  const ts = t.split('/');
  if (ps[0] === '*') return true;
  if (ps[0] !== ts[0]) return false;
  return ps[1] === '*' || ps[1] === ts[1];
}

/** Does the file name end with the extension (`.pdf` or `pdf`), without regard to case? */
export function extensionMatches(name: string, extension: string): boolean {
  let ext = String(extension || '').replace(/^\s+|\s+$/g, '').toLowerCase();
  if (!ext) return false;
  if (ext.charAt(0) !== '.') ext = '.' + ext;
  const n = String(name || '').toLowerCase();
  return n.length >= ext.length && n.slice(n.length - ext.length) === ext;
}
