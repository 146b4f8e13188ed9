/**
 * The drop pane's checks on dropped files (v2 dragdrop.js `verifyUpload`), with its messages. Mimetypes are
 * compared without case; so are extensions (v2 compared the un-lowercased file name: gotcha G22).
 */
export interface DropFile {
  name?: string;
  fileName?: string;
  type?: string;
  size?: number;
}

export interface DropRules {
  multiple: boolean;
  maxFiles?: number;
  maxSize?: number;
  /** `*\/*` when the page gave none. */
  mimetypes: string[];
  /** Lower case; undefined = any. */
  extensions?: string[];
}

export interface DropProblem {
  type: 'TooManyFiles' | 'WrongType' | 'WrongSize' | 'NoFilesFound';
  message: string;
}

/** Types browsers report for "unknown"; such a file is judged by its extension, and matches any pattern. */
const VAGUE = ['application/octet-stream', 'application/download', 'application/force-download', 'octet/stream', 'application/unknown',
  'application/x-download', 'application/x-msdownload', 'application/x-secure-download'];

/** Types guessed from the extension when the browser gave none (or a vague one). */
const BY_EXTENSION: { [ext: string]: string } = {
  '.stl': 'application/sla', '.hbs': 'text/html', '.pdf': 'application/pdf', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.jpe': 'image/jpeg', '.png': 'image/png', '.gif': 'image/gif', '.webp': 'image/webp', '.svg': 'image/svg+xml',
  '.txt': 'text/plain', '.csv': 'text/csv', '.imp': 'application/x-impressionist', '.vob': 'video/dvd',
};

function trimLower(s: string): string {
  return String(s).replace(/^\s+|\s+$/g, '').toLowerCase();
}

function isVague(type: string): boolean {
  return VAGUE.indexOf(type) >= 0;
}

/** The file's type as v2 saw it: the browser's type unless vague, else a guess from the extension. */
export function typeOf(file: DropFile): string {
  const type = trimLower(file.type || '');
  if (type && !isVague(type)) return type;
  const m = /\.\w*$/.exec(file.name || file.fileName || '');
  if (m) return BY_EXTENSION[m[0].toLowerCase()] || '';
  return type;
}

/** v2 `matchesMimetype`: an unknown type only matches `*\/*`; a vague one matches anything. */
export function mimetypeMatches(type: string, pattern: string): boolean {
  const against = trimLower(pattern);
  if (!type) return against === '*/*';
  const test = trimLower(type);
  if (isVague(test)) return true;
  const t = test.split('/');
  const a = against.split('/');
  if (a[0] === '*') return true;
  if (a[0] !== t[0]) return false;
  if (a[1] === '*') return true;
  return a[1] === t[1];
}

function endsWith(s: string, suffix: string): boolean {
  return s.length >= suffix.length && s.slice(s.length - suffix.length) === suffix;
}

/** The first problem with a drop, or null when every file may be stored. */
export function checkDrop(files: ArrayLike<DropFile>, rules: DropRules): DropProblem | null {
  if (!files.length) return { type: 'NoFilesFound', message: 'No files uploaded' };
  if (files.length > 1 && !rules.multiple) return { type: 'TooManyFiles', message: 'Only one file at a time' };
  if (rules.maxFiles && rules.maxFiles > 0 && files.length > rules.maxFiles) {
    return { type: 'TooManyFiles', message: 'Only ' + rules.maxFiles + ' files at a time' };
  }
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const name = file.name || file.fileName || 'Unknown file';
    const type = typeOf(file);
    let ok = false;
    for (let j = 0; j < rules.mimetypes.length && !ok; j++) ok = mimetypeMatches(type, rules.mimetypes[j]);
    if (ok && rules.extensions) {
      ok = false;
      const lower = name.toLowerCase();
      for (let j = 0; j < rules.extensions.length && !ok; j++) ok = endsWith(lower, rules.extensions[j]);
    }
    if (!ok) return { type: 'WrongType', message: name + " isn't the right type of file" };
    if (file.size && rules.maxSize && file.size > rules.maxSize) {
      return { type: 'WrongSize', message: name + ' is too large (' + file.size + ' Bytes)' };
    }
  }
  return null;
}

function toList(value: unknown, stripSpaces: boolean): string[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (Object.prototype.toString.call(value) === '[object Array]') return (value as unknown[]).map((v) => String(v));
  const s = String(value);
  return (stripSpaces ? s.replace(/ /g, '') : s).split(',');
}

/** The rules from makeDropPane's options (`mimetype(s)` and `extension(s)`: string, comma list or array). */
export function rulesFrom(options: { [k: string]: any }): DropRules {
  const mimetypes = toList(options.mimetypes, false) || toList(options.mimetype, false) || ['*/*'];
  const ext = toList(options.extensions, true) || toList(options.extension, true);
  const maxSize = Number(options.maxSize);
  const maxFiles = Number(options.maxFiles);
  return {
    multiple: !!options.multiple && options.multiple !== 'false',
    maxSize: maxSize > 0 ? maxSize : undefined,
    maxFiles: maxFiles > 0 ? maxFiles : undefined,
    mimetypes,
    extensions: ext ? ext.map((e) => e.toLowerCase()) : undefined,
  };
}
