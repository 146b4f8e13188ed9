/**
 * Copies a provider's byte stream into storage, streamed: a file of known size below `partSize` is read whole and
 * stored with one PutObject; a larger one of known size is a multipart upload whose parts (`streamedPartSize`) are
 * written into their PUTs as the bytes arrive (streamedParts.ts: memory holds only the chunks in transit); one of
 * unknown size is a multipart upload of `partSize` parts held in memory, `PARTS_IN_FLIGHT` of them PUT while the next
 * is read (memory: part size × (PARTS_IN_FLIGHT + 1)). Storage keeps only whole parts and the object appears only at
 * the upload's completion: a provider's stream that breaks aborts the upload once the PUTs running have ended, so
 * nothing half-stored stays.
 */
import type { Readable } from 'stream';
import type { StorageAdapter } from '../storage/adapter';
import { putPart } from './partPut';
import { PartQueue } from './partQueue';
import { streamedMultipart } from './streamedParts';

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
  /** parts of a copy of known size, streamed (default: the larger of `partSize` and STREAMED_PART_SIZE) */
  streamedPartSize?: number;
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

/**
 * The default part size of a copy of known size. Its parts are streamed, so their size costs no memory; fewer parts
 * cost less CPU (16 MiB parts took 1.3× a plain copy's CPU, 64 MiB 1.1×: BENCHMARKS.md section 8). Each part's PUT
 * lasts as long as the provider takes to send it, so a storage that limits a request's duration (Node's HTTP server:
 * 300 s by default) needs the provider to send at least part size / that limit (64 MiB / 300 s: 220 KiB/s).
 */
export const STREAMED_PART_SIZE = 64 * 1024 * 1024;

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
  if (size !== undefined && size >= limits.partSize) {
    const partSize = limits.streamedPartSize || Math.max(limits.partSize, STREAMED_PART_SIZE);
    await streamedMultipart(t, body, size, { partSize, maxBytes: limits.maxBytes, tooLarge: () => new TooLarge(limits.maxBytes) });
    return size;
  }
  if (size === undefined) return multipart(t, body, limits);
  const whole = await readAll(body, Math.min(limits.maxBytes, limits.partSize)).catch((e: unknown) => {
    body.destroy();
    throw e;
  });
  await t.st.putObject(t.bucket, t.key, whole, whole.length, t.mimetype, t.metadata, t.publicAcl);
  return whole.length;
}
