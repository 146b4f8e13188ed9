/**
 * The part-list layout of an object the built-in storage assembled from parts (CompleteMultipartUpload, or a copy of
 * such an object): its bytes are not concatenated into one file, they stay the ordered list of its part files.
 *
 *  - `<bucket>/._S3rver_objects/<random>/` holds the part files (hard links of the upload's parts: no byte is copied)
 *    and `manifest.json` (the key, each part's file, size and MD5, the object's size, ETag, metadata and time);
 *  - `<key>._S3rver_object`, where s3rver keeps an object's file, is then a symbolic link to that folder.
 *
 * The link is made under a temporary name and renamed over the object's place: the one atomic step that makes the new
 * object current, replacing a plain file, an older link or nothing. Until then (links made, manifest written last,
 * itself through a rename) the old object and the upload are untouched, so a completion cut off half way leaves the
 * old state, plus a folder no link names, which the orphan sweep removes (orphanSweep.ts). Objects stored whole
 * (PutObject) stay plain files, as s3rver lays them, and a data folder of an earlier version holds only those.
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';

export const PARTS_ROOT = '._S3rver_objects';

export interface ManifestPart {
  /** the part's file name in the folder */
  file: string;
  size: number;
  /** hex MD5 of the part's bytes */
  md5: string;
}

export interface Manifest {
  version: 1;
  key: string;
  size: number;
  /** S3's multipart ETag: `<md5 of the parts' binary md5s>-<count>` */
  etag: string;
  /** ISO time the object was stored */
  modified: string;
  /** what s3rver keeps in `metadata.json` for a plain object */
  metadata: Record<string, string>;
  parts: ManifestPart[];
}

export type Layout = { kind: 'none' } | { kind: 'plain' } | { kind: 'parts'; dir: string; manifest: Manifest };

function enoent(e: unknown): boolean {
  return (e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR';
}

/** The folder a link at `objectPath` names, or null when `objectPath` is no link. */
export async function linkedFolder(objectPath: string): Promise<string | null> {
  try {
    return path.resolve(path.dirname(objectPath), await fsp.readlink(objectPath));
  } catch (e) {
    if (enoent(e) || (e as NodeJS.ErrnoException).code === 'EINVAL') return null;
    throw e;
  }
}

async function readManifest(dir: string): Promise<Manifest> {
  return JSON.parse(await fsp.readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/**
 * What `objectPath` holds. The link is read once and the manifest from the folder it named, so a reader never mixes
 * two versions; when an overwrite removed that folder meanwhile, it looks again.
 */
export async function readLayout(objectPath: string): Promise<Layout> {
  for (let tries = 0; ; tries++) {
    let st;
    try {
      st = await fsp.lstat(objectPath);
    } catch (e) {
      if (enoent(e)) return { kind: 'none' };
      throw e;
    }
    if (!st.isSymbolicLink()) return { kind: 'plain' };
    const dir = await linkedFolder(objectPath);
    // removed between the two looks: look again
    if (!dir && tries < 3) continue;
    if (!dir) return { kind: 'none' };
    try {
      return { kind: 'parts', dir, manifest: await readManifest(dir) };
    } catch (e) {
      if (!enoent(e) || tries >= 3) throw e;
    }
  }
}

/** A new, empty folder for an object's parts in `bucketPath`. */
export async function newPartsFolder(bucketPath: string): Promise<string> {
  const dir = path.join(bucketPath, PARTS_ROOT, randomBytes(12).toString('hex'));
  await fsp.mkdir(dir, { recursive: true });
  return dir;
}

/** Hard-links each `[source file, name]` into `dir` (the bytes stay where they are; nothing is copied). */
export async function linkParts(dir: string, files: [string, string][]): Promise<void> {
  const batch = 64;
  for (let i = 0; i < files.length; i += batch) {
    await Promise.all(files.slice(i, i + batch).map(([from, name]) => fsp.link(from, path.join(dir, name))));
  }
}

/** Writes `manifest.json` into `dir` whole (through a temporary file and a rename). */
export async function writeManifest(dir: string, m: Manifest): Promise<void> {
  const tmp = path.join(dir, 'manifest.json.tmp');
  await fsp.writeFile(tmp, JSON.stringify(m));
  await fsp.rename(tmp, path.join(dir, 'manifest.json'));
}

/**
 * Makes the object at `objectPath` the part list in `dir`: one rename of a link over whatever is there. Resolves with
 * the folder the previous link named (the caller removes it), or null.
 */
export async function commitPartList(objectPath: string, dir: string): Promise<string | null> {
  await fsp.mkdir(path.dirname(objectPath), { recursive: true });
  const before = await linkedFolder(objectPath);
  const tmp = `${objectPath}.${randomBytes(6).toString('hex')}.link.tmp`;
  await fsp.symlink(path.relative(path.dirname(objectPath), dir), tmp);
  try {
    await fsp.rename(tmp, objectPath);
  } catch (e) {
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
  return before && before !== dir ? before : null;
}

/** Removes a part-list folder (once no link names it). */
export async function removePartsFolder(dir: string | null): Promise<void> {
  if (dir && path.basename(path.dirname(dir)) === PARTS_ROOT) await fsp.rm(dir, { recursive: true, force: true, maxRetries: 2 });
}
