/**
 * Dropbox (OAuth 2 with refresh tokens), over its HTTP API v2: `files/list_folder` (+ `/continue`),
 * `files/search_v2` (+ `/continue_v2`), `files/get_metadata`, and `files/download` and `files/get_thumbnail_v2` on
 * the content host. Every endpoint comes from configuration.
 */
import { Readable } from 'stream';
import type { ReadableStream as WebReadableStream } from 'stream/web';
import type { OAuthAppConfig } from '../config';
import { CloudError } from '../errors';
import { FOLDER_MIMETYPE, folderPath, mimetypeOf } from '../paths';
import { Connection, Credentials, Entry, FileInfo, Page, PAGE_SIZE, Provider, ProviderEnv } from '../provider';
import { bearerCaller } from './bearer';
import { headerJson } from '../../storage/dropboxApi';
import { oauthSignin } from './oauthSignin';

const NAME = 'dropbox';

interface DbxEntry {
  '.tag': string;
  name: string;
  path_display?: string;
  size?: number;
  server_modified?: string;
}

/** `/a/b/` → `/a/b`; the root is `''` in Dropbox's API. */
const dbxPath = (p: string): string => p.replace(/\/+$/, '');

/** The files Dropbox makes thumbnails of (its `get_thumbnail_v2` documentation): these types, up to 20 MB. */
const THUMBABLE = /\.(jpe?g|png|tiff?|gif|webp|ppm|bmp)$/i;
const THUMBABLE_MAX = 20 * 1024 * 1024;

function entryOf(e: DbxEntry): Entry {
  const folder = e['.tag'] === 'folder';
  const p = e.path_display || '/' + e.name;
  const size = folder ? 0 : e.size || 0;
  const thumbable = !folder && THUMBABLE.test(e.name) && size <= THUMBABLE_MAX;
  return { name: e.name, path: folder ? folderPath(p) : p, folder, mimetype: folder ? FOLDER_MIMETYPE : mimetypeOf(e.name), size, modified: e.server_modified ? new Date(e.server_modified) : undefined, thumbable };
}

interface DbxSearch {
  matches: { metadata?: { '.tag'?: string; metadata?: DbxEntry } }[];
  has_more: boolean;
  cursor?: string;
}

/** A page of `search_v2`: its files and folders, in Dropbox's order (best match first). */
function searchPage(page: DbxSearch): Page {
  const entries: Entry[] = [];
  for (const m of page.matches || []) {
    const e = m.metadata && m.metadata.metadata;
    if (e && (e['.tag'] === 'file' || e['.tag'] === 'folder')) entries.push(entryOf(e));
  }
  return { entries, next: page.has_more && page.cursor ? page.cursor : null };
}

async function failure(res: Response, what: string): Promise<CloudError> {
  const text = await res.text().catch(() => '');
  if (res.status === 401) return new CloudError('signin', NAME, 'the sign-in is no longer valid: sign in again');
  if (res.status === 403) return new CloudError('forbidden', NAME, `${what}: access refused`);
  if (res.status === 409 && /not_found/.test(text)) return new CloudError('notfound', NAME, `${what}: no such file or folder`);
  if (res.status === 409 && /unsupported_extension|unsupported_image|conversion_error/.test(text)) return new CloudError('notfound', NAME, `${what}: Dropbox has no thumbnail of this file`);
  if (res.status === 429) {
    const retry = res.headers.get('retry-after');
    return new CloudError('ratelimit', NAME, 'Dropbox limits requests; try again later', retry && /^\d+$/.test(retry) ? { 'Retry-After': retry } : undefined);
  }
  if (res.status >= 500) return new CloudError('upstream', NAME, `${what}: Dropbox answered ${res.status}`);
  return new CloudError('badrequest', NAME, `${what}: Dropbox refused the request (${res.status})`);
}

function connection(app: Required<OAuthAppConfig>, creds: Credentials, env: ProviderEnv): Connection {
  const { call, refreshed } = bearerCaller(NAME, app, creds, env, failure);
  const rpc = async <T>(endpoint: string, arg: unknown, what: string): Promise<T> => {
    const res = await call(app.apiUrl + '/2/files/' + endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(arg) }, what);
    return (await res.json()) as T;
  };
  const stat = async (path: string): Promise<FileInfo> => {
    const m = await rpc<DbxEntry>('get_metadata', { path: dbxPath(path) }, path);
    if (m['.tag'] !== 'file') throw new CloudError('badrequest', NAME, `path: ${path} is a folder, not a file`);
    const e = entryOf(m);
    return { name: e.name, path: e.path, mimetype: e.mimetype, size: e.size };
  };
  return {
    list: async (path, next) => {
      const page = next === null ? await rpc<{ entries: DbxEntry[]; cursor: string; has_more: boolean }>('list_folder', { path: dbxPath(path), limit: PAGE_SIZE }, path) : await rpc<{ entries: DbxEntry[]; cursor: string; has_more: boolean }>('list_folder/continue', { cursor: next }, path);
      const entries = page.entries.filter((e) => e['.tag'] === 'file' || e['.tag'] === 'folder').map(entryOf);
      entries.sort((a, b) => (a.folder !== b.folder ? (a.folder ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return { entries, next: page.has_more ? page.cursor : null };
    },
    search: async (query, next) =>
      searchPage(next === null
        ? await rpc<DbxSearch>('search_v2', { query, options: { path: '', max_results: Math.min(PAGE_SIZE, 1000), file_status: 'active', filename_only: true } }, `search "${query}"`)
        : await rpc<DbxSearch>('search/continue_v2', { cursor: next }, `search "${query}"`)),
    stat,
    read: async (path) => {
      const info = await stat(path);
      const res = await call(app.contentUrl + '/2/files/download', { method: 'POST', headers: { 'Dropbox-API-Arg': headerJson({ path: dbxPath(info.path) }) } }, path);
      if (!res.body) throw new CloudError('upstream', NAME, `${path}: Dropbox sent no content`);
      return { body: Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>), size: info.size };
    },
    thumbnail: async (path) => {
      const arg = { resource: { '.tag': 'path', path: dbxPath(path) }, format: { '.tag': 'jpeg' }, size: { '.tag': 'w64h64' }, mode: { '.tag': 'fitone_bestfit' } };
      const res = await call(app.contentUrl + '/2/files/get_thumbnail_v2', { method: 'POST', headers: { 'Dropbox-API-Arg': headerJson(arg) } }, path);
      if (!res.body) throw new CloudError('upstream', NAME, `${path}: Dropbox sent no thumbnail`);
      const size = Number(res.headers.get('content-length'));
      return { body: Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>), contentType: res.headers.get('content-type') || '', size: size >= 0 && res.headers.has('content-length') ? size : undefined };
    },
    close: () => undefined,
    refreshed,
  };
}

export function dropboxProvider(app: Required<OAuthAppConfig>): Provider {
  return { ...oauthSignin(NAME, app, { token_access_type: 'offline' }), connect: async (creds, env) => connection(app, creds, env) };
}
