/**
 * /multipart/complete, answered by any instance from what storage holds: the finished object (its metadata
 * `fp-upload` names the upload), the upload and its parts, and a completion marker `.fp-fii/<id>/completing` that
 * the completing instance keeps fresh, so a 202 polled on another instance answers 202 until the file is there.
 */
import { Ctx, storageAt } from '../context';
import type { Fields } from '../http/body';
import { HttpError, badRequest } from '../http/errors';
import type { ObjectHead, StoredPart } from '../storage/Storage';
import { checkFilename, checkMimetype, optInt, optString } from '../validate';
import { FII_PREFIX, FileJson, UploadRef, handleOf } from '../uploads';
import { completingKey, stagedChunks } from './staged';
import { forgetStart } from './startKey';
import { Answer, findUpload, readParts } from './uploadArgs';

const MIN_PART = 5 * 1024 * 1024;
/** how often the completing instance refreshes its marker; a marker older than three times this is a dead instance's */
const MARKER_REFRESH_MS = 5000;
/** a completion marker younger than this is a running completion's */
export const COMPLETING_FRESH_MS = 3 * MARKER_REFRESH_MS;

type Listed = { part: number; etag: string }[] | undefined;

export function fileUrl(ctx: Ctx, handle: string): string {
  return ctx.base() + '/api/file/' + handle;
}

/** The object this upload made, if storage holds it. */
export async function completedFile(ctx: Ctx, u: UploadRef): Promise<ObjectHead | null> {
  const head = await storageAt(ctx, u.location, 'upload_id').head(u.bucket, u.key);
  return head && head.metadata['fp-upload'] === u.nonce ? head : null;
}

/** The answer for a completed upload; writes its handle record when the instance that completed it could not. */
async function answer(ctx: Ctx, u: UploadRef, size: number, tags: unknown): Promise<FileJson> {
  const handle = handleOf(ctx.secret, u);
  if (!(await ctx.handles.get(handle))) {
    const r = { handle, apikey: u.apikey, location: u.location, bucket: u.bucket, key: u.key, filename: u.filename, mimetype: u.mimetype, size, uploaded: Date.now(), access: u.access, path: u.path };
    await ctx.handles.put(r);
  }
  const out: FileJson = { handle, url: fileUrl(ctx, handle), filename: u.filename, size, mimetype: u.mimetype, type: u.mimetype, key: u.key, container: u.bucket, status: 'Stored' };
  if (u.path !== undefined) out.path = u.key;
  if (tags !== undefined && tags !== '') out.upload_tags = tags;
  return out;
}

const noSuchUpload = (e: unknown): boolean => (e as Error).name === 'NoSuchUpload';
const unknownUpload = () => badRequest('upload_id: unknown upload (aborted, completed and removed, or expired)');

/** The parts to assemble, checked against what storage holds. */
async function chooseParts(ctx: Ctx, u: UploadRef, listed: Listed): Promise<StoredPart[]> {
  const byStorage = await storageAt(ctx, u.location, 'upload_id').listParts(u.bucket, u.key, u.uploadId).catch((e) => {
    throw noSuchUpload(e) ? unknownUpload() : e;
  });
  let committed = new Map<number, { etag: string; size: number }>();
  if (u.fii && !listed) {
    const staged = await stagedChunks(ctx, u, true);
    if (staged.chunks.length) throw badRequest(`parts: part ${staged.chunks[0].part} has chunks that were never committed`);
    committed = staged.committed;
  } else if (!listed) {
    throw badRequest('parts: required (the part numbers and ETags storage returned)');
  }
  // A storage that cannot list parts: trust the ETags the client sent (or commit recorded), sizes unknown (-1).
  const stored: StoredPart[] = byStorage || (listed ? listed.map((p) => ({ partNumber: p.part, etag: p.etag, size: -1 })) : Array.from(committed.entries()).map(([n, c]) => ({ partNumber: n, etag: c.etag, size: c.size })));
  const byNumber: Record<number, StoredPart> = {};
  for (const p of stored) byNumber[p.partNumber] = p;
  const numbers = listed ? listed.map((p) => p.part) : Array.from(committed.keys()).sort((a, b) => a - b);
  if (!numbers.length) throw badRequest('parts: no part was uploaded');
  return numbers.map((n, i) => {
    const s = byNumber[n];
    if (!s) throw badRequest(`parts: part ${n} is not in storage (never uploaded, or lost)`);
    if (listed && listed[i].etag !== s.etag) throw badRequest(`parts: part ${n}: the ETag sent does not match the part storage holds`);
    const c = committed.get(n);
    if (c && c.etag !== s.etag) throw badRequest(`part ${n}: the stored part is not the one /multipart/commit assembled`);
    if (i < numbers.length - 1 && s.size >= 0 && s.size < MIN_PART) throw badRequest(`part ${n}: only the last part may be smaller than 5 MiB (S3's rule), it holds ${s.size} bytes`);
    return s;
  });
}

export async function completeUpload(ctx: Ctx, u: UploadRef, listed: Listed, tags: unknown): Promise<FileJson> {
  let chosen: StoredPart[];
  try {
    chosen = await chooseParts(ctx, u, listed);
  } catch (e) {
    // another instance finished it between our look for the file and for its marker: answer the file
    const done = e instanceof HttpError && e.message.indexOf('upload_id: unknown upload') === 0 ? await completedFile(ctx, u) : null;
    if (done) return answer(ctx, u, done.size, tags);
    throw e;
  }
  const st = storageAt(ctx, u.location, 'upload_id');
  const sizesKnown = chosen.every((p) => p.size >= 0);
  const total = chosen.reduce((t, p) => t + p.size, 0);
  if (sizesKnown && total !== u.size) throw badRequest(`size: the parts hold ${total} bytes, but start declared ${u.size}`);
  try {
    await st.complete(u.bucket, u.key, u.uploadId, chosen);
  } catch (e) {
    if (!noSuchUpload(e)) throw e;
    // another instance completed it meanwhile (or it was aborted)
    const done = await completedFile(ctx, u);
    if (!done) throw unknownUpload();
    return answer(ctx, u, done.size, tags);
  }
  const head = await completedFile(ctx, u);
  if (!head) throw new Error('the completed object is not in storage');
  if (!sizesKnown && head.size !== u.size) {
    await st.delete(u.bucket, u.key);
    throw badRequest(`size: the parts hold ${head.size} bytes, but start declared ${u.size}`);
  }
  const out = await answer(ctx, u, head.size, tags);
  const markers = await st.listObjects(u.bucket, FII_PREFIX + u.uploadId + '/');
  await Promise.all(markers.filter((o) => /\/done$/.test(o.key)).map((o) => st.delete(u.bucket, o.key)));
  await forgetStart(st, u.bucket, u.nonce);
  return out;
}

/** Runs a completion while keeping its marker fresh; the marker goes when it ends, whatever the outcome. */
async function runCompletion(ctx: Ctx, u: UploadRef, listed: Listed, tags: unknown): Promise<FileJson> {
  const st = storageAt(ctx, u.location, 'upload_id');
  const mark = () => st.putObject(u.bucket, completingKey(u), Buffer.alloc(0), 0, 'application/octet-stream', {}, false);
  await mark();
  const timer = setInterval(() => {
    mark().catch(() => undefined);
  }, MARKER_REFRESH_MS);
  try {
    return await completeUpload(ctx, u, listed, tags);
  } finally {
    clearInterval(timer);
    await st.delete(u.bucket, completingKey(u)).catch(() => undefined);
  }
}

export async function complete(ctx: Ctx, f: Fields): Promise<Answer> {
  const u = findUpload(ctx, f);
  const done = await completedFile(ctx, u);
  if (done) return { status: 200, body: await answer(ctx, u, done.size, f.upload_tags) };
  const marker = await storageAt(ctx, u.location, 'upload_id').head(u.bucket, completingKey(u));
  if (marker && marker.lastModified && Date.now() - marker.lastModified.getTime() < COMPLETING_FRESH_MS) return { status: 202, body: { status: 'Pending' } };
  const size = optInt(f, 'size', 1, ctx.cfg.maxFileBytes);
  if (size !== undefined && size !== u.size) throw badRequest(`size: ${size} is not the file size given at start (${u.size})`);
  const filename = optString(f, 'filename', 1024);
  if (filename !== undefined) checkFilename('filename', filename);
  const mimetype = optString(f, 'mimetype', 255);
  if (mimetype !== undefined) checkMimetype('mimetype', mimetype);
  const completion = runCompletion(ctx, u, readParts(f.parts), f.upload_tags);
  let timer: NodeJS.Timeout | undefined;
  const pending = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ctx.cfg.completeWaitMs)));
  try {
    const r = await Promise.race([completion, pending]);
    if (r === null) {
      completion.catch(() => undefined);
      return { status: 202, body: { status: 'Pending' } };
    }
    return { status: 200, body: r };
  } finally {
    clearTimeout(timer);
  }
}
