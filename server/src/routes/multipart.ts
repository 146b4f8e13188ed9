/** The upload API: /multipart/start, /upload, /commit and our /abort (complete: ./complete.ts). */
import { Readable } from 'stream';
import { randomBytes } from 'crypto';
import { Ctx, locationUrl, storageAt } from '../context';
import type { StorageAdapter } from '../storage/adapter';
import type { Fields } from '../http/body';
import { HttpError, badRequest } from '../http/errors';
import { checkSecurity, findApp } from '../security/policy';
import { assertOwnKey, ownerMeta } from '../security/ownership';
import { objectKey, readStore } from '../storeOptions';
import { checkFilename, checkMimetype, md5Hex, optBool, optInt, optString, reqInt, reqString } from '../validate';
import { FII_PREFIX, UploadRef, issueUploadId } from '../uploads';
import { COMPLETING_FRESH_MS, completedFile } from './complete';
import { completingKey, stagedChunks } from './staged';
import { Answer, CALLS, findUpload } from './uploadArgs';
import { earlierStart, forgetStart, readStartKey, recordStart } from './startKey';
import { PART_URLS_BATCH, readBatch } from './partBatch';

export { complete } from './complete';
export { readParts } from './uploadArgs';

const MAX_PART = 5 * 1024 * 1024 * 1024;

/**
 * Creates the upload. With `idempotency_key` (see startKey.ts) a start sent again answers the upload the first one
 * created, as long as that upload is open.
 */
export async function start(ctx: Ctx, f: Fields): Promise<Answer> {
  const app = findApp(ctx.cfg.apps, f.apikey);
  const store = readStore(f, ctx.cfg);
  const filename = checkFilename('filename', store.filename || reqString(f, 'filename', 1024));
  const mimetype = checkMimetype('mimetype', optString(f, 'mimetype', 255) || 'application/octet-stream');
  const size = reqInt(f, 'size', 1, ctx.cfg.maxFileBytes);
  const key = objectKey(store.path, filename);
  checkSecurity(app, f, { calls: CALLS, key, container: store.bucket, size });
  const st = storageAt(ctx, store.location, 'store.location');
  const fii = optBool(f, 'fii');
  if (fii && store.location !== 's3') throw badRequest(`fii: intelligent ingestion is served for location s3 only, not for "${store.location}" (upload in parts without fii)`);
  if (!(await st.ensureBucket(store.bucket, ctx.cfg.createBuckets))) {
    throw badRequest(`store.container: bucket "${store.bucket}" does not exist on this storage`);
  }
  await assertOwnKey(st, app.apikey, store.bucket, key, 'store.path');
  const startKey = readStartKey(ctx, f, app.apikey, [filename, mimetype, size, store.bucket, store.region, store.location, store.access, store.path, fii]);
  const earlier = startKey && (await earlierStart(st, store.bucket, startKey));
  if (earlier) return { status: 200, body: { ...earlier, location_url: locationUrl(ctx) } };
  const nonce = startKey ? startKey.nonce : randomBytes(9).toString('base64url');
  const metadata = { 'fp-filename': encodeURIComponent(filename), 'fp-access': store.access, 'fp-upload': nonce, ...ownerMeta(app.apikey) };
  const storageId = await st.createMultipart(store.bucket, key, mimetype, metadata);
  const u: UploadRef = {
    uploadId: storageId,
    apikey: app.apikey,
    bucket: store.bucket,
    key,
    uri: '/' + store.bucket + '/' + key,
    region: store.region,
    location: store.location,
    filename,
    mimetype,
    size,
    access: store.access,
    path: store.path,
    fii,
    created: Date.now(),
    nonce,
  };
  const body: Record<string, unknown> = { uri: u.uri, region: u.region, upload_id: issueUploadId(ctx.secret, u), location_url: locationUrl(ctx), location_region: u.region };
  if (!fii) body.part_urls_batch = PART_URLS_BATCH;
  if (fii) body.upload_type = 'intelligent_ingestion';
  if (!startKey) return { status: 200, body };
  const answer = await recordStart(st, store.bucket, startKey, body, () => st.abort(u.bucket, u.key, u.uploadId));
  return { status: 200, body: { ...answer, location_url: locationUrl(ctx) } };
}

/**
 * Where the client PUTs a part: storage itself; or this server's /s3proxy when faults may hit parts; or, with
 * `sameOriginStorage`, the storage mounted at /s3/ on this origin.
 */
function partUrl(ctx: Ctx, presigned: string): string {
  const u = new URL(presigned);
  if (ctx.faults.partsActive()) return ctx.base() + '/s3proxy' + u.pathname + u.search;
  if (ctx.mountedStorage) return ctx.base() + '/s3' + u.pathname + u.search;
  return presigned;
}

/**
 * A presigned URL for one part (or, with intelligent ingestion, one chunk). A declared `md5` becomes a signed
 * `Content-MD5` header: storage refuses other bytes (S3 itself; the built-in storage's gate for s3rver). Our
 * extension `batch` (partBatch.ts) asks for more parts' URLs in the same call.
 */
export async function upload(ctx: Ctx, f: Fields): Promise<Answer> {
  const u = findUpload(ctx, f);
  const part = reqInt(f, 'part', 1, 10000);
  const size = reqInt(f, 'size', 1, MAX_PART);
  const md5b64 = optString(f, 'md5', 64);
  if (md5b64 !== undefined) md5Hex('md5', md5b64);
  const offset = optInt(f, 'offset', 0, MAX_PART);
  if (offset !== undefined && u.fii) {
    if (offset + size > MAX_PART) throw badRequest('offset: the chunk ends beyond the largest part (5 GiB)');
    const chunkUrl = await ctx.storage.presignPut(u.bucket, `${FII_PREFIX}${u.uploadId}/${part}/${offset}`, md5b64);
    return { status: 200, body: { url: partUrl(ctx, chunkUrl), headers: md5b64 ? { 'Content-MD5': md5b64 } : {}, location_url: locationUrl(ctx) } };
  }
  if (offset !== undefined && offset !== 0) throw badRequest('offset: only for intelligent ingestion uploads (start with fii=true)');
  const batch = readBatch(f, part, MAX_PART);
  if (batch.length && u.fii) throw badRequest('batch: only for uploads in parts (not intelligent ingestion)');
  const st = storageAt(ctx, u.location, 'upload_id');
  const one = async (n: number, md5?: string) => {
    const target = await st.partTarget(u.bucket, u.key, u.uploadId, n, md5);
    // only parts PUT to this server's own storage may go through this server (faults) or its same-origin mount
    return { url: u.location === 's3' || target.staged ? partUrl(ctx, target.url) : target.url, headers: target.headers };
  };
  const [first, ...more] = await Promise.all([one(part, md5b64), ...batch.map((b) => one(b.part, b.md5))]);
  const body: Record<string, unknown> = { ...first, location_url: locationUrl(ctx) };
  if (batch.length) body.batch = more.map((t, i) => ({ part: batch[i].part, ...t }));
  return { status: 200, body };
}

/**
 * Intelligent ingestion: assembles the chunks of one part, as storage holds them (contiguous from offset 0), into
 * that part, then leaves a marker `.fp-fii/<id>/<part>/done` with the part's ETag and size and deletes the chunks.
 */
export async function commit(ctx: Ctx, f: Fields): Promise<Answer> {
  const u = findUpload(ctx, f);
  if (!u.fii) throw badRequest('upload_id: commit is only for intelligent ingestion uploads (start with fii=true)');
  const part = reqInt(f, 'part', 1, 10000);
  const size = optInt(f, 'size', 1, ctx.cfg.maxFileBytes);
  if (size !== undefined && size !== u.size) throw badRequest(`size: ${size} is not the file size given at start (${u.size})`);
  const staged = await stagedChunks(ctx, u);
  const list = staged.chunks.filter((c) => c.part === part);
  if (!list.length) throw badRequest(`part: part ${part} has no chunks`);
  let expect = 0;
  for (const c of list) {
    if (c.offset !== expect) throw badRequest(`part: part ${part} is missing bytes at offset ${expect}`);
    expect += c.size;
  }
  const storage = ctx.storage;
  const body = Readable.from(
    (async function* () {
      for (const c of list) {
        const r = await storage.get(u.bucket, c.key);
        for await (const b of r.Body as Readable) yield b as Buffer;
      }
    })(),
  );
  const etag = await storage.uploadPart(u.bucket, u.key, u.uploadId, part, body, expect);
  const marker = Buffer.from(JSON.stringify({ etag, size: expect }));
  await storage.putObject(u.bucket, `${FII_PREFIX}${u.uploadId}/${part}/done`, marker, marker.length, 'application/json', {}, false);
  await Promise.all(list.map((c) => storage.delete(u.bucket, c.key)));
  return { status: 200, body: {} };
}

/** A completion of this upload is running on some instance (its marker is fresh). */
async function completing(ctx: Ctx, u: UploadRef): Promise<boolean> {
  const marker = await storageAt(ctx, u.location, 'upload_id').head(u.bucket, completingKey(u));
  return !!marker && !!marker.lastModified && Date.now() - marker.lastModified.getTime() < COMPLETING_FRESH_MS;
}

/**
 * Our extension: aborts the upload in storage. 200 only once storage holds nothing of it (a failure answers 500 and
 * changes nothing a retry relies on: the retry does the whole abort again); 409 while it is completing or once it is
 * complete (also when a completion won the race with this abort).
 */
export async function abort(ctx: Ctx, f: Fields): Promise<Answer> {
  const u = findUpload(ctx, f);
  if (await completedFile(ctx, u)) throw new HttpError(409, 'upload_id: the upload is already complete');
  if (await completing(ctx, u)) throw new HttpError(409, 'upload_id: the upload is completing; poll /multipart/complete');
  // the start record first: once storage no longer holds the upload, nothing of it is left
  const st = storageAt(ctx, u.location, 'upload_id');
  await forgetStart(st, u.bucket, u.nonce);
  await abortUpload(st, u.bucket, u.key, u.uploadId);
  if (await completedFile(ctx, u)) throw new HttpError(409, 'upload_id: the upload is already complete');
  return { status: 200, body: { status: 'Aborted' } };
}

/** Aborts in storage and deletes the upload's staged objects; a second abort finds nothing and succeeds. */
export async function abortUpload(st: StorageAdapter, bucket: string, key: string, uploadId: string): Promise<void> {
  await st.abort(bucket, key, uploadId);
  const staged = await st.listObjects(bucket, FII_PREFIX + uploadId + '/');
  await Promise.all(staged.map((o) => st.delete(bucket, o.key)));
}
