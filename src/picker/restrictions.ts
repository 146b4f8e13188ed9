import { PickerConfig } from '../core/contracts';
import { StringKey, Vars } from './i18n/translator';
import { formatSize } from './dom';
import { extensionMatches, fileMimetype, mimetypeMatches } from '../core/mimetypes';

/** Why a file was not taken, as a text key plus its variables (translated by the view). */
export interface Rejection {
  reason: 'type' | 'size' | 'count' | 'single' | 'empty';
  key: StringKey;
  vars: Vars;
}

export interface Candidate {
  name: string;
  type: string;
  size: number;
  /** the size is not known yet (a cloud file listed without one): neither `maxSize` nor "empty" is checked here */
  sizeUnknown?: boolean;
}

type Accept = PickerConfig['accept'];

/**
 * Is the file of an accepted type? Nothing listed accepts everything; otherwise one matching mimetype or one matching
 * extension is enough (the rules of each are in src/core/mimetypes.ts).
 */
export function acceptsType(accept: Accept, file: { name: string; type: string }): boolean {
  const mimes = accept.mimetypes || [];
  const exts = accept.extensions || [];
  if (!mimes.length && !exts.length) return true;
  const type = fileMimetype(file.type, file.name);
  for (let i = 0; i < mimes.length; i++) if (mimetypeMatches(type, mimes[i])) return true;
  for (let i = 0; i < exts.length; i++) if (extensionMatches(file.name, exts[i])) return true;
  return false;
}

/** The accepted types as one line for messages: `image/*, .pdf`. */
export function describeAccept(accept: Accept): string {
  return (accept.mimetypes || []).concat(accept.extensions || []).join(', ');
}

/** Checks one file against type and size. */
export function checkFile(config: PickerConfig, file: Candidate): Rejection | null {
  if (!acceptsType(config.accept, file)) return { reason: 'type', key: 'errorType', vars: { filename: file.name, types: describeAccept(config.accept) } };
  if (file.sizeUnknown) return null;
  if (config.maxSize !== undefined && file.size > config.maxSize) {
    return { reason: 'size', key: 'errorSize', vars: { filename: file.name, size: formatSize(file.size), max: formatSize(config.maxSize) } };
  }
  if (file.size === 0) return { reason: 'empty', key: 'errorEmpty', vars: { filename: file.name } };
  return null;
}

/**
 * Splits newly selected files into those taken and the rejections, given how many files the dialog already holds.
 * Type and size are checked per file. A batch that would exceed the count (one file in single mode, `maxFiles` in
 * multiple mode) is refused as a whole, with one message, so the user is never left guessing which files were kept.
 */
export function admit<T extends Candidate>(config: PickerConfig, held: number, incoming: T[]): { accepted: T[]; rejected: Rejection[] } {
  const valid: T[] = [];
  const rejected: Rejection[] = [];
  for (let i = 0; i < incoming.length; i++) {
    const r = checkFile(config, incoming[i]);
    if (r) rejected.push(r);
    else valid.push(incoming[i]);
  }
  const limit = config.multiple ? (config.maxFiles !== undefined ? config.maxFiles : Infinity) : 1;
  if (held + valid.length > limit) {
    rejected.push(config.multiple ? { reason: 'count', key: 'errorCount', vars: { max: limit, count: limit } } : { reason: 'single', key: 'errorSingle', vars: {} });
    return { accepted: [], rejected };
  }
  return { accepted: valid, rejected };
}
