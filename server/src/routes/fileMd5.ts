/**
 * The `md5` of a stored file for its metadata. Storage's ETag is the MD5 of the bytes for an object stored whole; for
 * one assembled from parts it is S3's multipart form (`<md5 of the parts' md5s>-<count>`, the built-in storage's too,
 * which does not hash the assembled object again on complete), so then the bytes are read and hashed here once, on
 * the first metadata request that needs it, off the upload's path, and the result is recorded in storage next to the
 * file: the object `.fp-md5/<key>` holds `{etag, md5, mac}`. A record counts only for the ETag it names (an overwrite
 * of the key has another ETag, so its MD5 is computed again) and only with its MAC (made with the server's shared
 * secret, so an object stored at that key by a client cannot pass for one). Every instance over the storage reads it.
 */
import { createHash, createHmac, timingSafeEqual } from 'crypto';
import type { StorageAdapter } from '../storage/adapter';
import { deriveKey } from '../storage/admission';

export const MD5_RECORD_PREFIX = '.fp-md5/';

interface Md5Record {
  etag: string;
  md5: string;
  mac: string;
}

const recordKey = (key: string): string => MD5_RECORD_PREFIX + key;

function macOf(secret: string, bucket: string, key: string, etag: string, md5: string): string {
  return createHmac('sha256', deriveKey(secret, 'file-md5')).update(['fp-md5', bucket, key, etag, md5].join('\n')).digest('base64url');
}

/** The recorded MD5 of `bucket/key` as it is at `etag`, if a valid record says it. */
async function recorded(st: StorageAdapter, secret: string, bucket: string, key: string, etag: string): Promise<string | undefined> {
  let r: Md5Record;
  try {
    r = JSON.parse((await st.getBuffer(recordKey(key), bucket)).toString('utf8')) as Md5Record;
  } catch {
    return undefined;
  }
  if (!r || r.etag !== etag || typeof r.md5 !== 'string' || !/^[0-9a-f]{32}$/.test(r.md5) || typeof r.mac !== 'string') return undefined;
  const want = Buffer.from(macOf(secret, bucket, key, etag, r.md5));
  const got = Buffer.from(r.mac);
  return want.length === got.length && timingSafeEqual(want, got) ? r.md5 : undefined;
}

/** `etag`: the file's ETag as its head answered (with or without quotes); `secret`: the server's shared secret. */
export async function fileMd5(st: StorageAdapter, secret: string, bucket: string, key: string, etag: string | undefined): Promise<string | undefined> {
  const plain = etag && etag.replace(/"/g, '');
  // other ETags (an MD5, or a storage's own version tag) are answered as storage gave them, as before
  if (!plain || !/^[0-9a-f]{32}-\d+$/.test(plain)) return plain || undefined;
  const known = await recorded(st, secret, bucket, key, plain);
  if (known) return known;
  const obj = await st.read(bucket, key);
  if (!obj) return plain;
  const hash = createHash('md5');
  for await (const chunk of obj.body) hash.update(chunk as Buffer);
  const md5 = hash.digest('hex');
  // recorded only when the bytes read are those of the ETag asked about (not a version that replaced it meanwhile)
  if ((obj.etag || '').replace(/"/g, '') === plain) {
    const body = Buffer.from(JSON.stringify({ etag: plain, md5, mac: macOf(secret, bucket, key, plain, md5) } as Md5Record));
    await st.putObject(bucket, recordKey(key), body, body.length, 'application/json', {}, false).catch(() => undefined);
  }
  return md5;
}

/** Removes the record of `bucket/key` (the file is removed); a missing record is no error. */
export function forgetFileMd5(st: StorageAdapter, bucket: string, key: string): Promise<void> {
  return st.delete(bucket, recordKey(key)).catch(() => undefined);
}
