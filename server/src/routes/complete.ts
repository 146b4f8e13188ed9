/** Completion of a multipart upload: every part is checked against what storage holds before S3 assembles them. */
import type { Ctx } from '../context';
import { badRequest } from '../http/errors';
import type { StoredPart } from '../storage/Storage';
import type { FileJson, UploadState } from '../uploads';

const MIN_PART = 5 * 1024 * 1024;

export function fileUrl(ctx: Ctx, handle: string): string {
  return ctx.base() + '/api/file/' + handle;
}

export async function completeUpload(ctx: Ctx, u: UploadState, listed: { part: number; etag: string }[] | undefined, handle: string, tags: unknown): Promise<FileJson> {
  const listedByStorage = await ctx.storage.listParts(u.bucket, u.key, u.uploadId);
  // A storage that cannot list parts: trust the ETags (checked against the declared md5s below), sizes unknown (-1).
  const stored: StoredPart[] =
    listedByStorage ||
    (listed
      ? listed.map((p) => ({ partNumber: p.part, etag: p.etag, size: -1 }))
      : Array.from(u.committed.entries()).map(([n, c]) => ({ partNumber: n, etag: c.etag, size: c.size })));
  const byNumber: Record<number, StoredPart> = {};
  for (const p of stored) byNumber[p.partNumber] = p;
  let numbers: number[];
  if (listed) {
    numbers = listed.map((p) => p.part);
  } else if (u.fii) {
    if (u.chunks.size) throw badRequest(`parts: part ${Array.from(u.chunks.keys())[0]} has chunks that were never committed`);
    numbers = Array.from(u.committed.keys()).sort((a, b) => a - b);
  } else {
    throw badRequest('parts: required (the part numbers and ETags storage returned)');
  }
  if (!numbers.length) throw badRequest('parts: no part was uploaded');
  const chosen: StoredPart[] = [];
  let total = 0;
  numbers.forEach((n, i) => {
    const s = byNumber[n];
    if (!s) throw badRequest(`parts: part ${n} is not in storage (never uploaded, or lost)`);
    if (listed && listed[i].etag !== s.etag) throw badRequest(`parts: part ${n}: the ETag sent does not match the part storage holds`);
    const declared = u.declared.get(n);
    if (declared && declared.md5 && declared.md5 !== s.etag) throw badRequest(`part ${n}: the stored bytes do not match the md5 declared at /multipart/upload (corrupted part)`);
    if (declared && s.size >= 0 && declared.size !== s.size) throw badRequest(`part ${n}: storage holds ${s.size} bytes, ${declared.size} were declared at /multipart/upload`);
    const committed = u.committed.get(n);
    if (committed && committed.etag !== s.etag) throw badRequest(`part ${n}: the stored part is not the one /multipart/commit assembled`);
    if (i < numbers.length - 1 && s.size >= 0 && s.size < MIN_PART) throw badRequest(`part ${n}: only the last part may be smaller than 5 MiB (S3's rule), it holds ${s.size} bytes`);
    total += s.size;
    chosen.push(s);
  });
  const sizesKnown = chosen.every((p) => p.size >= 0);
  if (sizesKnown && total !== u.size) throw badRequest(`size: the parts hold ${total} bytes, but start declared ${u.size}`);
  await ctx.storage.complete(u.bucket, u.key, u.uploadId, chosen);
  const head = await ctx.storage.head(u.bucket, u.key);
  if (!head) throw new Error('the completed object is not in storage');
  if (!sizesKnown && head.size !== u.size) {
    await ctx.storage.delete(u.bucket, u.key);
    throw badRequest(`size: the parts hold ${head.size} bytes, but start declared ${u.size}`);
  }
  await ctx.handles.put({
    handle,
    apikey: u.apikey,
    location: u.location,
    bucket: u.bucket,
    key: u.key,
    filename: u.filename,
    mimetype: u.mimetype,
    size: head.size,
    uploaded: Date.now(),
    access: u.access,
    path: u.path,
  });
  const out: FileJson = {
    handle,
    url: fileUrl(ctx, handle),
    filename: u.filename,
    size: head.size,
    mimetype: u.mimetype,
    type: u.mimetype,
    key: u.key,
    container: u.bucket,
    status: 'Stored',
  };
  if (u.path !== undefined) out.path = u.key;
  if (tags !== undefined && tags !== '') out.upload_tags = tags;
  return out;
}
