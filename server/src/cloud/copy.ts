/**
 * Copies a provider's byte stream into storage, streamed: a file of known size below `partSize` is read whole and
 * stored with one PutObject, any other as a multipart upload of `partSize` parts, `PARTS_IN_FLIGHT` of them PUT while
 * the next is read (memory: part size × (PARTS_IN_FLIGHT + 1)). Storage only ever receives whole parts: a provider's
 * stream that breaks aborts the upload once the PUTs running have ended, so nothing half-stored stays.
 */
import type { Readable } from 'stream';
import type { StorageAdapter } from '../storage/adapter';
import { putPart } from './partPut';
import { PartQueue } from './partQueue';

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

/** How many parts are PUT at a time while the next is read. */
export const PARTS_IN_FLIGHT = 3;

async function multipart(t: CopyTarget, body: Readable, limits: CopyLimits): Promise<number> {
  const uploadId = await t.st.createMultipart(t.bucket, t.key, t.mimetype, t.metadata);
  const queue = new PartQueue(async (n, chunks, size) => putPart(await t.st.partTarget(t.bucket, t.key, uploadId, n), n, chunks, size), PARTS_IN_FLIGHT);
  let chunks: Buffer[] = [];
  let bytes = 0;
  let total = 0;
  let n = 0;
  const ship = (): Promise<void> => {
    const part = chunks;
    const size = bytes;
    chunks = [];
    bytes = 0;
    return queue.add(++n, part, size);
  };
  try {
    for await (const chunk of body) {
      let b = chunk as Buffer;
      total += b.length;
      if (total > limits.maxBytes) throw new TooLarge(limits.maxBytes);
      while (bytes + b.length >= limits.partSize) {
        const take = limits.partSize - bytes;
        chunks.push(b.subarray(0, take));
        bytes += take;
        b = b.subarray(take);
        await ship();
      }
      if (b.length > 0) {
        chunks.push(b);
        bytes += b.length;
      }
    }
    if (bytes > 0 || n === 0) await ship();
    await t.st.complete(t.bucket, t.key, uploadId, await queue.finish());
    return total;
  } catch (e) {
    body.destroy();
    await queue.settle();
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
