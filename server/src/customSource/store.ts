/**
 * `POST /api/customsource/store`: copies a file of a custom source bucket into the app's store location and answers
 * the stored file as the upload API's `complete` does. Into `s3` it is a server-side copy (CopyObject, never through
 * this process); into another location the bytes are streamed from the source through this process to that
 * location's storage.
 */
import type { Readable } from 'stream';
import { assertOwnKey, ownerMeta } from '../security/ownership';
import { Ctx, storageAt } from '../context';
import type { ObjectHead } from '../storage/adapter';
import type { StoreParams } from '../storeOptions';
import type { Fields } from '../http/body';
import { HttpError, badRequest, notFound } from '../http/errors';
import { checkSecurity, findApp } from '../security/policy';
import { objectKey, readStore } from '../storeOptions';
import { checkFilename, checkMimetype, optString } from '../validate';
import { newHandle } from '../ids';
import { fileUrl } from '../routes/complete';
import type { FileJson } from '../uploads';
import { filePath, findSource, lastSegment } from './paths';

/** S3's limit of one CopyObject. */
export const MAX_COPY_BYTES = 5 * 1024 * 1024 * 1024;

/** Puts the source object at `key` of the store location; resolves with what that storage then holds there. */
async function copyInto(ctx: Ctx, store: StoreParams, key: string, from: { bucket: string; key: string; size: number }, mimetype: string, metadata: Record<string, string>): Promise<ObjectHead | null> {
  const publicAcl = store.access === 'public' && ctx.cfg.s3PublicAcl;
  if (store.location === 's3') {
    // a server-side copy within the s3 location's storage, where custom sources live
    await ctx.storage.copy({ bucket: from.bucket, key: from.key }, store.bucket, key, mimetype, metadata, publicAcl);
    return ctx.storage.head(store.bucket, key);
  }
  const st = storageAt(ctx, store.location, 'store.location');
  const body = (await ctx.storage.get(from.bucket, from.key)).Body as Readable;
  await st.putObject(store.bucket, key, body, from.size, mimetype, metadata, publicAcl);
  return st.head(store.bucket, key);
}

export async function storeFromSource(ctx: Ctx, f: Fields): Promise<FileJson> {
  const app = findApp(ctx.cfg.apps, f.key !== undefined ? f.key : f.apikey);
  const store = readStore(f, ctx.cfg, 'store.');
  const source = findSource(ctx.cfg.customSources, app.apikey, optString(f, 'container', 63));
  const from = filePath(source, optString(f, 'path', 1024));
  const filename = checkFilename('store.filename', store.filename || lastSegment(from));
  const key = objectKey(store.path, filename);
  const need = { calls: ['pick' as const], key, container: store.bucket };
  // signature, call, path and container first: nothing about the source is revealed without them
  checkSecurity(app, f, need);
  const head = await ctx.storage.head(source.bucket, from);
  if (!head) throw notFound(`path: no file "${from}" in bucket "${source.bucket}"`);
  checkSecurity(app, f, { ...need, size: head.size });
  if (head.size === 0) throw badRequest('path: the file is empty');
  if (head.size > MAX_COPY_BYTES) throw new HttpError(413, `path: the file is ${head.size} bytes; copies above 5 GiB (S3's CopyObject limit) are not supported`);
  const mimetype = checkMimetype('mimetype', head.contentType || 'application/octet-stream');
  const st = storageAt(ctx, store.location, 'store.location');
  if (!(await st.ensureBucket(store.bucket, ctx.cfg.createBuckets))) throw badRequest(`store.container: bucket "${store.bucket}" does not exist on this storage`);
  await assertOwnKey(st, app.apikey, store.bucket, key, 'store.path');
  const metadata = { 'fp-filename': encodeURIComponent(filename), 'fp-access': store.access, ...ownerMeta(app.apikey) };
  const copied = await copyInto(ctx, store, key, { bucket: source.bucket, key: from, size: head.size }, mimetype, metadata);
  if (!copied || copied.size !== head.size) throw new Error('storage copied other bytes than the source holds');
  const handle = newHandle();
  await ctx.handles.put({
    handle,
    apikey: app.apikey,
    location: store.location,
    bucket: store.bucket,
    key,
    filename,
    mimetype,
    size: copied.size,
    uploaded: Date.now(),
    access: store.access,
    md5: /^[0-9a-f]{32}$/.test(copied.etag) ? copied.etag : undefined,
    path: store.path,
  });
  const out: FileJson = { handle, url: fileUrl(ctx, handle), filename, size: copied.size, mimetype, type: mimetype, key, container: store.bucket, status: 'Stored' };
  if (store.path !== undefined) out.path = key;
  return out;
}
