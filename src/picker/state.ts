import { BatchItem, CloudRef, SourceFile, SourceRef, StoredFile, UploadSource } from '../core/contracts';
import type { StringKey, Vars } from './i18n/translator';

/** The cloud API's name of each cloud source the dialog has a tab for (the Blob's `client`). */
export type CloudName = 'ftp' | 'webdav' | 'dropbox' | 'googledrive' | 'box' | 'onedrive' | 'github' | 'gmail' | 'facebook' | 'instagram' | 'flickr';

export type EntryStatus = 'waiting' | 'preparing' | 'uploading' | 'retrying' | 'done' | 'failed';

/** One file the user selected, and where its upload stands. */
export interface Entry {
  id: number;
  /**
   * `computer` for local files, `url` for addresses, `webcam` / `video` / `audio` for what the media sources recorded,
   * `customsource` for files of the custom source (CUSTOMSOURCE), `ftp` / `webdav` for files of the cloud sources.
   */
  client: 'computer' | 'url' | 'webcam' | 'video' | 'audio' | 'customsource' | CloudName;
  file?: UploadSource;
  url?: string;
  /** The custom source file to copy. */
  source?: SourceRef;
  /** The cloud file to copy, or with `cloudLink` to link only (pick and pickMultiple). */
  cloud?: CloudRef;
  cloudLink?: boolean;
  name: string;
  type: string;
  size: number;
  status: EntryStatus;
  loaded: number;
  total: number;
  /** Retry being waited for: attempt number and seconds. */
  retry?: { attempt: number; seconds: number };
  /** Text of the last failure. */
  error?: string;
  /**
   * The server refused the upload (a 4xx answer retrying cannot change): the row says why, as this text of the
   * dialog's language, and offers no retry.
   */
  refused?: { key: StringKey; vars: Vars };
  /** The entry's item in the dialog's upload batch (which holds its upload and its stored copies). */
  item?: BatchItem;
  /** The stored file, once stored (shown in the totals). */
  result?: StoredFile;
  /** The image editor can open this file (CONVERT on, a JPEG/PNG/WebP from the device). */
  editable?: boolean;
  /** `cropForce`: the file waits for the editor's Save before it may upload. */
  needsCrop?: boolean;
  /** What the editor changed, once saved. */
  edits?: { cropped: boolean; rotated: boolean; converted: boolean };
}

let nextId = 1;

export function fileEntry(file: UploadSource, client?: Entry['client']): Entry {
  const size = file.size || 0;
  return { id: nextId++, client: client || 'computer', file, name: file.name || 'file', type: file.type || '', size, status: 'waiting', loaded: 0, total: size };
}

/** The last path segment of a URL, without query, as a display name. */
export function nameFromUrl(url: string): string {
  const path = url.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch (_e) {
    name = last;
  }
  return name && path.indexOf('/', path.indexOf('//') + 2) > 0 ? name : url;
}

export function urlEntry(url: string): Entry {
  return { id: nextId++, client: 'url', url, name: nameFromUrl(url), type: '', size: 0, status: 'waiting', loaded: 0, total: 0 };
}

/** A file listed by the custom source: name, type and size are known before it is copied. */
export function sourceEntry(container: string, file: SourceFile): Entry {
  return { id: nextId++, client: 'customsource', source: { container, path: file.path }, name: file.name, type: file.mimetype, size: file.size, status: 'waiting', loaded: 0, total: file.size };
}

/** A file listed by a cloud source (`ftp`, `webdav`): name, type and size are known before it is copied or linked. */
/** `maxSize`: the picker's limit, for the server to check, when the listing gave no size. */
export function cloudEntry(cloud: CloudName, file: SourceFile, link: boolean, maxSize?: number): Entry {
  const ref: CloudRef = { cloud, path: file.path };
  if (maxSize !== undefined) ref.maxSize = maxSize;
  return { id: nextId++, client: cloud, cloud: ref, cloudLink: link, name: file.name, type: file.mimetype, size: file.size, status: 'waiting', loaded: 0, total: file.size };
}

/**
 * The bytes an unfinished entry may claim, in its row and in the total alike: a retrying upload's bytes sent are not
 * known to be stored, so it claims none until its parts are sent again.
 */
function countedBytes(e: Entry): number {
  return e.status === 'retrying' ? 0 : e.loaded;
}

/** Bytes done and to do over all entries (a finished entry counts whole, even when its size was unknown). */
export function totals(entries: Entry[]): { loaded: number; total: number; percent: number } {
  let loaded = 0;
  let total = 0;
  let doneCount = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.status === 'done') {
      doneCount++;
      const n = e.total || e.size || (e.result ? e.result.size : 0);
      loaded += n;
      total += n;
    } else {
      loaded += countedBytes(e);
      total += e.total;
    }
  }
  let percent = total > 0 ? Math.floor((loaded / total) * 100) : 0;
  if (entries.length && doneCount === entries.length) percent = 100;
  else if (percent >= 100) percent = 99;
  return { loaded, total, percent };
}

export function percentOf(e: Entry): number {
  if (e.status === 'done') return 100;
  if (!e.total) return 0;
  return Math.min(99, Math.floor((countedBytes(e) / e.total) * 100));
}

export function allDone(entries: Entry[]): boolean {
  if (!entries.length) return false;
  for (let i = 0; i < entries.length; i++) if (entries[i].status !== 'done') return false;
  return true;
}

export function anyNeedsCrop(entries: Entry[]): boolean {
  for (let i = 0; i < entries.length; i++) if (entries[i].needsCrop) return true;
  return false;
}

export function anyFailed(entries: Entry[]): boolean {
  for (let i = 0; i < entries.length; i++) if (entries[i].status === 'failed') return true;
  return false;
}
