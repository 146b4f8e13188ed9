/**
 * A DOUBLE of Dropbox's API v2 and OAuth 2 endpoints (see README.md here): the documented subset the cloud provider
 * calls, over loopback, with switches for the failures the tests need. Files are `{path: Buffer}`, paths as Dropbox
 * shows them (`/Photos/a.jpg`); folders are implied by the paths.
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import { randomBytes } from 'crypto';

export interface DropboxDouble {
  url: string;
  clientId: string;
  clientSecret: string;
  /** answer the next calls to `/2/…` with this status (and Retry-After for 429) */
  fault: { status: number; retryAfter?: string; times: number } | null;
  /** the authorize page denies the next consent */
  deny: boolean;
  /** every access token issued so far answers 401 expired_access_token */
  expireAccessTokens(): void;
  /** refresh grants are refused (invalid_grant) */
  refuseRefresh: boolean;
  /** calls seen, `METHOD path` */
  calls: string[];
  close(): Promise<void>;
}

interface Entry {
  '.tag': 'file' | 'folder';
  name: string;
  path_display: string;
  path_lower: string;
  id: string;
  size?: number;
  server_modified?: string;
}

function read(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** The direct children of `folder` ('' = root) among `files`. */
function children(files: Record<string, Buffer>, folder: string): Entry[] {
  const seen = new Map<string, Entry>();
  const prefix = folder.toLowerCase() + '/';
  for (const p of Object.keys(files)) {
    if (p.toLowerCase().indexOf(prefix) !== 0) continue;
    const rest = p.slice(prefix.length);
    const name = rest.split('/')[0];
    const display = folder + '/' + name;
    if (rest.indexOf('/') >= 0) seen.set(name, { '.tag': 'folder', name, path_display: display, path_lower: display.toLowerCase(), id: 'id:' + display });
    else seen.set(name, { '.tag': 'file', name, path_display: display, path_lower: display.toLowerCase(), id: 'id:' + display, size: files[p].length, server_modified: '2024-05-01T10:00:00Z' });
  }
  return Array.from(seen.values());
}

interface Cursor {
  entries: Entry[];
  offset: number;
  limit: number;
}

/** What the double knows: the files, the codes and tokens it issued, the open listing cursors. */
interface State {
  d: DropboxDouble;
  files: Record<string, Buffer>;
  codes: Set<string>;
  /** access token → still valid */
  access: Map<string, boolean>;
  refreshes: Set<string>;
  cursors: Map<string, Cursor>;
}

function issue(st: State): Record<string, unknown> {
  const a = 'sl.' + randomBytes(12).toString('hex');
  const r = 'rt.' + randomBytes(12).toString('hex');
  st.access.set(a, true);
  st.refreshes.add(r);
  return { access_token: a, token_type: 'bearer', expires_in: 14400, refresh_token: r, scope: 'files.content.read', account_id: 'dbid:double', uid: '1' };
}

function page(c: Cursor, cursor: string): Record<string, unknown> {
  const entries = c.entries.slice(c.offset, c.offset + c.limit);
  c.offset += entries.length;
  return { entries, cursor, has_more: c.offset < c.entries.length };
}

function fileOrFolder(st: State, p: string): Record<string, unknown> | null {
  const key = Object.keys(st.files).find((k) => k.toLowerCase() === p.toLowerCase());
  if (key) return { '.tag': 'file', name: key.split('/').pop(), path_display: key, path_lower: key.toLowerCase(), id: 'id:' + key, size: st.files[key].length, server_modified: '2024-05-01T10:00:00Z' };
  if (children(st.files, p).length) return { '.tag': 'folder', name: p.split('/').pop(), path_display: p, path_lower: p.toLowerCase(), id: 'id:' + p };
  return null;
}

/** `/2/files/…`: bearer check, injected faults, then the endpoint. */
async function apiRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, route: string): Promise<void> {
  const auth = /^Bearer (.+)$/.exec(String(req.headers.authorization || ''));
  const valid = auth ? st.access.get(auth[1]) : undefined;
  if (valid === undefined) return json(res, 401, { error_summary: 'invalid_access_token/', error: { '.tag': 'invalid_access_token' } });
  if (!valid) return json(res, 401, { error_summary: 'expired_access_token/', error: { '.tag': 'expired_access_token' } });
  const f = st.d.fault;
  if (f && f.times > 0) {
    f.times--;
    return json(res, f.status, { error_summary: 'too_many_requests/' }, f.retryAfter ? { 'Retry-After': f.retryAfter } : {});
  }
  const notFound = () => json(res, 409, { error_summary: 'path/not_found/..', error: { '.tag': 'path', path: { '.tag': 'not_found' } } });
  if (route === '/2/files/download') {
    const arg = JSON.parse(String(req.headers['dropbox-api-arg'] || '{}')) as { path?: string };
    const key = Object.keys(st.files).find((p) => p.toLowerCase() === String(arg.path).toLowerCase());
    if (!key) return notFound();
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Dropbox-API-Result': JSON.stringify({ name: key.split('/').pop(), size: st.files[key].length }) });
    return void res.end(st.files[key]);
  }
  const body = JSON.parse((await read(req)) || '{}') as { path?: string; limit?: number; cursor?: string };
  if (route === '/2/files/list_folder') {
    const entries = children(st.files, String(body.path));
    if (!entries.length) return notFound();
    const cursor = 'c.' + randomBytes(8).toString('hex');
    const c = { entries, offset: 0, limit: Math.min(Number(body.limit) || 2000, 2000) };
    st.cursors.set(cursor, c);
    return json(res, 200, page(c, cursor));
  }
  if (route === '/2/files/list_folder/continue') {
    const c = st.cursors.get(String(body.cursor));
    return c ? json(res, 200, page(c, String(body.cursor))) : json(res, 409, { error_summary: 'reset/', error: { '.tag': 'reset' } });
  }
  if (route === '/2/files/get_metadata') {
    const m = fileOrFolder(st, String(body.path));
    return m ? json(res, 200, m) : notFound();
  }
  json(res, 404, { error: 'unknown endpoint' });
}

/** `/oauth2/authorize` (consents at once, or denies when told) and `/oauth2/token`. */
async function oauthRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): Promise<void> {
  const { d } = st;
  if (u.pathname === '/oauth2/authorize') {
    const back = new URL(String(u.searchParams.get('redirect_uri')));
    if (u.searchParams.get('client_id') !== d.clientId) return json(res, 400, { error: 'invalid client_id' });
    back.searchParams.set('state', String(u.searchParams.get('state')));
    if (d.deny) {
      d.deny = false;
      back.searchParams.set('error', 'access_denied');
    } else {
      const code = 'code.' + randomBytes(8).toString('hex');
      st.codes.add(code);
      back.searchParams.set('code', code);
    }
    res.writeHead(302, { Location: back.href });
    return void res.end();
  }
  const f = new URLSearchParams(await read(req));
  if (f.get('client_id') !== d.clientId || f.get('client_secret') !== d.clientSecret) return json(res, 400, { error: 'invalid_client' });
  if (f.get('grant_type') === 'authorization_code' && st.codes.delete(String(f.get('code')))) return json(res, 200, issue(st));
  if (f.get('grant_type') === 'refresh_token' && !d.refuseRefresh && st.refreshes.has(String(f.get('refresh_token')))) {
    const t = issue(st);
    return json(res, 200, { access_token: t.access_token, token_type: 'bearer', expires_in: 14400 });
  }
  json(res, 400, { error: 'invalid_grant' });
}

export async function startDropboxDouble(files: Record<string, Buffer>): Promise<DropboxDouble> {
  const d: DropboxDouble = {
    url: '',
    clientId: 'double-app-key',
    clientSecret: 'double-app-secret',
    fault: null,
    deny: false,
    refuseRefresh: false,
    calls: [],
    expireAccessTokens: () => {
      for (const k of st.access.keys()) st.access.set(k, false);
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
  const st: State = { d, files, codes: new Set(), access: new Map(), refreshes: new Set(), cursors: new Map() };
  const server = http.createServer((req, res) => {
    const u = new URL(req.url || '/', 'http://x');
    d.calls.push(`${req.method} ${u.pathname}`);
    const route = u.pathname.indexOf('/oauth2/') === 0 ? oauthRoute(st, req, res, u) : apiRoute(st, req, res, u.pathname);
    route.catch(() => json(res, 500, { error: 'double failed' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  d.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return d;
}
