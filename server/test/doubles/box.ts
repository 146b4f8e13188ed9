/**
 * A DOUBLE of Box's OAuth 2 endpoints and the Box API 2.0 (see README.md here): the documented subset the `box`
 * cloud source calls, over loopback, with switches for the failures the tests need. Files are given as
 * `{'/Folder/name.ext': Buffer}`; the double gives every folder and file a numeric id (`0` is the root folder) and
 * `idOf()` tells them. Two ports, as Box has two hosts: the API and OAuth (`url`), and the download host
 * (`downloadUrl`) that `GET /2.0/files/<id>/content` redirects to; the download host refuses a bearer token.
 */
import * as http from 'http';
import { randomBytes } from 'crypto';
import { OAuthTokens, TokenStyle, closeAll, hex, jsonAs, listen, logged, read, takeFault } from './oauthDouble';

export interface BoxItem {
  id: string;
  type: 'file' | 'folder' | 'web_link';
  name: string;
  parent: string;
  bytes?: Buffer;
}

export interface BoxDouble {
  /** the API and OAuth host (`/api/oauth2/authorize`, `/oauth2/token`, `/2.0/…`) */
  url: string;
  /** the download host */
  downloadUrl: string;
  clientId: string;
  clientSecret: string;
  items: Map<string, BoxItem>;
  /** the id of the item at a path as given (`/Photos/a.jpg`, `/Photos`) */
  idOf(path: string): string;
  /** answer the next calls to `/2.0/…` with this status (and Retry-After) */
  fault: { status: number; retryAfter?: string; times: number } | null;
  /** `content` answers 302 to another host than the download host */
  redirectElsewhere: boolean;
  /** `content` answers 202 with this Retry-After (the file is not ready for download yet) */
  notReady: string | null;
  /** the download host answers this status instead of the bytes */
  downloadStatus: number | null;
  deny: boolean;
  expireAccessTokens(): void;
  refuseRefresh: boolean;
  /** calls seen on both hosts, `METHOD path?query` */
  calls: string[];
  authorizations: URLSearchParams[];
  /** the Authorization headers the download host got */
  downloadAuth: string[];
  close(): Promise<void>;
}

const json = jsonAs('application/json');

/** Box's error shape. */
function boxError(res: http.ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  json(res, status, { type: 'error', status, code, message, request_id: randomBytes(6).toString('hex') }, headers);
}

function build(files: Record<string, Buffer>): { items: Map<string, BoxItem>; ids: Map<string, string> } {
  const items = new Map<string, BoxItem>();
  const ids = new Map<string, string>([['', '0']]);
  let n = 1000;
  for (const p of Object.keys(files)) {
    const segs = p.split('/').filter(Boolean);
    for (let i = 0; i < segs.length; i++) {
      const at = '/' + segs.slice(0, i + 1).join('/');
      if (ids.has(at)) continue;
      const id = String(++n);
      ids.set(at, id);
      const parent = ids.get(i ? '/' + segs.slice(0, i).join('/') : '') as string;
      const last = i === segs.length - 1;
      const type = !last ? 'folder' : /\.weblink$/.test(segs[i]) ? 'web_link' : 'file';
      items.set(id, { id, type, name: segs[i], parent, bytes: type === 'file' ? files[p] : undefined });
    }
  }
  return { items, ids };
}

/** The item with the fields asked for (Box always gives `type` and `id`). */
function resource(it: BoxItem, fields: string | null): Record<string, unknown> {
  const all: Record<string, unknown> = { type: it.type, id: it.id, etag: '0', name: it.name, modified_at: '2024-05-01T10:00:00-07:00' };
  if (it.bytes) all.size = it.bytes.length;
  if (it.type === 'folder') all.size = 0;
  const want = (fields || 'type,id,etag,name').split(',').concat(['type', 'id']);
  const out: Record<string, unknown> = {};
  for (const f of want) if (all[f] !== undefined) out[f] = all[f];
  return out;
}

interface State {
  d: BoxDouble;
  o: OAuthTokens;
  /** download keys → file id */
  downloads: Map<string, string>;
}

/** `GET /2.0/folders/<id>/items`: marker paging (`usemarker=true`, `marker`, `limit`), or offset paging. */
function itemsRoute(st: State, res: http.ServerResponse, u: URL, id: string): void {
  const folder = id === '0' ? { type: 'folder' } : st.d.items.get(id);
  if (!folder || folder.type !== 'folder') return boxError(res, 404, 'not_found', 'Not Found');
  const kids = Array.from(st.d.items.values()).filter((i) => i.parent === id);
  const limit = Math.min(Number(u.searchParams.get('limit')) || 100, 1000);
  const fields = u.searchParams.get('fields');
  if (u.searchParams.get('usemarker') === 'true') {
    const start = u.searchParams.get('marker') ? Number(Buffer.from(String(u.searchParams.get('marker')), 'base64').toString()) : 0;
    const end = start + limit;
    return json(res, 200, { entries: kids.slice(start, end).map((i) => resource(i, fields)), limit, next_marker: end < kids.length ? Buffer.from(String(end)).toString('base64') : null });
  }
  const offset = Number(u.searchParams.get('offset')) || 0;
  json(res, 200, { entries: kids.slice(offset, offset + limit).map((i) => resource(i, fields)), limit, offset, total_count: kids.length });
}

/**
 * `GET /2.0/search`: files and folders whose name holds every word of `query` (case-insensitive), offset paging
 * (`limit` at most 200), each with `path_collection` (its folders from the root, `0` "All Files") when asked in `fields`.
 */
function searchRoute(st: State, res: http.ServerResponse, u: URL): void {
  const words = String(u.searchParams.get('query') || '').trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return boxError(res, 400, 'bad_request', 'query is required');
  const hits = Array.from(st.d.items.values()).filter((i) => words.every((w) => i.name.toLowerCase().indexOf(w) >= 0));
  const limit = Math.min(Number(u.searchParams.get('limit')) || 30, 200);
  const offset = Number(u.searchParams.get('offset')) || 0;
  const fields = u.searchParams.get('fields');
  const withPath = (it: BoxItem): Record<string, unknown> => {
    const out = resource(it, fields);
    if (!fields || fields.split(',').indexOf('path_collection') < 0) return out;
    const above: { type: string; id: string; name: string }[] = [];
    for (let p = it.parent; p && p !== '0'; p = (st.d.items.get(p) as BoxItem).parent) above.unshift({ type: 'folder', id: p, name: (st.d.items.get(p) as BoxItem).name });
    above.unshift({ type: 'folder', id: '0', name: 'All Files' });
    out.path_collection = { total_count: above.length, entries: above };
    return out;
  };
  json(res, 200, { entries: hits.slice(offset, offset + limit).map(withPath), limit, offset, total_count: hits.length });
}

function fileRoute(st: State, res: http.ServerResponse, u: URL, id: string, content: boolean): void {
  const it = st.d.items.get(id);
  if (!it || it.type !== 'file') return boxError(res, 404, 'not_found', 'Not Found');
  if (!content) return json(res, 200, resource(it, u.searchParams.get('fields')));
  if (st.d.notReady) {
    res.writeHead(202, { 'Retry-After': st.d.notReady });
    return void res.end();
  }
  const key = randomBytes(12).toString('hex');
  st.downloads.set(key, id);
  const to = st.d.redirectElsewhere ? 'http://192.0.2.1/d/1/' + key + '/download' : `${st.d.downloadUrl}/d/1/${key}/download`;
  res.writeHead(302, { Location: to, 'Cache-Control': 'no-cache, no-store' });
  res.end();
}

/**
 * `GET /2.0/files/<id>/thumbnail.{jpg,png}`: a picture's own bytes stand for its thumbnail (the double does not scale
 * images), answered 200 as Box does; any other file 302 to a placeholder image (Box: no thumbnail can be made).
 */
function thumbnailRoute(st: State, res: http.ServerResponse, id: string, ext: string): void {
  const it = st.d.items.get(id);
  if (!it || it.type !== 'file') return boxError(res, 404, 'not_found', 'Not Found');
  if (!/\.(jpe?g|png|gif)$/i.test(it.name) || !it.bytes) {
    res.writeHead(302, { Location: `${st.d.downloadUrl}/placeholder.${ext}` });
    return void res.end();
  }
  res.writeHead(200, { 'Content-Type': ext === 'png' ? 'image/png' : 'image/jpeg', 'Content-Length': String(it.bytes.length) });
  res.end(it.bytes);
}

/** `/2.0/…`: bearer check, injected faults, then the endpoint. */
function apiRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): void {
  if (!st.o.bearer(req)) {
    res.writeHead(401, { 'WWW-Authenticate': 'Bearer realm="Service", error="invalid_token", error_description="The access token provided is invalid."' });
    return void res.end();
  }
  const f = takeFault(st.d);
  if (f) {
    return boxError(res, f.status, f.status === 429 ? 'rate_limit_exceeded' : f.status === 403 ? 'access_denied_insufficient_permissions' : 'internal_server_error', 'fault', f.retryAfter ? { 'Retry-After': f.retryAfter } : {});
  }
  if (u.pathname === '/2.0/search') return searchRoute(st, res, u);
  let m = /^\/2\.0\/folders\/(\d+)\/items$/.exec(u.pathname);
  if (m) return itemsRoute(st, res, u, m[1]);
  m = /^\/2\.0\/files\/(\d+)(\/content)?$/.exec(u.pathname);
  if (m) return fileRoute(st, res, u, m[1], !!m[2]);
  m = /^\/2\.0\/files\/(\d+)\/thumbnail\.(jpg|png)$/.exec(u.pathname);
  if (m) return thumbnailRoute(st, res, m[1], m[2]);
  boxError(res, 404, 'not_found', 'Not Found');
}

/** `GET /api/oauth2/authorize` (consents at once, or denies when told) and `POST /oauth2/token`. */
async function oauthRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): Promise<void> {
  if (u.pathname === '/api/oauth2/authorize') {
    if (!st.o.authorize(u, res)) json(res, 400, { error: 'invalid_client' });
    return;
  }
  if (u.pathname !== '/oauth2/token' || req.method !== 'POST') return boxError(res, 404, 'not_found', 'Not Found');
  const f = new URLSearchParams(await read(req));
  if (!st.o.client(f)) return json(res, 400, { error: 'invalid_client', error_description: 'The client credentials are invalid' });
  // refresh tokens are single-use: the one used is gone, the answer carries the next
  const t = st.o.grant(f);
  if (t) return json(res, 200, t);
  json(res, 400, { error: 'invalid_grant', error_description: 'Invalid refresh token' });
}

/** Box's tokens: a refresh token with every answer, single-use. */
const BOX_TOKENS: TokenStyle = {
  code: () => hex(16), access: () => hex(16), refresh: () => hex(24), refreshes: 'single-use', fields: { expires_in: 3600, restricted_to: [], token_type: 'bearer' },
  denied: { error_description: 'The user denied access to your application' },
};

/** The download host: `GET /d/1/<key>/download`, no bearer token accepted. */
function downloadRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): void {
  if (req.headers.authorization) st.d.downloadAuth.push(String(req.headers.authorization));
  const m = /^\/d\/1\/([0-9a-f]+)\/download$/.exec(u.pathname);
  const id = m ? st.downloads.get(m[1]) : undefined;
  const it = id ? st.d.items.get(id) : undefined;
  const status = !it || !it.bytes || req.headers.authorization ? 403 : st.d.downloadStatus;
  if (status || !it || !it.bytes) {
    res.writeHead(status || 403, { 'Content-Type': 'text/plain' });
    return void res.end('refused');
  }
  res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(it.bytes.length) });
  res.end(it.bytes);
}

export async function startBoxDouble(files: Record<string, Buffer>): Promise<BoxDouble> {
  const { items, ids } = build(files);
  const d: BoxDouble = {
    url: '',
    downloadUrl: '',
    clientId: 'double-box-client',
    clientSecret: 'double-box-secret',
    items,
    idOf: (p) => String(ids.get(p.replace(/\/+$/, '')) || ''),
    fault: null,
    redirectElsewhere: false,
    notReady: null,
    downloadStatus: null,
    deny: false,
    refuseRefresh: false,
    calls: [],
    authorizations: [],
    downloadAuth: [],
    expireAccessTokens: () => st.o.expire(),
    close: () => closeAll(api, dl),
  };
  const st: State = { d, o: new OAuthTokens(d, BOX_TOKENS), downloads: new Map() };
  const api = logged(d.calls, (req, res, u) => {
    if (u.pathname.indexOf('/2.0/') === 0) return apiRoute(st, req, res, u);
    oauthRoute(st, req, res, u).catch(() => json(res, 500, { error: 'double failed' }));
  });
  const dl = http.createServer((req, res) => {
    const u = new URL(req.url || '/', 'http://x');
    d.calls.push(`${req.method} download ${u.pathname}`);
    downloadRoute(st, req, res, u);
  });
  d.url = await listen(api);
  d.downloadUrl = await listen(dl);
  return d;
}
