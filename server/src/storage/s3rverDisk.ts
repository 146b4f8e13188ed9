/**
 * What s3rver lacks (ListParts, ListMultipartUploads, AbortMultipartUpload), read from or done on its data folder:
 * `<dir>/<bucket>/._S3rver_uploads/<uploadId>/{key, metadata, <n>, <n>.md5}`. Each part's ETag is the hex MD5 of the
 * bytes s3rver stored, written by s3rver itself. Only the built-in storage (the process that runs s3rver) calls these.
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import type { OpenUploadInfo, StoredPart } from './types';

function uploadsRoot(dir: string, bucket: string): string {
  return path.join(dir, bucket, '._S3rver_uploads');
}

export function uploadDir(dir: string, bucket: string, uploadId: string): string {
  if (!/^[A-Za-z0-9._-]+$/.test(uploadId) || uploadId.indexOf('..') >= 0 || /[\\/]/.test(bucket) || bucket.indexOf('..') >= 0) throw new Error('bad upload id');
  return path.join(uploadsRoot(dir, bucket), uploadId);
}

/** Whether s3rver holds the upload (created by CreateMultipartUpload: its `key` file exists). */
export async function s3rverHasUpload(dir: string, bucket: string, uploadId: string): Promise<boolean> {
  try {
    return (await fsp.stat(path.join(uploadDir(dir, bucket, uploadId), 'key'))).isFile();
  } catch {
    return false;
  }
}

export async function s3rverParts(dir: string, bucket: string, uploadId: string): Promise<StoredPart[]> {
  const d = uploadDir(dir, bucket, uploadId);
  let names: string[];
  try {
    names = await fsp.readdir(d);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const parts: StoredPart[] = [];
  for (const n of names) {
    // a part counts once s3rver has written its .md5 (it does so after the bytes)
    if (!/^\d+$/.test(n) || names.indexOf(n + '.md5') < 0) continue;
    const [md5, st] = await Promise.all([fsp.readFile(path.join(d, n + '.md5'), 'utf8'), fsp.stat(path.join(d, n))]);
    parts.push({ partNumber: Number(n), etag: md5.trim(), size: st.size });
  }
  return parts.sort((a, b) => a.partNumber - b.partNumber);
}

/**
 * The uploads s3rver holds; `initiated` is the creation time of the upload folder (its change time where the file
 * system keeps no birth time), so every instance that asks sees the same age.
 */
export async function s3rverUploads(dir: string, bucket: string): Promise<OpenUploadInfo[]> {
  const root = uploadsRoot(dir, bucket);
  let ids: string[];
  try {
    ids = await fsp.readdir(root);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const out: OpenUploadInfo[] = [];
  for (const id of ids) {
    const d = path.join(root, id);
    const st = await fsp.stat(d).catch(() => null);
    if (!st || !st.isDirectory()) continue;
    const key = await fsp.readFile(path.join(d, 'key'), 'utf8').catch(() => '');
    out.push({ key, uploadId: id, initiated: st.birthtimeMs ? st.birthtime : st.ctime });
  }
  return out;
}

/** Removes the upload's folder; rejects unless it is really gone afterwards. */
export async function s3rverAbort(dir: string, bucket: string, uploadId: string): Promise<void> {
  const d = uploadDir(dir, bucket, uploadId);
  await fsp.rm(d, { recursive: true, force: true, maxRetries: 2 });
  const left = await fsp.stat(d).then(
    () => true,
    () => false,
  );
  if (left) throw new Error(`the upload folder of ${uploadId} is still there`);
}

/** Removes one stored part (a part whose bytes did not match its Content-MD5). */
export async function s3rverDropPart(dir: string, bucket: string, uploadId: string, part: number): Promise<void> {
  const d = uploadDir(dir, bucket, uploadId);
  await Promise.all([fsp.rm(path.join(d, String(part)), { force: true }), fsp.rm(path.join(d, part + '.md5'), { force: true })]);
}
