/**
 * Box (OAuth 2; refresh tokens are single-use, so each refresh keeps the new one), over the Box API 2.0:
 * `GET /folders/<id>/items` (marker paging), `GET /files/<id>` (metadata), `GET /files/<id>/thumbnail.jpg` and
 * `GET /files/<id>/content`, which Box
 * answers with a redirect to its download host (the configured content URL, `https://dl.boxcloud.com`): followed
 * without the bearer token, through the net guard (./download.ts). `GET /search` (offset paging, `path_collection`
 * giving each result's ancestors) searches. Every endpoint comes from configuration.
 *
 * Box is id-based: a path is the chain of ids from the root, `/<folderId>/…/<fileId>` (folders end with `/`); only
 * the last id is looked up. `/` is the user's root folder (id `0`). Web links (bookmarks) have no content: not listed.
 */
import { Readable } from 'stream';
import type { ReadableStream as WebReadableStream } from 'stream/web';
import type { OAuthAppConfig } from '../config';
import { CloudError } from '../errors';
import { FOLDER_MIMETYPE, folderPath, mimetypeOf } from '../paths';
import { Connection, Credentials, Entry, FileInfo, PAGE_SIZE, Provider, ProviderEnv } from '../provider';
import { bearerCaller } from './bearer';
import { downloadOf } from './download';
import { oauthSignin } from './oauthSignin';
import { sortEntries } from './paging';

const NAME = 'box';
/** Pictures Box makes thumbnails of (of its documented thumbnail formats, the images a browser draws). */
const THUMBABLE = /\.(jpe?g|png|gif|bmp|tiff?|webp)$/i;
const FIELDS = 'id,type,name,size,modified_at';
/** most results of one `/search` page (Box's limit) */
const SEARCH_PAGE = 200;
/** read access to every file and folder of the user */
export const BOX_SCOPE = 'root_readonly';

interface BoxItem {
  type: 'file' | 'folder' | 'web_link';
  id: string;
  name: string;
  size?: number;
  modified_at?: string;
  /** search results: the folders above it, from the root (`0`) down */
  path_collection?: { entries?: { id: string }[] };
}

/** The id a path names: its last segment, `0` (the root folder) for `/`; Box ids are digits. */
function idOf(path: string): string {
  const segs = path.split('/').filter(Boolean);
  const id = segs.length ? segs[segs.length - 1] : '0';
  if (!/^\d{1,30}$/.test(id)) throw new CloudError('badrequest', NAME, `path: expected Box ids such as "/<folderId>/<fileId>", got ${JSON.stringify(path.slice(0, 100))}`);
  return id;
}

function entryOf(parent: string, it: BoxItem): Entry {
  const folder = it.type === 'folder';
  const path = folderPath(parent) + it.id + (folder ? '/' : '');
  return { name: it.name, path, folder, mimetype: folder ? FOLDER_MIMETYPE : mimetypeOf(it.name), size: folder ? 0 : Number(it.size) || 0, modified: it.modified_at ? new Date(it.modified_at) : undefined, thumbnail: null, thumbable: !folder && THUMBABLE.test(it.name) };
}

/** A search result's entry: its path is the chain of its ancestors' ids (the root, `0`, is `/`). */
function foundEntry(it: BoxItem): Entry {
  const above = ((it.path_collection && it.path_collection.entries) || []).map((a) => String(a.id)).filter((id) => id !== '0' && /^\d{1,30}$/.test(id));
  return entryOf(above.length ? '/' + above.join('/') + '/' : '/', it);
}

/** Box's errors: `{type: 'error', status, code, message}`; 429 with Retry-After. */
async function failure(res: Response, what: string): Promise<CloudError> {
  const err = (await res.json().catch(() => ({}))) as { code?: unknown };
  const code = typeof err.code === 'string' ? ` (${err.code.slice(0, 80)})` : '';
  const retry = res.headers.get('retry-after');
  if (res.status === 401) return new CloudError('signin', NAME, 'the sign-in is no longer valid: sign in again');
  if (res.status === 429) return new CloudError('ratelimit', NAME, 'Box limits requests; try again later', retry && /^\d+$/.test(retry) ? { 'Retry-After': retry } : undefined);
  if (res.status === 403) return new CloudError('forbidden', NAME, `${what}: access refused${code}`);
  if (res.status === 404) return new CloudError('notfound', NAME, `${what}: no such file or folder`);
  if (res.status >= 500) return new CloudError('upstream', NAME, `${what}: Box answered ${res.status}${code}`);
  return new CloudError('badrequest', NAME, `${what}: Box refused the request (${res.status}${code ? ',' + code.slice(1, -1) : ''})`);
}

function connection(app: Required<OAuthAppConfig>, creds: Credentials, env: ProviderEnv): Connection {
  const { call, refreshed } = bearerCaller(NAME, app, creds, env, failure);
  const api = app.apiUrl + '/2.0';
  const download = new URL(app.contentUrl);
  const stat = async (path: string): Promise<FileInfo> => {
    if (path.charAt(path.length - 1) === '/') throw new CloudError('badrequest', NAME, `path: ${path} is a folder, not a file`);
    const f = (await (await call(`${api}/files/${idOf(path)}?fields=${encodeURIComponent(FIELDS)}`, {}, path)).json()) as BoxItem;
    return { name: f.name, path, mimetype: mimetypeOf(f.name), size: f.size === undefined ? undefined : Number(f.size) };
  };
  return {
    list: async (path, next) => {
      const q = new URLSearchParams({ fields: FIELDS, limit: String(PAGE_SIZE), usemarker: 'true' });
      if (next !== null) q.set('marker', next);
      const page = (await (await call(`${api}/folders/${idOf(path)}/items?${q.toString()}`, {}, path)).json()) as { entries?: BoxItem[]; next_marker?: string | null };
      const items = (page.entries || []).filter((it) => it.type === 'file' || it.type === 'folder');
      return { entries: sortEntries(items.map((it) => entryOf(path, it))), next: page.next_marker || null };
    },
    search: async (query, next) => {
      const offset = next === null ? 0 : Number(next);
      if (!(offset >= 0 && offset % 1 === 0)) throw new CloudError('badrequest', NAME, 'next: expected the cursor of the previous page');
      const q = new URLSearchParams({ query, fields: FIELDS + ',path_collection', limit: String(SEARCH_PAGE), offset: String(offset) });
      const page = (await (await call(`${api}/search?${q.toString()}`, {}, `search "${query}"`)).json()) as { entries?: BoxItem[]; total_count?: number };
      const got = page.entries || [];
      const entries = got.filter((it) => it.type === 'file' || it.type === 'folder').map(foundEntry);
      const end = offset + got.length;
      return { entries, next: got.length && end < Number(page.total_count) ? String(end) : null };
    },
    stat,
    read: async (path) => {
      const info = await stat(path);
      const res = await call(`${api}/files/${idOf(path)}/content`, { redirect: 'manual' }, path);
      if (res.status === 202) {
        const retry = res.headers.get('retry-after');
        throw new CloudError('ratelimit', NAME, `${path}: Box is still preparing the file for download; try again later`, retry && /^\d+$/.test(retry) ? { 'Retry-After': retry } : undefined);
      }
      return downloadOf({ provider: NAME, label: 'Box', allowed: (u) => u.origin === download.origin, configured: [app.apiUrl, app.contentUrl], env }, res, path, info.size);
    },
    thumbnail: async (path) => {
      const res = await call(`${api}/files/${idOf(path)}/thumbnail.jpg?min_height=94&min_width=94`, { redirect: 'manual' }, path);
      // 202: Box is still making it; 302: it cannot make one (both point at a placeholder picture, not this file's)
      if (res.status !== 200 || !res.body) {
        await res.arrayBuffer().catch(() => undefined);
        throw new CloudError('notfound', NAME, `${path}: Box has no thumbnail of this file (yet)`);
      }
      const size = res.headers.has('content-length') ? Number(res.headers.get('content-length')) : undefined;
      return { body: Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>), contentType: res.headers.get('content-type') || '', size };
    },
    close: () => undefined,
    refreshed,
  };
}

export function boxProvider(app: Required<OAuthAppConfig>): Provider {
  return { ...oauthSignin(NAME, app, { scope: BOX_SCOPE }), connect: async (creds, env) => connection(app, creds, env) };
}
