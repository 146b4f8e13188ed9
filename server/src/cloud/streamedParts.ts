/**
 * The multipart copy of a stream whose length is known: each part's PUT is opened with its length and the provider's
 * chunks are written into it as they arrive (backpressure from storage pauses the provider), so nothing is held in
 * memory but the chunks in transit, whatever the part size. The next part's PUT starts as soon as the last byte of
 * one is written; at most `ANSWERS_AWAITED` parts wait for storage's answer meanwhile. Storage keeps a part only when
 * it arrived whole, and the object exists only once the upload is completed: a stream that breaks, ends short or
 * runs long cuts the PUT being written and aborts the upload once every PUT has ended, so nothing half-stored stays.
 */
import type { ClientRequest } from 'http';
import type { Readable } from 'stream';
import type { StoredPart } from '../storage/types';
import { ChunkReader } from './chunkReader';
import type { CopyTarget } from './copy';
import { openPart } from './partPut';

/** Parts written whole that may wait for storage's answer while the next one is written. */
const ANSWERS_AWAITED = 2;

/** Resolves once `req` can take more (rejects when it closes first). */
function drained(req: ClientRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    if (req.destroyed) return reject(new Error('the connection to storage closed while a part was written'));
    const done = (e?: Error): void => {
      req.off('drain', ok);
      req.off('close', closed);
      if (e) reject(e);
      else resolve();
    };
    const ok = (): void => done();
    const closed = (): void => done(new Error('the connection to storage closed while a part was written'));
    req.on('drain', ok);
    req.on('close', closed);
  });
}

/** Writes the next `len` bytes of `src` into `req`; what it read past them is handed back to `src`. */
async function writePart(src: ChunkReader, req: ClientRequest, len: number, size: number, stop: () => void): Promise<void> {
  let left = len;
  while (left > 0) {
    let c = await src.next();
    stop();
    if (!c) throw new Error(`the stream ended after ${src.taken} of its ${size} bytes`);
    if (c.length > left) {
      src.unread(c.subarray(left));
      c = c.subarray(0, left);
    }
    left -= c.length;
    if (!req.write(c)) await drained(req);
  }
  req.end();
}

/** Fails when `src` holds more than `size` bytes: its own error when it has one (reading on to its end), else one saying so. */
async function expectEnd(src: ChunkReader, size: number, maxBytes: number, tooLarge: () => Error): Promise<void> {
  let more = false;
  while (await src.next()) {
    more = true;
    if (src.taken > maxBytes) throw tooLarge();
  }
  if (more) throw new Error(`the stream is longer than its ${size} bytes`);
}

export interface StreamedLimits {
  partSize: number;
  maxBytes: number;
  tooLarge: () => Error;
}

/** Copies `size` bytes (at least one part's) of `body`; resolves once the object is complete. */
export async function streamedMultipart(t: CopyTarget, body: Readable, size: number, limits: StreamedLimits): Promise<void> {
  const { partSize } = limits;
  const count = Math.max(1, Math.ceil(size / partSize));
  const uploadId = await t.st.createMultipart(t.bucket, t.key, t.mimetype, t.metadata);
  const src = new ChunkReader(body);
  const answers: Promise<StoredPart>[] = [];
  let failed = false;
  let failure: unknown;
  let writing: ClientRequest | null = null;
  const fail = (e: unknown): void => {
    if (failed) return;
    failed = true;
    failure = e;
    if (writing) writing.destroy();
  };
  const stop = (): void => {
    if (failed) throw failure;
  };
  const targetOf = (n: number) => t.st.partTarget(t.bucket, t.key, uploadId, n);
  try {
    let next = targetOf(1);
    for (let n = 1; n <= count; n++) {
      const target = await next;
      if (n < count) next = targetOf(n + 1);
      next.catch(() => undefined);
      const len = n < count ? partSize : size - partSize * (count - 1);
      const part = openPart(target, n, len, () => '');
      writing = part.req;
      answers.push(part.stored);
      part.stored.catch(fail);
      await writePart(src, part.req, len, size, stop);
      writing = null;
      if (answers.length > ANSWERS_AWAITED) await answers[answers.length - 1 - ANSWERS_AWAITED];
      stop();
    }
    await expectEnd(src, size, limits.maxBytes, limits.tooLarge);
    await t.st.complete(t.bucket, t.key, uploadId, await withEtags(t, uploadId, await Promise.all(answers)));
  } catch (e) {
    fail(e);
    body.destroy();
    await Promise.allSettled(answers);
    await t.st.abort(t.bucket, t.key, uploadId).catch(() => undefined);
    throw failure;
  }
}

/** The parts, each with an ETag: those storage did not answer with one are taken from its list of the upload's parts. */
async function withEtags(t: CopyTarget, uploadId: string, parts: StoredPart[]): Promise<StoredPart[]> {
  if (parts.every((p) => p.etag)) return parts;
  const listed = (await t.st.listParts(t.bucket, t.key, uploadId)) || [];
  return parts.map((p) => {
    const l = listed.find((x) => x.partNumber === p.partNumber);
    if (!p.etag && !(l && l.etag)) throw new Error(`storage answered no ETag for part ${p.partNumber} and cannot list it`);
    return p.etag ? p : { ...p, etag: (l as StoredPart).etag };
  });
}
