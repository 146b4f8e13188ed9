/**
 * Removes part-list folders (partList.ts) no object names: what a completion or copy cut off before its link was
 * made leaves, or an overwrite cut off before it removed the folder it replaced. A folder counts as an orphan only
 * once it is older than `graceMs` (by its modification time, which each link and the manifest renew) and is not
 * being built by this process, so a completion running meanwhile never loses its folder. The built-in storage sweeps
 * when it starts and then periodically.
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import { linkedFolder, Manifest, PARTS_ROOT, removePartsFolder } from './partList';

export interface OrphanSweepOptions {
  /** s3rver's data folder */
  dir: string;
  /** the object's file path in s3rver's layout (its store's `getResourcePath(bucket, key, 'object')`) */
  objectPath(bucket: string, key: string): string;
  graceMs: number;
  /** folders being built by this process */
  building?: Set<string>;
}

async function entries(dir: string): Promise<string[]> {
  try {
    return await fsp.readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
    throw e;
  }
}

/** Whether the object the manifest in `folder` names is a link to `folder`. */
async function named(o: OrphanSweepOptions, bucket: string, folder: string): Promise<boolean> {
  let m: Manifest;
  try {
    m = JSON.parse(await fsp.readFile(path.join(folder, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return false;
  }
  return (await linkedFolder(o.objectPath(bucket, m.key))) === folder;
}

/** One pass over every bucket; resolves with how many folders were removed. */
export async function sweepOrphanParts(o: OrphanSweepOptions): Promise<number> {
  let n = 0;
  const now = Date.now();
  for (const bucket of await entries(o.dir)) {
    const root = path.join(o.dir, bucket, PARTS_ROOT);
    for (const name of await entries(root)) {
      const folder = path.join(root, name);
      if (o.building && o.building.has(folder)) continue;
      const st = await fsp.stat(folder).catch(() => null);
      if (!st || !st.isDirectory() || now - st.mtimeMs < o.graceMs) continue;
      if (await named(o, bucket, folder)) continue;
      await removePartsFolder(folder);
      n++;
    }
  }
  return n;
}
