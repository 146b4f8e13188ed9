/**
 * OneDrive (the Microsoft identity platform's OAuth 2, scopes `Files.Read offline_access`), over Microsoft Graph:
 * `/me/drive/root/children` and `/me/drive/items/<id>/children` (`$top`, `@odata.nextLink` paging), `/me/drive/items/<id>`
 * (metadata), `/me/drive/items/<id>/content` and `/me/drive/items/<id>/thumbnails/0/medium/content`, which Graph
 * answers with a redirect to a pre-authenticated download URL on any https host: followed without the bearer token,
 * to public addresses only, at most 5 redirects (./download.ts). `/me/drive/root/search(q='…')` searches; a result's
 * path is its id alone (`/<itemId>`, `/<folderId>/`), which is all a later call looks up. Every endpoint comes from
 * configuration.
 *
 * OneDrive is id-based: a path is the chain of item ids from the root, `/<folderId>/…/<fileId>` (folders end with
 * `/`); only the last id is looked up. `/` is the drive's root. Items that are neither file nor folder (OneNote
 * notebooks…) are not listed. `next` is Graph's `@odata.nextLink` as given, accepted back only on the API's host.
 */
import type { OAuthAppConfig } from '../config';
import { CloudError } from '../errors';
import { FOLDER_MIMETYPE, folderPath, mimetypeOf } from '../paths';
import { Connection, Credentials, Entry, FileInfo, PAGE_SIZE, Provider, ProviderEnv } from '../provider';
import { bearerCaller } from './bearer';
import { downloadOf } from './download';
import { oauthSignin } from './oauthSignin';
import { sortEntries } from './paging';

const NAME = 'onedrive';
const SELECT = 'id,name,size,file,folder,lastModifiedDateTime';
/** read access to the user's files, and a refresh token */
export const ONEDRIVE_SCOPE = 'Files.Read offline_access';

interface DriveItem {
  id: string;
  name: string;
  size?: number;
  file?: { mimeType?: string };
  folder?: { childCount?: number };
  lastModifiedDateTime?: string;
  thumbnails?: { medium?: { url?: string } }[];
}

/** The item a path names: `root` for `/`, else `items/<id>` of its last segment. */
function itemOf(path: string): string {
  const segs = path.split('/').filter(Boolean);
  if (!segs.length) return 'root';
  const id = segs[segs.length - 1];
  if (!/^[A-Za-z0-9!_.-]{1,200}$/.test(id)) throw new CloudError('badrequest', NAME, `path: expected OneDrive item ids such as "/<folderId>/<fileId>", got ${JSON.stringify(path.slice(0, 100))}`);
  return 'items/' + encodeURIComponent(id);
}

function entryOf(parent: string, it: DriveItem): Entry {
  const folder = !!it.folder;
  const path = folderPath(parent) + it.id + (folder ? '/' : '');
  const thumb = it.thumbnails && it.thumbnails[0] && it.thumbnails[0].medium ? it.thumbnails[0].medium.url : undefined;
  const mimetype = folder ? FOLDER_MIMETYPE : (it.file && it.file.mimeType) || mimetypeOf(it.name);
  return { name: it.name, path, folder, mimetype, size: folder ? 0 : Number(it.size) || 0, modified: it.lastModifiedDateTime ? new Date(it.lastModifiedDateTime) : undefined, thumbnail: thumb || null };
}

/** Graph's errors: `{error: {code, message}}`; 429 (and 503) with Retry-After. */
async function failure(res: Response, what: string): Promise<CloudError> {
  const body = (await res.json().catch(() => ({}))) as { error?: { code?: unknown } };
  const code = body.error && typeof body.error.code === 'string' ? ` (${body.error.code.slice(0, 80)})` : '';
  const retry = res.headers.get('retry-after');
  if (res.status === 401) return new CloudError('signin', NAME, 'the sign-in is no longer valid: sign in again');
  if (res.status === 429) return new CloudError('ratelimit', NAME, 'OneDrive limits requests; try again later', retry && /^\d+$/.test(retry) ? { 'Retry-After': retry } : undefined);
  if (res.status === 403) return new CloudError('forbidden', NAME, `${what}: access refused${code}`);
  if (res.status === 404) return new CloudError('notfound', NAME, `${what}: no such file or folder`);
  if (res.status >= 500) return new CloudError('upstream', NAME, `${what}: OneDrive answered ${res.status}${code}`);
  return new CloudError('badrequest', NAME, `${what}: OneDrive refused the request (${res.status}${code ? ',' + code.slice(1, -1) : ''})`);
}

/** A `next` given back: Graph's own next link, on the API's host and under its path (the bearer token goes nowhere else). */
function nextLink(api: string, next: string): string {
  let u: URL | null = null;
  try {
    u = new URL(next);
  } catch {
    u = null;
  }
  const base = new URL(api);
  if (!u || u.origin !== base.origin || u.pathname.indexOf(base.pathname.replace(/\/$/, '') + '/me/drive/') !== 0) throw new CloudError('badrequest', NAME, 'next: expected the `next` of the previous page');
  return u.href;
}

/** `text` as an OData string literal in a URL path: in single quotes, a quote doubled, then percent-encoded. */
export function odataString(text: string): string {
  return encodeURIComponent("'" + text.replace(/'/g, "''") + "'");
}

function connection(app: Required<OAuthAppConfig>, creds: Credentials, env: ProviderEnv): Connection {
  const { call, refreshed } = bearerCaller(NAME, app, creds, env, failure, { scope: ONEDRIVE_SCOPE });
  const drive = app.apiUrl + '/me/drive/';
  const stat = async (path: string): Promise<FileInfo> => {
    const it = (await (await call(`${drive}${itemOf(path)}?$select=${SELECT}`, {}, path)).json()) as DriveItem;
    if (it.folder) throw new CloudError('badrequest', NAME, `path: ${path} is a folder, not a file`);
    if (!it.file) throw new CloudError('badrequest', NAME, `path: "${it.name}" has no content to download (not a file)`);
    return { name: it.name, path, mimetype: it.file.mimeType || mimetypeOf(it.name), size: it.size === undefined ? undefined : Number(it.size) };
  };
  const items = async (url: string, what: string): Promise<{ items: DriveItem[]; next: string | null }> => {
    const page = (await (await call(url, {}, what)).json()) as { value?: DriveItem[]; '@odata.nextLink'?: string };
    return { items: (page.value || []).filter((it) => it.folder || it.file), next: page['@odata.nextLink'] || null };
  };
  const query = `?$top=${PAGE_SIZE}&$select=${SELECT}&$expand=thumbnails`;
  return {
    list: async (path, next) => {
      const page = await items(next !== null ? nextLink(app.apiUrl, next) : `${drive}${itemOf(path)}/children${query}`, path);
      return { entries: sortEntries(page.items.map((it) => entryOf(path, it))), next: page.next };
    },
    search: async (text, next) => {
      const page = await items(next !== null ? nextLink(app.apiUrl, next) : `${drive}root/search(q=${odataString(text)})${query}`, `search "${text}"`);
      return { entries: page.items.map((it) => entryOf('/', it)), next: page.next };
    },
    stat,
    read: async (path) => {
      const info = await stat(path);
      const res = await call(`${app.contentUrl}/me/drive/${itemOf(path)}/content`, { redirect: 'manual' }, path);
      // pre-authenticated download URLs are on any of Microsoft's storage hosts: https and public (./download.ts)
      return downloadOf({ provider: NAME, label: 'OneDrive', allowed: () => true, configured: [app.apiUrl, app.contentUrl], env }, res, path, info.size);
    },
    thumbnail: async (path) => {
      const res = await call(`${drive}${itemOf(path)}/thumbnails/0/medium/content`, { redirect: 'manual' }, path);
      // like a download: a redirect to a pre-authenticated URL, followed through the guard (./download.ts)
      const got = await downloadOf({ provider: NAME, label: 'OneDrive', allowed: () => true, configured: [app.apiUrl, app.contentUrl], env }, res, path, undefined);
      return { body: got.body, contentType: 'application/octet-stream' };
    },
    close: () => undefined,
    refreshed,
  };
}

export function oneDriveProvider(app: Required<OAuthAppConfig>): Provider {
  const signin = oauthSignin(NAME, app, { scope: ONEDRIVE_SCOPE, response_mode: 'query' }, { scope: ONEDRIVE_SCOPE });
  return { ...signin, connect: async (creds, env) => connection(app, creds, env) };
}
