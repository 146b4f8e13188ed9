import { PickerConfig, SourceFile, UploadSource } from '../core/contracts';
import { isEditable } from './editing';
import { admit, Rejection } from './restrictions';
import { cloudEntry, CloudName, Entry, fileEntry, sourceEntry, urlEntry } from './state';

/** What the user added: the entries the restrictions let in, and why the others were refused. */
export interface Intake {
  entries: Entry[];
  rejected: Rejection[];
}

/**
 * An entry for a local file, marked editable (and held for cropping with `cropForce`, unless `hide`) when the image
 * editor is on (`convert`).
 */
export function editableEntry(config: PickerConfig, convert: boolean, file: File | UploadSource, client?: Entry['client']): Entry {
  const entry = fileEntry(file, client);
  if (convert && isEditable(file)) {
    entry.editable = true;
    if (config.crop && config.crop.force && !config.hide) entry.needsCrop = true;
  }
  return entry;
}

/** Files chosen, dropped, pasted or recorded, next to the `count` already listed. */
export function fileIntake(config: PickerConfig, convert: boolean, count: number, files: File[], folderRefused?: boolean, client?: Entry['client']): Intake {
  const got = admit(config, count, files);
  const rejected: Rejection[] = got.rejected.slice();
  if (folderRefused) rejected.unshift({ reason: 'type', key: 'errorFolder', vars: {} });
  const entries: Entry[] = [];
  for (let i = 0; i < got.accepted.length; i++) entries.push(editableEntry(config, convert, got.accepted[i], client));
  return { entries, rejected };
}

/**
 * Files chosen in a browsed source: the custom source `container`, or the cloud `cloud` (`{ cloud: 'ftp' }`).
 * Restrictions apply to their listed type and size before anything is copied; a file listed without a size carries
 * `maxSize` to the server, which checks it before it copies or links the file.
 */
export function sourceIntake(config: PickerConfig, from: string | { cloud: CloudName }, count: number, files: SourceFile[]): Intake {
  const candidates: Array<{ name: string; type: string; size: number; sizeUnknown?: boolean; file: SourceFile }> = [];
  for (let i = 0; i < files.length; i++) candidates.push({ name: files[i].name, type: files[i].mimetype, size: files[i].size, sizeUnknown: files[i].sizeUnknown, file: files[i] });
  const got = admit(config, count, candidates);
  const entries: Entry[] = [];
  for (let i = 0; i < got.accepted.length; i++) {
    const f = got.accepted[i].file;
    entries.push(typeof from === 'string' ? sourceEntry(from, f) : cloudEntry(from.cloud, f, !config.cloudStore, f.sizeUnknown ? config.maxSize : undefined));
  }
  return { entries, rejected: got.rejected };
}

/** An address typed in the URL source. Its type and size are known only once the server fetched it: only the count applies. */
export function urlIntake(config: PickerConfig, count: number, url: string): Intake {
  const got = admit(config, count, [{ name: '', type: '', size: 1 }]);
  return { entries: got.accepted.length ? [urlEntry(url)] : [], rejected: got.rejected };
}
