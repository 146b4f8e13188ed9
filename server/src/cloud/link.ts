/**
 * Picked-but-not-stored files: `POST /cloud/link/` answers a URL `{cloud}/file/<link>` where `<link>` is a sealed
 * capability (app key, cloud, path, the sign-in's credentials, id and expiry); `GET /cloud/file/<link>` streams the
 * provider's file and `…/metadata` describes it. A folder's path (ending with `/`: pickFolder's result) gives a folder
 * link, whose GET answers the folder's listing (`?next=` for the next page). Nothing is kept server-side; signing
 * out revokes the links.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import { pipeline } from 'stream/promises';
import type { Ctx } from '../context';
import { Fields, queryFields } from '../http/body';
import { setContentSafety } from '../http/contentSafety';
import { HttpError } from '../http/errors';
import { sendJson } from '../http/respond';
import { checkSecurity } from '../security/policy';
import { optBool } from '../validate';
import { Call, connectTo, keepRefreshed, onlyCloud, readCall } from './call';
import { CloudError } from './errors';
import { item } from './list';
import { FOLDER_MIMETYPE, baseName, cloudPath, filePathOf } from './paths';
import { providerFor } from './providers';
import { open, seal } from './seal';
import { SignIn, isRevoked, writeToken } from './session';
import type { Credentials } from './provider';
import { askedMaxSize, checkMaxSize } from './maxSize';

interface LinkBody {
  a: string;
  n: string;
  p: string;
  s: string;
  e: number;
  c: Credentials;
  f: string;
  m: string;
  z?: number;
}

export function linkUrl(ctx: Ctx, link: string): string {
  return ctx.base() + '/cloud/file/' + link;
}

export async function linkRoute(ctx: Ctx, fields: Fields): Promise<Record<string, unknown>> {
  const call: Call = readCall(ctx, fields, true);
  checkSecurity(call.app, fields, { calls: ['pick'] });
  const name = onlyCloud(call);
  const raw = cloudPath(name, call.clouds[name].path, `clouds.${name}.path`);
  if (raw.charAt(raw.length - 1) === '/') return folderLinkRoute(ctx, call, name, raw);
  const path = filePathOf(name, raw, `clouds.${name}.path`);
  const maxSize = askedMaxSize(name, call.clouds[name]);
  const { conn, signIn } = await connectTo(ctx, call, name);
  try {
    const info = await conn.stat(path);
    checkMaxSize(name, path, info.size, maxSize);
    keepRefreshed(call, name, conn);
    const body: LinkBody = { a: call.app.apikey, n: name, p: info.path, s: signIn.sid, e: signIn.exp, c: call.sessions.clouds[name].creds, f: info.name, m: info.mimetype, z: info.size };
    const url = linkUrl(ctx, seal(ctx.secret, 'link', body));
    const out = { url, filename: info.name, size: info.size === undefined ? null : info.size, mimetype: info.mimetype, client: name, path: info.path };
    return { token: writeToken(ctx, call.sessions), [name]: out };
  } finally {
    conn.close();
  }
}

/** A folder's link: the folder is listed once (it exists, and is a folder), then sealed as a file's link is. */
async function folderLinkRoute(ctx: Ctx, call: Call, name: string, path: string): Promise<Record<string, unknown>> {
  const { conn, signIn } = await connectTo(ctx, call, name);
  try {
    await conn.list(path, null);
    keepRefreshed(call, name, conn);
    const f = path === '/' ? '/' : baseName(path);
    const body: LinkBody = { a: call.app.apikey, n: name, p: path, s: signIn.sid, e: signIn.exp, c: call.sessions.clouds[name].creds, f, m: FOLDER_MIMETYPE };
    const out = { url: linkUrl(ctx, seal(ctx.secret, 'link', body)), filename: f, size: null, mimetype: FOLDER_MIMETYPE, client: name, path, folder: true };
    return { token: writeToken(ctx, call.sessions), [name]: out };
  } finally {
    conn.close();
  }
}

/** A folder link's GET: one page of the folder's listing, as `/folder/list` answers it. */
async function sendFolder(ctx: Ctx, res: ServerResponse, call: Call, body: LinkBody, q: Fields): Promise<void> {
  const next = typeof q.next === 'string' && q.next ? q.next : null;
  const { conn } = await connectTo(ctx, call, body.n);
  try {
    const page = await conn.list(body.p, next);
    res.setHeader('Cache-Control', 'private, max-age=0');
    sendJson(res, 200, { client: body.n, filename: body.p, contents: page.entries.map((e) => item(e)), next: page.next });
  } finally {
    conn.close();
  }
}

/** The link's content, a live sign-in, the app's policy checked (`read`). */
async function openLink(ctx: Ctx, link: string, q: Fields): Promise<{ body: LinkBody; call: Call }> {
  const body = open(ctx.secret, 'link', link) as LinkBody | null;
  if (!body || typeof body.n !== 'string') throw new CloudError('notfound', undefined, 'link: not a link of this server');
  const call = readCall(ctx, { apikey: body.a }, false);
  checkSecurity(call.app, q, { calls: ['read'] });
  providerFor(ctx.cfg.cloud, body.n);
  if (body.e <= Date.now()) throw new CloudError('signin', body.n, 'the sign-in this link was made from has expired');
  if (await isRevoked(ctx, body.s)) throw new CloudError('signin', body.n, 'signed out: this link no longer works');
  const signIn: SignIn = { sid: body.s, exp: body.e, creds: body.c };
  call.sessions.clouds[body.n] = signIn;
  return { body, call };
}

/** A single-range `Range` header (`bytes=a-b`, `bytes=a-`, `bytes=-n`), else undefined; 416 when it starts beyond `size`. */
function rangeAsked(req: IncomingMessage, size: number | undefined): string | undefined {
  const h = typeof req.headers.range === 'string' ? req.headers.range.trim() : '';
  const m = /^bytes=(\d+)-(\d*)$|^bytes=-(\d+)$/.exec(h);
  if (!m || (m[2] && Number(m[2]) < Number(m[1]))) return undefined;
  if (size !== undefined && ((m[1] && Number(m[1]) >= size) || m[3] === '0')) throw new HttpError(416, 'Range: starts beyond the end of the file', { 'Content-Range': `bytes */${size}` });
  return h;
}

export async function fileRoute(ctx: Ctx, req: IncomingMessage, res: ServerResponse, url: URL, link: string, metadata: boolean): Promise<void> {
  const q = queryFields(url);
  const { body, call } = await openLink(ctx, link, q);
  const folder = body.p.charAt(body.p.length - 1) === '/';
  if (metadata) return sendJson(res, 200, { filename: body.f, mimetype: body.m, size: body.z === undefined ? null : body.z, client: body.n, path: body.p, ...(folder ? { folder: true } : {}) });
  if (folder) return sendFolder(ctx, res, call, body, q);
  const { conn } = await connectTo(ctx, call, body.n);
  try {
    const read = await conn.read(body.p, rangeAsked(req, body.z));
    res.statusCode = read.contentRange ? 206 : 200;
    res.setHeader('Content-Type', /^[\x20-\x7e]+$/.test(body.m) ? body.m : 'application/octet-stream');
    if (read.size !== undefined) res.setHeader('Content-Length', String(read.size));
    if (read.contentRange) res.setHeader('Content-Range', read.contentRange);
    res.setHeader('Cache-Control', 'private, max-age=0');
    setContentSafety(res, body.m, body.f, optBool(q, 'dl'));
    if (req.method === 'HEAD') {
      read.body.destroy();
      res.end();
      return;
    }
    await pipeline(read.body, res).catch(() => res.destroy());
  } finally {
    conn.close();
  }
}
