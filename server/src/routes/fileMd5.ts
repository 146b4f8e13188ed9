/**
 * The `md5` of a stored file for its metadata. Storage's ETag is the MD5 of the bytes for an object stored whole; for
 * one assembled from parts it is S3's multipart form (`<md5 of the parts' md5s>-<count>`, the built-in storage's too,
 * which does not hash the assembled object again on complete), so then the bytes are read and hashed here, once per
 * metadata request that needs it, off the upload's path.
 */
import { createHash } from 'crypto';
import type { StorageAdapter } from '../storage/adapter';

export async function fileMd5(st: StorageAdapter, bucket: string, key: string, etag: string | undefined): Promise<string | undefined> {
  const plain = etag && etag.replace(/"/g, '');
  // other ETags (an MD5, or a storage's own version tag) are answered as storage gave them, as before
  if (!plain || !/^[0-9a-f]{32}-\d+$/.test(plain)) return plain || undefined;
  const obj = await st.read(bucket, key);
  if (!obj) return plain;
  const hash = createHash('md5');
  for await (const chunk of obj.body) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
