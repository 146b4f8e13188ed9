/**
 * Google Drive (OAuth 2, offline access for a refresh token), over the Drive API v3: `files.list` (children of a
 * folder, `pageToken` paging), `files.get` (metadata), `files.get?alt=media` (the bytes) and a file's `thumbnailLink`.
 * Every endpoint comes from configuration.
 *
 * Drive is id-based: a path is the chain of ids from the root, `/<folderId>/…/<fileId>` (folders end with `/`); only
 * the last id is looked up. `/` is the user's My Drive (`root`). Google Docs, Sheets, Slides… (mimetypes
 * `application/vnd.google-apps.*`) have no binary content: they are listed, and refused for pick and store (400).
 * A search is `files.list` with `q = name contains '…' and trashed = false`; a result's path is its id alone
 * (`/<fileId>`, `/<folderId>/`), which is all a later call looks up.
 */
import { Readable } from 'stream';
import type { ReadableStream as WebReadableStream } from 'stream/web';
import type { OAuthAppConfig } from '../config';
import { CloudError } from '../errors';
import { FOLDER_MIMETYPE, folderPath } from '../paths';
import { Connection, Credentials, Entry, FileInfo, PAGE_SIZE, Provider, ProviderEnv } from '../provider';
import { bearerCaller } from './bearer';
import { googleFailure } from './googleErrors';
import { oauthSignin } from './oauthSignin';

const NAME = 'googledrive';
const FOLDER = 'application/vnd.google-apps.folder';
const GOOGLE_TYPE = 'application/vnd.google-apps.';
const FIELDS = 'id,name,mimeType,size,modifiedTime,thumbnailLink';
/** read-only access to the user's files */
export const GOOGLE_DRIVE_SCOPE = 'https://www.googleapis.com/auth/drive.readonly';

interface DriveFile {
  id: string;
  name: string;
  mimeType: string;
  size?: string;
  modifiedTime?: string;
  thumbnailLink?: string;
}

/** The id a path names: its last segment, `root` for `/`; Drive ids are letters, digits, `-` and `_`. */
function idOf(path: string): string {
  const segs = path.split('/').filter(Boolean);
  const id = segs.length ? segs[segs.length - 1] : 'root';
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(id)) throw new CloudError('badrequest', NAME, `path: expected Drive ids such as "/<folderId>/<fileId>", got ${JSON.stringify(path.slice(0, 100))}`);
  return id;
}

function entryOf(parent: string, f: DriveFile): Entry {
  const folder = f.mimeType === FOLDER;
  const path = folderPath(parent) + f.id + (folder ? '/' : '');
  return { name: f.name, path, folder, mimetype: folder ? FOLDER_MIMETYPE : f.mimeType, size: folder ? 0 : Number(f.size) || 0, modified: f.modifiedTime ? new Date(f.modifiedTime) : undefined, thumbnail: f.thumbnailLink || null };
}

const failure = googleFailure(NAME, 'Google Drive');

/** A `thumbnailLink` the bearer token may go to: Google's content host (https), or a configured Drive host. */
function thumbLink(link: unknown, app: Required<OAuthAppConfig>): URL | null {
  let u: URL;
  try {
    u = new URL(String(link));
  } catch {
    return null;
  }
  const google = u.protocol === 'https:' && /\.googleusercontent\.com$/.test(u.hostname);
  return google || u.origin === new URL(app.apiUrl).origin || u.origin === new URL(app.contentUrl).origin ? u : null;
}

/** `text` as a string literal of Drive's query language: in single quotes, `\\` and `'` escaped with a backslash. */
export function driveString(text: string): string {
  return "'" + text.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'";
}

function connection(app: Required<OAuthAppConfig>, creds: Credentials, env: ProviderEnv): Connection {
  const { call, refreshed } = bearerCaller(NAME, app, creds, env, failure);
  const files = app.apiUrl + '/drive/v3/files';
  const stat = async (path: string): Promise<FileInfo> => {
    const f = (await (await call(`${files}/${idOf(path)}?fields=${encodeURIComponent(FIELDS)}`, {}, path)).json()) as DriveFile;
    if (f.mimeType === FOLDER) throw new CloudError('badrequest', NAME, `path: ${path} is a folder, not a file`);
    if (f.mimeType.indexOf(GOOGLE_TYPE) === 0) throw new CloudError('badrequest', NAME, `path: "${f.name}" is a Google ${f.mimeType.slice(GOOGLE_TYPE.length)} file, which has no content to download`);
    return { name: f.name, path, mimetype: f.mimeType || 'application/octet-stream', size: f.size === undefined ? undefined : Number(f.size) };
  };
  const filesList = async (query: string, next: string | null, what: string): Promise<{ files?: DriveFile[]; nextPageToken?: string }> => {
    const q = new URLSearchParams({ q: query, fields: `nextPageToken,files(${FIELDS})`, pageSize: String(PAGE_SIZE), orderBy: 'folder,name' });
    if (next !== null) q.set('pageToken', next);
    return (await (await call(files + '?' + q.toString(), {}, what)).json()) as { files?: DriveFile[]; nextPageToken?: string };
  };
  return {
    search: async (query, next) => {
      const page = await filesList(`name contains ${driveString(query)} and trashed = false`, next, `search "${query}"`);
      return { entries: (page.files || []).map((f) => entryOf('/', f)), next: page.nextPageToken || null };
    },
    list: async (path, next) => {
      const page = await filesList(`'${idOf(path)}' in parents and trashed = false`, next, path);
      const entries = (page.files || []).map((f) => entryOf(path, f));
      entries.sort((a, b) => (a.folder !== b.folder ? (a.folder ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      return { entries, next: page.nextPageToken || null };
    },
    stat,
    read: async (path, range) => {
      const info = await stat(path);
      const res = await call(`${app.contentUrl}/drive/v3/files/${idOf(path)}?alt=media`, range ? { headers: { Range: range } } : {}, path);
      if (!res.body) throw new CloudError('upstream', NAME, `${path}: Google Drive sent no content`);
      const body = Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>);
      // a range honoured: 206 with its Content-Range; else (no range asked, or ignored) the whole file
      const served = res.status === 206 ? res.headers.get('content-range') : null;
      return served ? { body, size: Number(res.headers.get('content-length')) || undefined, contentRange: served } : { body, size: info.size };
    },
    thumbnail: async (path) => {
      const f = (await (await call(`${files}/${idOf(path)}?fields=thumbnailLink`, {}, path)).json()) as { thumbnailLink?: string };
      if (!f.thumbnailLink) throw new CloudError('notfound', NAME, `${path}: Google Drive has no thumbnail of this file`);
      const link = thumbLink(f.thumbnailLink, app);
      if (!link) throw new CloudError('upstream', NAME, `${path}: Google Drive gave a thumbnail link to an unexpected place`);
      const res = await call(link.href, {}, path);
      if (!res.body) throw new CloudError('upstream', NAME, `${path}: Google Drive sent no thumbnail`);
      const size = res.headers.has('content-length') ? Number(res.headers.get('content-length')) : undefined;
      return { body: Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>), contentType: res.headers.get('content-type') || '', size };
    },
    close: () => undefined,
    refreshed,
  };
}

export function googleDriveProvider(app: Required<OAuthAppConfig>): Provider {
  const extra = { scope: GOOGLE_DRIVE_SCOPE, access_type: 'offline', prompt: 'consent', include_granted_scopes: 'true' };
  return { ...oauthSignin(NAME, app, extra), connect: async (creds, env) => connection(app, creds, env) };
}
