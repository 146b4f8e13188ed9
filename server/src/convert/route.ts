/**
 * Route handlers for conversions, ready to be plugged into the router (server/src/app.ts):
 *   `POST /api/file/<handle>/convert` (v2 `filepicker.convert`): converts, stores the result as a new file, answers its
 *     FPFile JSON. Store options come as `storeLocation`, `storePath`, `storeContainer`, `storeAccess`.
 *   `GET /api/file/<handle>/convert?…`: answers the converted image itself (nothing stored).
 *   `GET /process/<apikey>/resize=width:N[/security=…]/<source>`: responsive images; the source is a handle, a file
 *     URL of this server, or another http(s) URL (fetched, bounded in time and size). Never enlarges.
 * Security: the file's app (or the process route's apikey) decides; a call needs `convert` in the policy.
 */
import { IncomingMessage, ServerResponse } from 'http';
import { Ctx, storageAt } from '../context';
import { Fields, queryFields, readFields } from '../http/body';
import { HttpError, badRequest, notFound } from '../http/errors';
import { sendJson } from '../http/respond';
import { checkSecurity, findApp } from '../security/policy';
import type { FileRecord } from '../handles';
import { newHandle } from '../ids';
import { objectKey, readStore, StoreParams } from '../storeOptions';
import { convertImage } from './image';
import { parseConvertParams } from './params';
import { parseProcessPath } from './process';
import { guardedFetch } from '../security/fetchGuard';
import { assertOwnKey, ownerMeta } from '../security/ownership';

/** The largest file a conversion reads (bytes). */
export const MAX_CONVERT_INPUT = 64 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 30000;

function strings(f: Fields): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(f)) {
    const v = f[k];
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  }
  return out;
}

async function recordOf(ctx: Ctx, handle: string): Promise<FileRecord> {
  const r = await ctx.handles.get(handle);
  if (!r) throw notFound('handle: file not found');
  return r;
}

async function bytesOf(ctx: Ctx, r: FileRecord): Promise<Buffer> {
  if (r.size > MAX_CONVERT_INPUT) throw badRequest(`file: ${r.size} bytes is above the ${MAX_CONVERT_INPUT} bytes this server converts`);
  const st = storageAt(ctx, r.location, 'handle');
  return st.getBuffer(r.key, r.bucket).catch((e: unknown) => {
    if (st.missing(e)) throw notFound('handle: the file is gone from storage');
    throw e;
  });
}

/** The file's app decides; with `target`, the policy's `path` and `container` must also allow the result's key. */
function guard(ctx: Ctx, r: FileRecord, fields: Fields, target?: { key: string; bucket: string }): void {
  const app = ctx.cfg.apps.filter((a) => a.apikey === r.apikey)[0] || ctx.cfg.apps[0];
  checkSecurity(app, fields, { calls: ['convert'], handle: r.handle, key: r.key, container: r.bucket });
  if (target) checkSecurity(app, fields, { calls: ['convert'], key: target.key, container: target.bucket });
}

function sendImage(res: ServerResponse, out: { body: Buffer; mimetype: string }, cache: string): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', out.mimetype);
  res.setHeader('Content-Length', String(out.body.length));
  res.setHeader('Cache-Control', cache);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(out.body);
}

/** `name.ext` with the extension of the output type. */
function convertedName(filename: string, mimetype: string): string {
  const ext = mimetype === 'image/jpeg' ? '.jpg' : '.png';
  const base = filename.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return (base || 'converted') + ext;
}

/** The result's store options from `storeLocation`, `storePath`, `storeContainer`, `storeAccess`; errors name those fields. */
function storeOptionsOf(ctx: Ctx, f: Record<string, string>): StoreParams {
  try {
    return readStore({ location: f.storeLocation, path: f.storePath, container: f.storeContainer, access: f.storeAccess }, ctx.cfg, '');
  } catch (e) {
    if (e instanceof HttpError) throw new HttpError(e.status, e.message.replace(/^(location|path|container|access)\b/, (k) => 'store' + k.charAt(0).toUpperCase() + k.slice(1)));
    throw e;
  }
}

/** `/api/file/<handle>/convert`: GET answers the image, POST stores it and answers its FPFile JSON. */
export async function convertRoute(ctx: Ctx, req: IncomingMessage, res: ServerResponse, url: URL, handle: string): Promise<void> {
  const fields: Fields = req.method === 'POST' ? { ...queryFields(url), ...(await readFields(req)) } : queryFields(url);
  const r = await recordOf(ctx, handle);
  guard(ctx, r, fields);
  const f = strings(fields);
  const params = parseConvertParams(f);
  const store = req.method === 'POST' ? storeOptionsOf(ctx, f) : undefined;
  const out = await convertImage(await bytesOf(ctx, r), params);
  if (!store) return sendImage(res, out, 'private, max-age=0');

  const filename = convertedName(r.filename, out.mimetype);
  const key = objectKey(store.path, filename);
  guard(ctx, r, fields, { key, bucket: store.bucket });
  const st = storageAt(ctx, store.location, 'storeLocation');
  if (!(await st.ensureBucket(store.bucket, ctx.cfg.createBuckets))) throw badRequest(`storeContainer: bucket "${store.bucket}" does not exist on this storage`);
  await assertOwnKey(st, r.apikey, store.bucket, key, 'storePath');
  const meta = { 'fp-filename': encodeURIComponent(filename), 'fp-access': store.access, ...ownerMeta(r.apikey) };
  await st.putObject(store.bucket, key, out.body, out.body.length, out.mimetype, meta, store.access === 'public' && ctx.cfg.s3PublicAcl);
  const next: FileRecord = {
    handle: newHandle(),
    apikey: r.apikey,
    location: store.location,
    bucket: store.bucket,
    key,
    filename,
    mimetype: out.mimetype,
    size: out.body.length,
    uploaded: Date.now(),
    access: store.access,
    path: store.path,
  };
  await ctx.handles.put(next);
  sendJson(res, 200, { url: ctx.base() + '/api/file/' + next.handle, handle: next.handle, filename, type: out.mimetype, mimetype: out.mimetype, size: next.size, key, container: next.bucket, path: key, writeable: true });
}

/** A file of this server named by a source URL (`<base>/api/file/<h>[+name]` or `<base>/cdn/<h>[+name]`), if it is one. */
function ownHandle(ctx: Ctx, source: string): string | undefined {
  if (/^[A-Za-z0-9]{1,64}$/.test(source)) return source;
  const base = ctx.base();
  if (source.indexOf(base + '/') !== 0) return undefined;
  // a `+<filename>` after the handle is cosmetic (pages append it for readable links)
  const m = /^\/(?:api\/file|cdn)\/([A-Za-z0-9]{1,64})(?:\+[^/?#]*)?\/?(?:[?#].*)?$/.exec(source.slice(base.length));
  return m ? m[1] : undefined;
}

async function fetchSource(ctx: Ctx, source: string): Promise<Buffer> {
  const r = await guardedFetch('source', source, { allowHosts: ctx.cfg.fetchAllowHosts, lookup: ctx.cfg.fetchLookup }, FETCH_TIMEOUT_MS);
  if (r.status < 200 || r.status > 299) {
    r.body.resume();
    throw badRequest(`source: fetching it answered HTTP ${r.status}`);
  }
  const declared = Number(r.headers['content-length']);
  if (declared > MAX_CONVERT_INPUT) {
    r.body.destroy();
    throw badRequest(`source: ${declared} bytes is above the ${MAX_CONVERT_INPUT} bytes this server converts`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const value of r.body) {
      total += (value as Buffer).length;
      if (total > MAX_CONVERT_INPUT) throw badRequest(`source: above the ${MAX_CONVERT_INPUT} bytes this server converts`);
      chunks.push(value as Buffer);
    }
  } catch (e) {
    r.body.destroy();
    throw e instanceof HttpError ? e : badRequest('source: could not be fetched');
  }
  return Buffer.concat(chunks);
}

/** `GET /process/<apikey>/resize=width:N[/security=signature:S,policy:P]/<source>`: the image, at most N pixels wide. */
export async function processRoute(ctx: Ctx, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const p = parseProcessPath(req.url || '');
  const app = findApp(ctx.cfg.apps, p.apikey);
  const handle = ownHandle(ctx, p.source);
  const r = handle ? await recordOf(ctx, handle) : undefined;
  checkSecurity(app, p.security ? { policy: p.security.policy, signature: p.security.signature } : {}, { calls: ['convert'], handle: r && r.handle, key: r && r.key, container: r && r.bucket });
  const input = r ? await bytesOf(ctx, r) : await fetchSource(ctx, p.source);
  const out = await convertImage(input, { width: p.width, fit: 'max' });
  sendImage(res, out, 'private, max-age=3600');
}
