/**
 * A DOUBLE of the Microsoft identity platform's OAuth 2 endpoints (v2.0) and the Microsoft Graph OneDrive API (v1.0)
 * (see README.md here): the documented subset the `onedrive` cloud source calls, over loopback, with switches for the
 * failures the tests need. Files are given as `{'/Folder/name.ext': Buffer}`; the double gives every item an id in
 * OneDrive's personal-account form (`<DRIVEID>!<n>`) and `idOf()` tells them. A file named `*.onenote` is a OneNote
 * package (neither file nor folder). `/content` redirects to a pre-authenticated `/download/<key>` URL, which refuses
 * a bearer token.
 */
import * as http from 'http';
import { randomBytes } from 'crypto';
import { OAuthTokens, TokenStyle, closeAll, hex, jsonAs, listen, logged, read, takeFault } from './oauthDouble';

export interface OneDriveItem {
  id: string;
  name: string;
  parent: string;
  kind: 'file' | 'folder' | 'package';
  mimeType?: string;
  bytes?: Buffer;
}

export interface OneDriveDouble {
  /** the host of everything: OAuth at `/common/oauth2/v2.0/…`, Graph at `/v1.0/…`, downloads at `/download/…` */
  url: string;
  clientId: string;
  clientSecret: string;
  items: Map<string, OneDriveItem>;
  /** the id of the item at a path as given (`/Photos/a.jpg`, `/Photos`) */
  idOf(path: string): string;
  /** answer the next calls to `/v1.0/…` with this status (and Retry-After) */
  fault: { status: number; retryAfter?: string; times: number } | null;
  /** `content` answers 302 to this origin (`https://10.1.2.3`) instead of the double's own */
  redirectTo: string | null;
  /** a download URL redirects to itself this many times before it answers the bytes (`?hop=n`) */
  downloadHops: number;
  deny: boolean;
  expireAccessTokens(): void;
  refuseRefresh: boolean;
  calls: string[];
  authorizations: URLSearchParams[];
  /** the token requests' forms */
  tokenRequests: URLSearchParams[];
  /** the Authorization headers download URLs got */
  downloadAuth: string[];
  close(): Promise<void>;
}

const DRIVE = '5D33DD65C6932946';
const ROOT = DRIVE + '!101';

const json = jsonAs('application/json; odata.metadata=minimal');

/** Graph's error shape. */
function graphError(res: http.ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  json(res, status, { error: { code, message, innerError: { date: '2024-05-01T10:00:00', 'request-id': randomBytes(8).toString('hex') } } }, headers);
}

const typeOf = (name: string): string => (/\.txt$/.test(name) ? 'text/plain' : /\.png$/.test(name) ? 'image/png' : /\.jpg$/.test(name) ? 'image/jpeg' : 'application/octet-stream');

function build(files: Record<string, Buffer>): { items: Map<string, OneDriveItem>; ids: Map<string, string> } {
  const items = new Map<string, OneDriveItem>();
  const ids = new Map<string, string>([['', ROOT]]);
  let n = 101;
  for (const p of Object.keys(files)) {
    const segs = p.split('/').filter(Boolean);
    for (let i = 0; i < segs.length; i++) {
      const at = '/' + segs.slice(0, i + 1).join('/');
      if (ids.has(at)) continue;
      const id = `${DRIVE}!${++n}`;
      ids.set(at, id);
      const parent = ids.get(i ? '/' + segs.slice(0, i).join('/') : '') as string;
      const last = i === segs.length - 1;
      const kind = !last ? 'folder' : /\.onenote$/.test(segs[i]) ? 'package' : 'file';
      items.set(id, { id, name: segs[i], parent, kind, mimeType: kind === 'file' ? typeOf(segs[i]) : undefined, bytes: kind === 'file' ? files[p] : undefined });
    }
  }
  return { items, ids };
}

interface State {
  d: OneDriveDouble;
  o: OAuthTokens;
  downloads: Map<string, string>;
}

/** The driveItem resource, `$select`ed, thumbnails when `$expand=thumbnails`. */
function resource(st: State, it: OneDriveItem, u: URL): Record<string, unknown> {
  const all: Record<string, unknown> = { id: it.id, name: it.name, size: it.bytes ? it.bytes.length : 0, lastModifiedDateTime: '2024-05-01T10:00:00Z', parentReference: { driveId: DRIVE.toLowerCase(), id: it.parent } };
  if (it.kind === 'folder') all.folder = { childCount: Array.from(st.d.items.values()).filter((i) => i.parent === it.id).length };
  if (it.kind === 'file') all.file = { mimeType: it.mimeType, hashes: {} };
  if (it.kind === 'package') all.package = { type: 'oneNote' };
  const select = u.searchParams.get('$select');
  const out: Record<string, unknown> = {};
  for (const k of select ? select.split(',') : Object.keys(all)) if (all[k] !== undefined) out[k] = all[k];
  if (u.searchParams.get('$expand') === 'thumbnails') out.thumbnails = it.mimeType && it.mimeType.indexOf('image/') === 0 ? [{ id: '0', medium: { height: 176, width: 176, url: `${st.d.url}/thumbnail/${encodeURIComponent(it.id)}` } }] : [];
  return out;
}

function childrenRoute(st: State, res: http.ServerResponse, u: URL, id: string): void {
  const folder = id === ROOT ? { kind: 'folder' } : st.d.items.get(id);
  if (!folder || folder.kind !== 'folder') return graphError(res, 404, 'itemNotFound', 'Item does not exist');
  pageOf(st, res, u, Array.from(st.d.items.values()).filter((i) => i.parent === id));
}

/**
 * `GET /v1.0/me/drive/root/search(q='<text>')`: the text an OData string (`''` is a quote), URL-encoded in the path;
 * the items whose name holds every word (case-insensitive), paged as children (`$top`, `@odata.nextLink`).
 */
function searchRoute(st: State, res: http.ServerResponse, u: URL, quoted: string): void {
  let text: string;
  try {
    text = decodeURIComponent(quoted);
  } catch {
    return graphError(res, 400, 'invalidRequest', 'Invalid request');
  }
  if (!/^'(?:[^']|'')*'$/.test(text)) return graphError(res, 400, 'invalidRequest', 'Syntax error in the search expression');
  const words = text.slice(1, -1).replace(/''/g, "'").toLowerCase().split(/\s+/).filter(Boolean);
  pageOf(st, res, u, Array.from(st.d.items.values()).filter((i) => words.length && words.every((w) => i.name.toLowerCase().indexOf(w) >= 0)));
}

/** One page of `kids` (`$top`, `$skiptoken`), with the `@odata.nextLink` of the next. */
function pageOf(st: State, res: http.ServerResponse, u: URL, kids: OneDriveItem[]): void {
  const top = Math.min(Number(u.searchParams.get('$top')) || 200, 1000);
  const start = Number(u.searchParams.get('$skiptoken') || 0);
  const body: Record<string, unknown> = { value: kids.slice(start, start + top).map((i) => resource(st, i, u)) };
  if (start + top < kids.length) {
    const next = new URL(`${st.d.url}${u.pathname}`);
    for (const [k, v] of u.searchParams) if (k !== '$skiptoken') next.searchParams.set(k, v);
    next.searchParams.set('$skiptoken', String(start + top));
    body['@odata.nextLink'] = next.href;
  }
  json(res, 200, body);
}

function itemRoute(st: State, res: http.ServerResponse, u: URL, id: string, content: boolean): void {
  const it = st.d.items.get(id);
  if (!it) return graphError(res, 404, 'itemNotFound', 'Item does not exist');
  if (!content) return json(res, 200, resource(st, it, u));
  if (it.kind !== 'file') return graphError(res, 400, 'invalidRequest', 'Item is not a file');
  const key = randomBytes(12).toString('hex');
  st.downloads.set(key, id);
  res.writeHead(302, { Location: `${st.d.redirectTo || st.d.url}/download/${key}` });
  res.end();
}

/**
 * `GET /items/<id>/thumbnails/0/medium/content`: 302 to a pre-authenticated URL, as Graph answers; a picture's own
 * bytes stand for its thumbnail (the double does not scale images); 404 `itemNotFound` for an item without one.
 */
function thumbnailRoute(st: State, res: http.ServerResponse, id: string): void {
  const it = st.d.items.get(id);
  if (!it || it.kind !== 'file' || !it.mimeType || it.mimeType.indexOf('image/') !== 0) return graphError(res, 404, 'itemNotFound', 'Item does not exist');
  const key = randomBytes(12).toString('hex');
  st.downloads.set(key, id);
  res.writeHead(302, { Location: `${st.d.url}/download/${key}` });
  res.end();
}

/** `/v1.0/me/drive/…`: bearer check, injected faults, then the endpoint. */
function apiRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): void {
  if (!st.o.bearer(req)) return graphError(res, 401, 'InvalidAuthenticationToken', 'Access token has expired or is not yet valid.', { 'WWW-Authenticate': 'Bearer realm=""' });
  const f = takeFault(st.d);
  if (f) {
    const code = f.status === 429 ? 'activityLimitReached' : f.status === 403 ? 'accessDenied' : f.status === 503 ? 'serviceNotAvailable' : 'generalException';
    return graphError(res, f.status, code, 'fault', f.retryAfter ? { 'Retry-After': f.retryAfter } : {});
  }
  if (u.pathname === '/v1.0/me/drive/root/children') return childrenRoute(st, res, u, ROOT);
  const s = /^\/v1\.0\/me\/drive\/root\/search\(q=(.*)\)$/.exec(u.pathname);
  if (s) return searchRoute(st, res, u, s[1]);
  const m = /^\/v1\.0\/me\/drive\/items\/([^/]+)(\/children|\/content|\/thumbnails\/0\/medium\/content)?$/.exec(u.pathname);
  if (!m) return graphError(res, 400, 'invalidRequest', 'Invalid request');
  const id = decodeURIComponent(m[1]);
  if (m[2] === '/children') return childrenRoute(st, res, u, id);
  if (m[2] && m[2].indexOf('/thumbnails/') === 0) return thumbnailRoute(st, res, id);
  itemRoute(st, res, u, id, m[2] === '/content');
}

/** Microsoft's tokens: a refresh token with every answer, the earlier ones still good. */
const MS_TOKENS: TokenStyle = {
  code: () => 'M.C' + hex(16), access: () => 'EwA' + hex(16), refresh: () => 'M.C' + hex(24), refreshes: 'renewed', fields: { token_type: 'Bearer', scope: 'Files.Read', expires_in: 3600, ext_expires_in: 3600 },
  denied: { error_description: 'The user has denied access to the scope requested by the client application.' },
};

/** `GET /common/oauth2/v2.0/authorize` (consents at once, or denies when told) and `POST /common/oauth2/v2.0/token`. */
async function oauthRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): Promise<void> {
  if (u.pathname === '/common/oauth2/v2.0/authorize') {
    if (!st.o.authorize(u, res)) json(res, 400, { error: 'unauthorized_client' });
    return;
  }
  if (u.pathname !== '/common/oauth2/v2.0/token' || req.method !== 'POST') return json(res, 404, { error: 'not_found' });
  const f = new URLSearchParams(await read(req));
  st.d.tokenRequests.push(f);
  const invalid = (error: string, description: string): void => json(res, 400, { error, error_description: description, error_codes: [70000], timestamp: '2024-05-01 10:00:00Z' });
  if (!st.o.client(f)) return invalid('invalid_client', 'AADSTS7000215: Invalid client secret provided.');
  if (String(f.get('scope')).split(' ').indexOf('Files.Read') < 0) return invalid('invalid_scope', 'AADSTS70011: The provided value for the input parameter \'scope\' is not valid.');
  const t = st.o.grant(f);
  if (t) return json(res, 200, t);
  invalid('invalid_grant', 'AADSTS70000: The provided value for the input parameter \'refresh_token\' or \'assertion\' is not valid.');
}

/** A pre-authenticated download URL: no bearer token accepted. */
function downloadRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, key: string, hop: number): void {
  if (req.headers.authorization) st.d.downloadAuth.push(String(req.headers.authorization));
  if (hop < st.d.downloadHops) {
    res.writeHead(302, { Location: `/download/${key}?hop=${hop + 1}` });
    return void res.end();
  }
  const id = st.downloads.get(key);
  const it = id ? st.d.items.get(id) : undefined;
  if (!it || !it.bytes || req.headers.authorization) {
    res.writeHead(401, { 'Content-Type': 'text/plain' });
    return void res.end('Unauthorized');
  }
  res.writeHead(200, { 'Content-Type': String(it.mimeType), 'Content-Length': String(it.bytes.length) });
  res.end(it.bytes);
}

export async function startOneDriveDouble(files: Record<string, Buffer>): Promise<OneDriveDouble> {
  const { items, ids } = build(files);
  const d: OneDriveDouble = {
    url: '',
    clientId: '00000000-0000-0000-0000-00000000d0b1',
    clientSecret: 'double-onedrive-secret',
    items,
    idOf: (p) => String(ids.get(p.replace(/\/+$/, '')) || ''),
    fault: null,
    redirectTo: null,
    downloadHops: 0,
    deny: false,
    refuseRefresh: false,
    calls: [],
    authorizations: [],
    tokenRequests: [],
    downloadAuth: [],
    expireAccessTokens: () => st.o.expire(),
    close: () => closeAll(server),
  };
  const st: State = { d, o: new OAuthTokens(d, MS_TOKENS), downloads: new Map() };
  const server = logged(d.calls, (req, res, u) => {
    if (u.pathname.indexOf('/v1.0/') === 0) return apiRoute(st, req, res, u);
    const dl = /^\/download\/([0-9a-f]+)$/.exec(u.pathname);
    if (dl) return downloadRoute(st, req, res, dl[1], Number(u.searchParams.get('hop')) || 0);
    oauthRoute(st, req, res, u).catch(() => json(res, 500, { error: 'double failed' }));
  });
  d.url = await listen(server);
  return d;
}
