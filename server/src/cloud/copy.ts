/**
 * Copies a provider's byte stream into storage, streamed: small files of known size as one PutObject, the others as
 * a multipart upload of `partSize` parts (memory bounded by one part). Any failure (the provider's stream breaking,
 * storage refusing) aborts the upload or removes the object: nothing half-stored stays.
 */
import { createHash } from 'crypto';
import type { Readable } from 'stream';
import type { StorageAdapter } from '../storage/adapter';
import type { StoredPart } from '../storage/types';

export interface CopyTarget {
  st: StorageAdapter;
  bucket: string;
  key: string;
  mimetype: string;
  metadata: Record<string, string>;
  publicAcl: boolean;
}

export interface CopyLimits {
  multipartThreshold: number;
  partSize: number;
  /** largest size accepted; a stream that grows past it fails */
  maxBytes: number;
}

export class TooLarge extends Error {
  constructor(readonly max: number) {
    super(`the file is larger than ${max} bytes`);
    this.name = 'TooLarge';
  }
}

async function putPart(t: CopyTarget, uploadId: string, n: number, body: Buffer): Promise<StoredPart> {
  const md5 = createHash('md5').update(body).digest();
  const target = await t.st.partTarget(t.bucket, t.key, uploadId, n, md5.toString('base64'));
  const res = await fetch(target.url, { method: 'PUT', headers: target.headers, body: new Uint8Array(body) });
  await res.arrayBuffer().catch(() => undefined);
  if (!res.ok) throw new Error(`storage refused part ${n}: HTTP ${res.status}`);
  const etag = (res.headers.get('etag') || md5.toString('hex')).replace(/"/g, '');
  return { partNumber: n, etag, size: body.length };
}

async function multipart(t: CopyTarget, body: Readable, limits: CopyLimits): Promise<number> {
  const uploadId = await t.st.createMultipart(t.bucket, t.key, t.mimetype, t.metadata);
  const parts: StoredPart[] = [];
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let total = 0;
  const flush = async (n: number): Promise<void> => {
    const all = Buffer.concat(pending);
    const part = all.subarray(0, n);
    pending = n < all.length ? [all.subarray(n)] : [];
    pendingBytes = all.length - n;
    parts.push(await putPart(t, uploadId, parts.length + 1, part));
  };
  try {
    for await (const chunk of body) {
      const b = chunk as Buffer;
      total += b.length;
      if (total > limits.maxBytes) throw new TooLarge(limits.maxBytes);
      pending.push(b);
      pendingBytes += b.length;
      while (pendingBytes >= limits.partSize) await flush(limits.partSize);
    }
    if (pendingBytes > 0 || parts.length === 0) await flush(pendingBytes);
    await t.st.complete(t.bucket, t.key, uploadId, parts);
    return total;
  } catch (e) {
    body.destroy();
    await t.st.abort(t.bucket, t.key, uploadId).catch(() => undefined);
    throw e;
  }
}

/** Resolves with the number of bytes stored. */
export async function copyInto(t: CopyTarget, body: Readable, size: number | undefined, limits: CopyLimits): Promise<number> {
  if (size !== undefined && size > limits.maxBytes) {
    body.destroy();
    throw new TooLarge(limits.maxBytes);
  }
  if (size === undefined || size >= limits.multipartThreshold) return multipart(t, body, limits);
  try {
    await t.st.putObject(t.bucket, t.key, body, size, t.mimetype, t.metadata, t.publicAcl);
  } catch (e) {
    body.destroy();
    // a PutObject cut short is refused by storage; removing the key anyway leaves certainly nothing behind
    await t.st.delete(t.bucket, t.key).catch(() => undefined);
    throw e;
  }
  return size;
}
