/** The file API the v2 library calls: content, metadata, write, remove; and the store API. */
import { IncomingMessage, ServerResponse } from 'http';
import { createReadStream } from 'fs';
import { Transform, TransformCallback } from 'stream';
import { pipeline } from 'stream/promises';
import { Ctx, storageAt } from '../context';
import { Fields, queryFields } from '../http/body';
import { HttpError, badRequest, notFound } from '../http/errors';
import { discard, ingest, IngestOptions, Spooled } from '../http/ingest';
import { sendJson } from '../http/respond';
import { Call, checkSecurity, findApp } from '../security/policy';
import type { FileRecord } from '../handles';
import { objectKey, readStore } from '../storeOptions';
import { checkFilename, checkMimetype, decodePathSegment, optBool, optString } from '../validate';
import { newHandle } from '../ids';
import { fileUrl } from './complete';
import { fileMd5, forgetFileMd5 } from './fileMd5';
import { throttle, Fault } from '../faults';
import { setContentSafety } from '../http/contentSafety';
import { assertOwnKey, ownerMeta } from '../security/ownership';
import type { AppConfig } from '../config';

async function record(ctx: Ctx, handle: string): Promise<FileRecord> {
  const r = await ctx.handles.get(handle);
  if (!r) throw notFound('handle: file not found');
  return r;
}

function guard(ctx: Ctx, r: FileRecord, fields: Fields, calls: Call[], size?: number): void {
  const app = ctx.cfg.apps.filter((a) => a.apikey === r.apikey)[0] || ctx.cfg.apps[0];
  checkSecurity(app, fields, { calls, handle: r.handle, key: r.key, container: r.bucket, size });
}

/** Streaming base64 (for `?base64encode=true`, what v2 `read` asks). */
class Base64Encode extends Transform {
  private rest = Buffer.alloc(0);
  _transform(chunk: Buffer, _e: BufferEncoding, cb: TransformCallback): void {
    const all = Buffer.concat([this.rest, chunk]);
    const whole = all.length - (all.length % 3);
    this.rest = all.subarray(whole);
    cb(null, all.subarray(0, whole).toString('base64'));
  }
  _flush(cb: TransformCallback): void {
    cb(null, this.rest.length ? this.rest.toString('base64') : undefined);
  }
}

export async function getContent(ctx: Ctx, req: IncomingMessage, res: ServerResponse, url: URL, handle: string, fault: Fault | null): Promise<void> {
  const r = await record(ctx, handle);
  const q = queryFields(url);
  guard(ctx, r, q, ['read']);
  const b64 = optBool(q, 'base64encode');
  const rangeHeader = req.headers.range;
  const range = !b64 && typeof rangeHeader === 'string' && /^bytes=(\d+-\d*|-\d+)$/.test(rangeHeader.trim()) ? rangeHeader.trim() : undefined;
  if (range) {
    const m = /^bytes=(\d*)-(\d*)$/.exec(range) as RegExpExecArray;
    if (m[1] && Number(m[1]) >= r.size) {
      res.setHeader('Content-Range', `bytes */${r.size}`);
      throw new HttpError(416, 'Range: starts beyond the end of the file');
    }
  }
  const obj = await storageAt(ctx, r.location, 'handle').read(r.bucket, r.key, range);
  if (!obj) throw notFound('handle: the file is gone from storage');
  res.setHeader('Accept-Ranges', 'bytes');
  setContentSafety(res, r.mimetype, r.filename, optBool(q, 'dl'));
  res.setHeader('Cache-Control', 'private, max-age=0');
  if (b64) {
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('Content-Length', String(Math.ceil(r.size / 3) * 4));
  } else {
    res.statusCode = range ? 206 : 200;
    // a record of an earlier version may hold a type that is no valid header value
    res.setHeader('Content-Type', /^[\x20-\x7e]+$/.test(r.mimetype) ? r.mimetype : 'application/octet-stream');
    if (obj.length !== undefined) res.setHeader('Content-Length', String(obj.length));
    if (range && obj.contentRange) res.setHeader('Content-Range', obj.contentRange);
    if (obj.etag) res.setHeader('ETag', obj.etag);
  }
  const body = obj.body;
  if (req.method === 'HEAD') {
    body.destroy();
    res.end();
    return;
  }
  const stages: NodeJS.ReadWriteStream[] = [];
  if (b64) stages.push(new Base64Encode());
  if (fault && fault.kind === 'slow') stages.push(throttle(fault.bytesPerSecond));
  await (pipeline as (...a: unknown[]) => Promise<void>)(body, ...stages, res).catch(() => res.destroy());
}

export async function getMetadata(ctx: Ctx, res: ServerResponse, url: URL, handle: string): Promise<void> {
  const r = await record(ctx, handle);
  const q = queryFields(url);
  guard(ctx, r, q, ['stat']);
  const st = storageAt(ctx, r.location, 'handle');
  const head = await st.head(r.bucket, r.key);
  if (!head) throw notFound('handle: the file is gone from storage');
  const out: Record<string, unknown> = {
    handle: r.handle,
    filename: r.filename,
    mimetype: r.mimetype,
    size: head.size,
    uploaded: r.uploaded,
    created: r.created !== undefined ? r.created : r.uploaded,
    modified: head.lastModified ? head.lastModified.getTime() : r.uploaded,
    container: r.bucket,
    key: r.key,
    path: r.key,
    location: r.location,
    access: r.access,
    writeable: true,
    md5: await fileMd5(st, ctx.secret, r.bucket, r.key, head.etag),
  };
  if ((optBool(q, 'width') || optBool(q, 'height')) && /^image\//.test(r.mimetype) && head.size <= 64 * 1024 * 1024) {
    try {
      const sharp = (await import('sharp')).default;
      const m = await sharp(await st.getBuffer(r.key, r.bucket)).metadata();
      out.width = m.width;
      out.height = m.height;
    } catch {
      /* not an image sharp can read: no dimensions */
    }
  }
  sendJson(res, 200, out);
}

function fpFile(ctx: Ctx, r: FileRecord): Record<string, unknown> {
  return { url: fileUrl(ctx, r.handle), filename: r.filename, type: r.mimetype, mimetype: r.mimetype, size: r.size, key: r.key, container: r.bucket, path: r.key, writeable: true };
}

async function putSpooled(ctx: Ctx, s: Spooled, r: Pick<FileRecord, 'location' | 'bucket' | 'key' | 'filename' | 'access' | 'apikey'>, mimetype: string): Promise<void> {
  const { bucket, key, filename, access } = r;
  const etag = await storageAt(ctx, r.location, 'location').putObject(
    bucket,
    key,
    createReadStream(s.file),
    s.size,
    mimetype,
    { 'fp-filename': encodeURIComponent(filename), 'fp-access': access, ...ownerMeta(r.apikey) },
    access === 'public' && ctx.cfg.s3PublicAcl,
  );
  if (etag && /^[0-9a-f]{32}$/.test(etag) && etag !== s.md5) throw new Error('storage stored other bytes than were sent');
}

function ingestOptions(ctx: Ctx, q: Fields, fault: Fault | null, authorize: IngestOptions['authorize']): IngestOptions {
  const fetch = { allowHosts: ctx.cfg.fetchAllowHosts, lookup: ctx.cfg.fetchLookup };
  return { tmpDir: ctx.tmpDir, limit: ctx.cfg.maxStoreBytes, base64decode: optBool(q, 'base64decode'), bytesPerSecond: fault && fault.kind === 'slow' ? fault.bytesPerSecond : undefined, fetch, authorize };
}

export async function write(ctx: Ctx, req: IncomingMessage, res: ServerResponse, url: URL, handle: string, fault: Fault | null): Promise<void> {
  const r = await record(ctx, handle);
  const q = queryFields(url);
  // authorised before a byte is read or a URL fetched; the size is checked again once known
  const s = await ingest(req, ingestOptions(ctx, q, fault, (fields, kind) => guard(ctx, r, { ...q, ...fields }, [kind === 'url' ? 'writeUrl' : 'write'])));
  try {
    guard(ctx, r, { ...q, ...s.fields }, [s.sourceUrl ? 'writeUrl' : 'write'], s.size);
    const mt = optString(q, 'mimetype', 255) || (s.sourceUrl ? s.mimetype : undefined) || r.mimetype;
    const mimetype = checkMimetype('mimetype', mt);
    await putSpooled(ctx, s, r, mimetype);
    const next: FileRecord = { ...r, mimetype, size: s.size, md5: s.md5, uploaded: Date.now(), created: r.created !== undefined ? r.created : r.uploaded };
    await ctx.handles.put(next);
    if (await ctx.handles.wasRemoved(r.handle)) {
      // the file was removed while this write was in flight: the removal wins, whatever this write put goes
      await storageAt(ctx, r.location, 'handle').delete(r.bucket, r.key);
      await ctx.handles.remove(r.handle);
      throw notFound('handle: the file was removed while it was being written');
    }
    sendJson(res, 200, fpFile(ctx, next));
  } finally {
    await discard(s);
  }
}

export async function remove(ctx: Ctx, res: ServerResponse, url: URL, handle: string, body: Fields): Promise<void> {
  const r = await record(ctx, handle);
  const f = { ...queryFields(url), ...body };
  if (f.key !== undefined || f.apikey !== undefined) findApp(ctx.cfg.apps, f.key !== undefined ? f.key : f.apikey);
  guard(ctx, r, f, ['remove']);
  const st = storageAt(ctx, r.location, 'handle');
  await st.delete(r.bucket, r.key);
  await ctx.handles.remove(r.handle);
  await forgetFileMd5(st, r.bucket, r.key);
  sendJson(res, 200, { status: 'removed', handle: r.handle });
}

/** The store call's security check: before the body (no size, and the key only when `path` names it whole), then after. */
function storeGuard(app: AppConfig, q: Fields, container: string, path: string | undefined): IngestOptions['authorize'] {
  const key = path && path.charAt(path.length - 1) !== '/' ? path.replace(/^\/+/, '') : undefined;
  return (fields) => checkSecurity(app, { ...q, ...fields }, { calls: ['store'], key, container });
}

export async function store(ctx: Ctx, req: IncomingMessage, res: ServerResponse, url: URL, location: string, fault: Fault | null): Promise<void> {
  const q = queryFields(url);
  const app = findApp(ctx.cfg.apps, q.key !== undefined ? q.key : q.apikey);
  const storeOpts = readStore({ ...q, location: decodePathSegment('location', location) }, ctx.cfg, '');
  const s = await ingest(req, ingestOptions(ctx, q, fault, storeGuard(app, q, storeOpts.bucket, storeOpts.path)));
  try {
    const fields = { ...q, ...s.fields };
    if (s.size === 0) throw badRequest('body: the file is empty');
    const filename = checkFilename('filename', optString(q, 'filename', 1024) || s.filename || 'file');
    const mimetype = checkMimetype('mimetype', optString(q, 'mimetype', 255) || s.mimetype || 'application/octet-stream');
    const key = objectKey(storeOpts.path, filename);
    checkSecurity(app, fields, { calls: ['store'], key, container: storeOpts.bucket, size: s.size });
    const st = storageAt(ctx, storeOpts.location, 'location');
    if (!(await st.ensureBucket(storeOpts.bucket, ctx.cfg.createBuckets))) throw badRequest(`container: bucket "${storeOpts.bucket}" does not exist on this storage`);
    await assertOwnKey(st, app.apikey, storeOpts.bucket, key, 'path');
    const r: FileRecord = {
      handle: newHandle(),
      apikey: app.apikey,
      location: storeOpts.location,
      bucket: storeOpts.bucket,
      key,
      filename,
      mimetype,
      size: s.size,
      uploaded: Date.now(),
      access: storeOpts.access,
      md5: s.md5,
      path: storeOpts.path,
    };
    await putSpooled(ctx, s, r, mimetype);
    await ctx.handles.put(r);
    sendJson(res, 200, fpFile(ctx, r));
  } finally {
    await discard(s);
  }
}
