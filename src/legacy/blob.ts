import { PickedFile, PickedFileProgress, StoredFile } from '../core/contracts';

/** The v2 Blob (FPFile) a picker callback receives: exactly v2's keys, in v2's order (COMPATIBILITY.md G15). */
export interface V2Blob {
  url: string;
  filename: string;
  mimetype: string;
  size: number;
  /** Image editor (CONVERT) flags, only when defined (v2 left out an undefined flag; `false` is kept). */
  cropped?: boolean;
  rotated?: boolean;
  converted?: boolean;
  id?: string | number;
  key?: string;
  container?: string;
  path?: string;
  client?: string;
  isWriteable: boolean;
}

/** FPProgress, what a dialog call's `onProgress` receives: `progress` is a float percent of that file. */
export interface V2Progress {
  progress: number;
  filename: string;
  mimetype: string;
  size: number;
}

/**
 * Picker Blob: `url, filename, mimetype, size`, then `cropped, rotated, converted` when defined, then
 * `id, key, container, path, client` only when known, then `isWriteable: true`.
 */
export function toPickerBlob(file: PickedFile): V2Blob {
  // Built key by key: the order of the keys is part of what v2 pages see (JSON.stringify, Object.keys).
  const blob = { url: file.url, filename: file.filename, mimetype: file.mimetype, size: file.size } as V2Blob;
  (['cropped', 'rotated', 'converted'] as const).forEach((k) => {
    if (file[k] !== undefined) blob[k] = file[k];
  });
  // `id` is not part of PickedFile; a dialog that knows one (v2's did) passes it along.
  const extra: { id?: string | number; key?: string; container?: string; path?: string; client?: string } = {
    id: (file as PickedFile & { id?: string | number }).id, key: file.key, container: file.container, path: file.path, client: file.client,
  };
  if (extra.id) blob.id = extra.id;
  (['key', 'container', 'path', 'client'] as const).forEach((k) => {
    if (extra[k]) blob[k] = extra[k];
  });
  blob.isWriteable = true;
  return blob;
}

/** REST Blob (v2's `standardizeFPFile`, COMPATIBILITY.md G15): `url, filename, mimetype, size, key, isWriteable`; `key` present even when undefined. */
export function toRestBlob(file: StoredFile & { writeable?: boolean; isWriteable?: boolean }): V2Blob {
  return {
    url: file.url,
    filename: file.filename,
    mimetype: file.mimetype,
    size: file.size,
    key: file.key,
    isWriteable: !!(file.isWriteable || file.writeable),
  };
}

export function toProgress(p: PickedFileProgress): V2Progress {
  const pct = p.total > 0 ? Math.min(100, (p.loaded / p.total) * 100) : 100;
  return { progress: pct, filename: p.filename, mimetype: p.mimetype, size: p.size };
}
