/**
 * Copies a provider's byte stream into storage, streamed: a file of known size below `partSize` is read whole and
 * stored with one PutObject, any other as a multipart upload of `partSize` parts. Memory is bounded by one part, and
 * storage only ever receives whole parts: a provider's stream that breaks aborts the upload, so nothing half-stored
 * stays.
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

/** The whole stream (at most `max` bytes, else TooLarge); the stream's own error rejects. */
async function readAll(body: Readable, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const chunk of body) {
    n += (chunk as Buffer).length;
    if (n > max) throw new TooLarge(max);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Resolves with the number of bytes stored. */
export async function copyInto(t: CopyTarget, body: Readable, size: number | undefined, limits: CopyLimits): Promise<number> {
  if (size !== undefined && size > limits.maxBytes) {
    body.destroy();
    throw new TooLarge(limits.maxBytes);
  }
  if (size === undefined || size >= limits.partSize) return multipart(t, body, limits);
  const whole = await readAll(body, Math.min(limits.maxBytes, limits.partSize)).catch((e: unknown) => {
    body.destroy();
    throw e;
  });
  await t.st.putObject(t.bucket, t.key, whole, whole.length, t.mimetype, t.metadata, t.publicAcl);
  return whole.length;
}
