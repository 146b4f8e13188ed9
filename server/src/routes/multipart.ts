/** The upload API: /multipart/start, /upload, /commit, /complete and our /abort (spec upload-protocol.md). */
import { Readable } from 'stream';
import type { Ctx } from '../context';
import type { Fields } from '../http/body';
import { HttpError, badRequest, forbidden } from '../http/errors';
import { checkSecurity, findApp } from '../security/policy';
import { objectKey, readStore } from '../storeOptions';
import { checkFilename, checkMimetype, md5Hex, optBool, optInt, optString, reqInt, reqString } from '../validate';
import { FII_PREFIX, FileJson, UploadState } from '../uploads';
import { newHandle } from '../ids';
import { completeUpload } from './complete';

const MAX_PART = 5 * 1024 * 1024 * 1024;
const UPLOAD_ID_RE = /^(?!.*\.\.)[A-Za-z0-9._~+=-]{1,1024}$/;
const CALLS: ('pick' | 'store')[] = ['pick', 'store'];

export type Answer = { status: number; body: unknown };

export async function start(ctx: Ctx, f: Fields): Promise<Answer> {
  const app = findApp(ctx.cfg.apps, f.apikey);
  const store = readStore(f, ctx.cfg);
  const filename = checkFilename('filename', store.filename || reqString(f, 'filename', 1024));
  const mimetype = checkMimetype('mimetype', optString(f, 'mimetype', 255) || 'application/octet-stream');
  const size = reqInt(f, 'size', 1, ctx.cfg.maxFileBytes);
  const key = objectKey(store.path, filename);
  checkSecurity(app, f, { calls: CALLS, key, container: store.bucket, size });
  if (!(await ctx.storage.ensureBucket(store.bucket, ctx.cfg.createBuckets))) {
    throw badRequest(`store.container: bucket "${store.bucket}" does not exist on this storage`);
  }
  const fii = optBool(f, 'fii');
  const metadata = { 'fp-filename': encodeURIComponent(filename), 'fp-access': store.access };
  const uploadId = await ctx.storage.createMultipart(store.bucket, key, mimetype, metadata);
  const u: UploadState = {
    uploadId,
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
    declared: new Map(),
    chunks: new Map(),
    committed: new Map(),
    closed: false,
  };
  ctx.uploads.add(u);
  const body: Record<string, unknown> = { uri: u.uri, region: u.region, upload_id: uploadId, location_url: ctx.base(), location_region: u.region };
  if (fii) body.upload_type = 'intelligent_ingestion';
  return { status: 200, body };
}

/** The open upload named by `upload_id` and `uri`, after the apikey and policy checks. */
function findUpload(ctx: Ctx, f: Fields, size?: number): UploadState {
  const app = findApp(ctx.cfg.apps, f.apikey);
  const id = reqString(f, 'upload_id', 1024);
  if (!UPLOAD_ID_RE.test(id)) throw badRequest('upload_id: malformed');
  const u = ctx.uploads.get(id);
  if (!u) throw badRequest('upload_id: unknown upload (never started, aborted, completed or expired)');
  if (u.apikey !== app.apikey) throw forbidden('apikey: this upload belongs to another app');
  const uri = reqString(f, 'uri', 2048);
  if (uri !== u.uri) throw badRequest('uri: does not belong to this upload_id');
  checkSecurity(app, f, { calls: CALLS, key: u.key, container: u.bucket, size: size === undefined ? u.size : size });
  return u;
}

/**
 * Where the client PUTs a part: storage itself; or this server's /s3proxy when faults may hit parts; or, with
 * `sameOriginStorage`, the embedded storage mounted at /s3/ on this origin.
 */
function partUrl(ctx: Ctx, presigned: string): string {
  const u = new URL(presigned);
  if (ctx.faults.partsActive()) return ctx.base() + '/s3proxy' + u.pathname + u.search;
  if (ctx.mountedStorage) return ctx.base() + '/s3' + u.pathname + u.search;
  return presigned;
}

export async function upload(ctx: Ctx, f: Fields): Promise<Answer> {
  const u = findUpload(ctx, f);
  if (u.closed) throw badRequest('upload_id: the upload is completing or aborted');
  const part = reqInt(f, 'part', 1, 10000);
  const size = reqInt(f, 'size', 1, MAX_PART);
  const md5b64 = optString(f, 'md5', 64);
  const md5 = md5b64 === undefined ? undefined : md5Hex('md5', md5b64);
  const offset = optInt(f, 'offset', 0, MAX_PART);
  const headers: Record<string, string> = {};
  if (md5b64) headers['Content-MD5'] = md5b64;
  let url: string;
  if (offset !== undefined && u.fii) {
    if (offset + size > MAX_PART) throw badRequest('offset: the chunk ends beyond the largest part (5 GiB)');
    const key = `${FII_PREFIX}${u.uploadId}/${part}/${offset}`;
    let chunks = u.chunks.get(part);
    if (!chunks) u.chunks.set(part, (chunks = new Map()));
    chunks.set(offset, { offset, size, md5, key });
    u.committed.delete(part);
    url = await ctx.storage.presignPut(u.bucket, key, md5b64);
  } else {
    if (offset !== undefined && offset !== 0) throw badRequest('offset: only for intelligent ingestion uploads (start with fii=true)');
    u.declared.set(part, { md5, size });
    url = await ctx.storage.presignPart(u.bucket, u.key, u.uploadId, part, md5b64);
  }
  return { status: 200, body: { url: partUrl(ctx, url), headers, location_url: ctx.base() } };
}

/** Intelligent ingestion: assembles the chunks of one part (streamed from storage) into that part. */
export async function commit(ctx: Ctx, f: Fields): Promise<Answer> {
  const u = findUpload(ctx, f);
  if (u.closed) throw badRequest('upload_id: the upload is completing or aborted');
  if (!u.fii) throw badRequest('upload_id: commit is only for intelligent ingestion uploads (start with fii=true)');
  const part = reqInt(f, 'part', 1, 10000);
  const size = optInt(f, 'size', 1, ctx.cfg.maxFileBytes);
  if (size !== undefined && size !== u.size) throw badRequest(`size: ${size} is not the file size given at start (${u.size})`);
  const chunks = u.chunks.get(part);
  if (!chunks || !chunks.size) throw badRequest(`part: part ${part} has no chunks`);
  const list = Array.from(chunks.values()).sort((a, b) => a.offset - b.offset);
  let expect = 0;
  for (const c of list) {
    if (c.offset !== expect) throw badRequest(`part: part ${part} is missing bytes at offset ${expect}`);
    const head = await ctx.storage.head(u.bucket, c.key);
    if (!head) throw badRequest(`part: part ${part}: the chunk at offset ${c.offset} was not uploaded`);
    if (head.size !== c.size) throw badRequest(`part: part ${part}: the chunk at offset ${c.offset} holds ${head.size} bytes, ${c.size} declared`);
    if (c.md5 && head.etag !== c.md5) throw badRequest(`part: part ${part}: the chunk at offset ${c.offset} does not match its md5 (corrupted)`);
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
  u.committed.set(part, { etag, size: expect });
  await Promise.all(list.map((c) => storage.delete(u.bucket, c.key)));
  u.chunks.delete(part);
  return { status: 200, body: {} };
}

export async function complete(ctx: Ctx, f: Fields): Promise<Answer> {
  const id = optString(f, 'upload_id', 1024);
  const done = id ? ctx.uploads.finished.get(id) : undefined;
  if (done && done.kind === 'completed') {
    findApp(ctx.cfg.apps, f.apikey);
    if (done.result.url && f.uri !== undefined && f.uri !== '/' + done.result.container + '/' + done.result.key) throw badRequest('uri: does not belong to this upload_id');
    return { status: 200, body: done.result };
  }
  const u = findUpload(ctx, f);
  if (!u.completion) {
    const size = optInt(f, 'size', 1, ctx.cfg.maxFileBytes);
    if (size !== undefined && size !== u.size) throw badRequest(`size: ${size} is not the file size given at start (${u.size})`);
    const filename = optString(f, 'filename', 1024);
    if (filename !== undefined) checkFilename('filename', filename);
    const mimetype = optString(f, 'mimetype', 255);
    if (mimetype !== undefined) checkMimetype('mimetype', mimetype);
    const parts = readParts(f.parts);
    const tags = f.upload_tags;
    u.closed = true;
    u.completion = completeUpload(ctx, u, parts, newHandle(), tags).then(
      (result: FileJson) => {
        ctx.uploads.finish(u.uploadId, { kind: 'completed', result, at: Date.now() });
        return result;
      },
      (e: unknown) => {
        // A refused completion leaves the upload open: the client may send the part again, or abort.
        u.completion = undefined;
        u.closed = false;
        throw e;
      },
    );
  }
  const completion = u.completion;
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

/** `parts`: 0.5.x `"1:etag;2:etag"`, or 4.x `[{part_number, etag}]`, or absent (intelligent ingestion). */
export function readParts(v: unknown): { part: number; etag: string }[] | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const out: { part: number; etag: string }[] = [];
  const add = (pn: unknown, etag: unknown, i: number) => {
    const n = typeof pn === 'number' ? pn : typeof pn === 'string' && /^\d+$/.test(pn.trim()) ? Number(pn) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 10000) throw badRequest(`parts[${i}]: part number must be 1..10000, got ${JSON.stringify(pn)}`);
    if (typeof etag !== 'string' || !etag || etag.length > 200) throw badRequest(`parts[${i}]: etag must be a non-empty string`);
    out.push({ part: n, etag: etag.replace(/"/g, '').trim() });
  };
  if (typeof v === 'string') {
    const items = v.split(';').filter((s) => s.trim());
    if (items.length > 10000) throw badRequest('parts: at most 10000 parts');
    items.forEach((s, i) => {
      const j = s.indexOf(':');
      if (j < 0) throw badRequest(`parts[${i}]: expected "<part>:<etag>"`);
      add(s.slice(0, j), s.slice(j + 1), i);
    });
  } else if (Array.isArray(v)) {
    if (v.length > 10000) throw badRequest('parts: at most 10000 parts');
    v.forEach((p, i) => {
      if (!p || typeof p !== 'object') throw badRequest(`parts[${i}]: expected {part_number, etag}`);
      const o = p as Record<string, unknown>;
      add(o.part_number !== undefined ? o.part_number : o.PartNumber, o.etag !== undefined ? o.etag : o.ETag, i);
    });
  } else {
    throw badRequest('parts: expected "1:<etag>;2:<etag>" or [{part_number, etag}]');
  }
  const seen: Record<number, true> = {};
  for (const p of out) {
    if (seen[p.part]) throw badRequest(`parts: part ${p.part} is listed twice`);
    seen[p.part] = true;
  }
  if (!out.length) throw badRequest('parts: empty list');
  return out.sort((a, b) => a.part - b.part);
}

/** Our extension: aborts the upload in storage (no parts are left) and forgets it. */
export async function abort(ctx: Ctx, f: Fields): Promise<Answer> {
  const id = optString(f, 'upload_id', 1024);
  const done = id ? ctx.uploads.finished.get(id) : undefined;
  if (done) {
    findApp(ctx.cfg.apps, f.apikey);
    if (done.kind === 'aborted') return { status: 200, body: { status: 'Aborted' } };
    throw new HttpError(409, 'upload_id: the upload is already complete');
  }
  const u = findUpload(ctx, f);
  await abortUpload(ctx, u);
  return { status: 200, body: { status: 'Aborted' } };
}

export async function abortUpload(ctx: Ctx, u: UploadState): Promise<void> {
  u.closed = true;
  ctx.uploads.finish(u.uploadId, { kind: 'aborted', at: Date.now() });
  if (ctx.gate) await ctx.gate.cutOff(u.uploadId);
  await ctx.storage.abort(u.bucket, u.key, u.uploadId);
  const staged = await ctx.storage.listObjects(u.bucket, FII_PREFIX + u.uploadId + '/');
  await Promise.all(staged.map((o) => ctx.storage.delete(u.bucket, o.key)));
  if (ctx.storage.embeddedDir) {
    // s3rver may still be settling a part it was writing when the socket was cut: remove again once it has.
    setTimeout(() => {
      ctx.storage.abort(u.bucket, u.key, u.uploadId).catch(() => undefined);
    }, 300).unref();
  }
}
