/**
 * The drop pane's checks on dropped files (v2 dragdrop.js `verifyUpload`), with its messages. A file must match one
 * of the mimetypes and, when extensions are given, one of them too; the matching rules are src/core/mimetypes.ts's.
 */
import { extensionMatches, fileMimetype, mimetypeMatches } from '../core/mimetypes';
import { bytesOf, productOf } from '../options/limits';

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

/** The file's type as v2 saw it: the browser's unless empty or vague, else a guess from the extension. */
export function typeOf(file: DropFile): string {
  return fileMimetype(file.type, file.name || file.fileName);
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
      for (let j = 0; j < rules.extensions.length && !ok; j++) ok = extensionMatches(name, rules.extensions[j]);
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

/**
 * A limit as v2 compared it (`Number`), or, where that is no number, text pages write for it: `"10485760*1024"`
 * (a product) and, for sizes, `"10mb"` (see src/options/limits.ts). Undefined = no limit.
 */
export function limitOf(value: unknown, units: boolean): number | undefined {
  const n = Number(value);
  if (n > 0) return n;
  const text = typeof value === 'string' ? productOf(value) || (units ? bytesOf(value) : undefined) : undefined;
  return text !== undefined && text > 0 ? text : undefined;
}

/** The rules from makeDropPane's options (`mimetype(s)` and `extension(s)`: string, comma list or array). */
export function rulesFrom(options: { [k: string]: unknown }): DropRules {
  const mimetypes = toList(options.mimetypes, false) || toList(options.mimetype, false) || ['*/*'];
  const ext = toList(options.extensions, true) || toList(options.extension, true);
  return {
    multiple: !!options.multiple && options.multiple !== 'false',
    maxSize: limitOf(options.maxSize, true),
    maxFiles: limitOf(options.maxFiles, false),
    mimetypes,
    extensions: ext ? ext.map((e) => e.toLowerCase()) : undefined,
  };
}
