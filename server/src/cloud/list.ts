/** `POST /cloud/folder/list`: a page of each named cloud's folder, or how to sign in to it. */
import type { IncomingMessage } from 'http';
import type { Ctx } from '../context';
import { askingOrigin, redirectUrl } from './oauth';
import type { Fields } from '../http/body';
import { checkSecurity } from '../security/policy';
import { Call, connectTo, keepRefreshed, readCall } from './call';
import { cloudPath } from './paths';
import type { Entry, Provider } from './provider';
import { providerFor } from './providers';
import { isRevoked, writeToken } from './session';
import { CloudError } from './errors';
import { searchQuery } from './searchQuery';

export interface ListedItem {
  name: string;
  path: string;
  folder: boolean;
  mimetype: string;
  /** null when the listing tells none (the copy or link learns it) */
  size: number | null;
  bytes: number | null;
  thumbnail: string | null;
  /** (ours) `POST /thumbnail` can give this file's thumbnail */
  thumb?: boolean;
  link_path: string;
  modified?: string;
}

/** `accept` entries: `image/*`, `image/png`, `.pdf`. Folders always pass. */
function acceptFilter(accept: unknown): (e: Entry) => boolean {
  if (accept === undefined || accept === null || accept === '') return () => true;
  const list = (Array.isArray(accept) ? accept : [accept]).map((a) => String(a).trim().toLowerCase()).filter(Boolean);
  if (!list.length) return () => true;
  return (e) =>
    e.folder ||
    list.some((a) => {
      if (a.charAt(0) === '.') return e.name.toLowerCase().slice(-a.length) === a;
      if (a === '*/*' || a === '*') return true;
      if (a.slice(-2) === '/*') return e.mimetype.toLowerCase().indexOf(a.slice(0, -1)) === 0;
      return e.mimetype.toLowerCase() === a;
    });
}

/**
 * An entry as listings answer it (also a folder link's listing, ./link.ts); `thumbs`: the source can give
 * thumbnails (`POST /thumbnail`), so the files it can give one for say `thumb: true`.
 */
export function item(e: Entry, thumbs = false): ListedItem {
  const size = e.size === undefined ? null : e.size;
  const out: ListedItem = { name: e.name, path: e.path, folder: e.folder, mimetype: e.mimetype, size, bytes: size, thumbnail: e.thumbnail || null, link_path: e.path };
  if (thumbs && !e.folder && (e.thumbable || !!e.thumbnail)) out.thumb = true;
  if (e.modified && !isNaN(e.modified.getTime())) out.modified = e.modified.toISOString();
  return out;
}

function signInAnswer(ctx: Ctx, call: Call, p: Provider, origin: string | null): Record<string, unknown> {
  const apikey = call.app.apikey;
  if (p.oauth) return { client: p.name, filename: '/', contents: [], next: null, auth: { kind: 'oauth', redirect_url: redirectUrl(ctx, apikey, p.name, origin, call.fields.token) } };
  const auth: Record<string, unknown> = { kind: 'credentials', fields: p.fields || [] };
  const d = Object.prototype.hasOwnProperty.call(ctx.cfg.cloud.signinDefaults, p.name) ? ctx.cfg.cloud.signinDefaults[p.name] : undefined;
  if (d && (!d.apikeys || d.apikeys.indexOf(apikey) >= 0)) auth.defaults = d.fields;
  return { client: p.name, filename: '/', contents: [], next: null, auth };
}

async function listOne(ctx: Ctx, call: Call, name: string, f: Fields, accept: (e: Entry) => boolean, origin: string | null): Promise<Record<string, unknown>> {
  const provider = providerFor(ctx.cfg.cloud, name);
  const s = call.sessions.clouds[name];
  if (!s || (await isRevoked(ctx, s.sid))) return signInAnswer(ctx, call, provider, origin);
  const path = cloudPath(name, f.path, `clouds.${name}.path`);
  const next = f.next === undefined || f.next === null || f.next === '' ? null : String(f.next);
  const query = searchQuery(name, f.search, `clouds.${name}.search`);
  const { conn } = await connectTo(ctx, call, name);
  try {
    if (query !== null && !conn.search) throw new CloudError('badrequest', name, `clouds.${name}.search: this source cannot search`);
    const page = query !== null && conn.search ? await conn.search(query, next) : await conn.list(path, next);
    keepRefreshed(call, name, conn);
    const contents = page.entries.filter(accept).map((e) => item(e, !!conn.thumbnail));
    const out: Record<string, unknown> = { client: name, filename: path, contents, next: page.next, searchable: !!conn.search };
    if (query !== null) out.search = query;
    return out;
  } finally {
    conn.close();
  }
}

export async function listRoute(ctx: Ctx, fields: Fields, req: IncomingMessage): Promise<Record<string, unknown>> {
  const call = readCall(ctx, fields, true);
  checkSecurity(call.app, fields, { calls: ['pick'] });
  const accept = acceptFilter(fields.accept);
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(call.clouds)) {
    try {
      out[name] = await listOne(ctx, call, name, call.clouds[name], accept, askingOrigin(fields, req));
    } catch (e) {
      // a provider's error that names no provider (paging) is this cloud's
      throw e instanceof CloudError && !e.provider ? new CloudError(e.kind, name, e.message) : e;
    }
  }
  out.token = writeToken(ctx, call.sessions);
  return out;
}
