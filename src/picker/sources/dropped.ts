/**
 * Files out of a drop or paste. Folders are walked (DataTransferItem.webkitGetAsEntry) when allowed; otherwise a
 * dropped folder is reported so the dialog can say so.
 */

export interface Collected {
  files: File[];
  /** A folder was dropped while folders are not allowed. */
  folderRefused: boolean;
}

interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?(ok: (f: File) => void, fail: (e: unknown) => void): void;
  createReader?(): { readEntries(ok: (entries: Entry[]) => void, fail: (e: unknown) => void): void };
}

/** Every file under a directory entry (readEntries returns batches until an empty one). */
function walk(entry: Entry, out: File[]): Promise<void> {
  if (entry.isFile && entry.file) {
    return new Promise<void>(function (resolve) {
      entry.file!(function (f) {
        out.push(f);
        resolve();
      }, function () {
        resolve();
      });
    });
  }
  if (!entry.isDirectory || !entry.createReader) return Promise.resolve();
  const reader = entry.createReader();
  return new Promise<void>(function (resolve) {
    const children: Entry[] = [];
    function next(): void {
      reader.readEntries(function (batch) {
        if (!batch.length) {
          let chain = Promise.resolve();
          for (let i = 0; i < children.length; i++) {
            const c = children[i];
            chain = chain.then(function () {
              return walk(c, out);
            });
          }
          // walk never rejects; should it, the folder still ends with the files read so far
          chain.then(function () {
            resolve();
          }, function () {
            resolve();
          });
          return;
        }
        for (let i = 0; i < batch.length; i++) children.push(batch[i]);
        next();
      }, function () {
        resolve();
      });
    }
    next();
  });
}

function toArray<T>(list: { length: number; [i: number]: T } | null | undefined): T[] {
  const out: T[] = [];
  if (list) for (let i = 0; i < list.length; i++) out.push(list[i]);
  return out;
}

export function collectFromTransfer(dt: DataTransfer | null, allowFolders: boolean): Promise<Collected> {
  if (!dt) return Promise.resolve({ files: [], folderRefused: false });
  const items = toArray<DataTransferItem>(dt.items);
  const entries: Entry[] = [];
  let hasEntries = false;
  for (let i = 0; i < items.length; i++) {
    // webkitGetAsEntry is missing from older engines although the DOM types declare it
    const it = items[i] as { kind: string; webkitGetAsEntry?: () => unknown };
    if (it.kind !== 'file' || typeof it.webkitGetAsEntry !== 'function') continue;
    hasEntries = true;
    const entry = it.webkitGetAsEntry() as Entry | null;
    if (entry) entries.push(entry);
  }
  let hasFolder = false;
  for (let i = 0; i < entries.length; i++) if (entries[i].isDirectory) hasFolder = true;
  if (!hasEntries || !hasFolder) return Promise.resolve({ files: toArray<File>(dt.files), folderRefused: false });
  if (!allowFolders) {
    const files: File[] = [];
    const all = toArray<File>(dt.files);
    for (let i = 0; i < entries.length; i++) if (entries[i].isFile) for (let j = 0; j < all.length; j++) if (all[j].name === entries[i].name) files.push(all[j]);
    return Promise.resolve({ files, folderRefused: true });
  }
  const out: File[] = [];
  let chain = Promise.resolve();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    chain = chain.then(function () {
      return walk(e, out);
    });
  }
  return chain.then(function () {
    return { files: out, folderRefused: false };
  });
}
