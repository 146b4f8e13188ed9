/**
 * A loopback double of the Dropbox API v2 files endpoints the `dropbox` store location calls (Dropbox cannot be
 * reached from the tests; see README.md here). One HTTP server serves both hosts: the API host's endpoints under
 * `<url>/api` and the content host's under `<url>/content`, and refuses an endpoint asked of the wrong host.
 *
 * As documented by Dropbox: a bearer token on every call (401 otherwise); content endpoints take their argument as
 * JSON in `Dropbox-API-Arg` (ASCII only: other characters escaped) and answer JSON (download: the metadata in
 * `Dropbox-API-Result`, the bytes as body, 206 for a `Range`); errors are 409 with `error_summary`
 * (`path/not_found/`, `incorrect_offset/`, `not_found/` for an unknown session, `closed/`); an append or finish at an
 * offset other than the session's length is refused; `content_hash` is the SHA-256 of the SHA-256s of 4 MiB blocks.
 * `/oauth2/token` trades the refresh token for a short-lived access token.
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import { createHash, randomBytes } from 'crypto';

export interface DoubleFile {
  path: string;
  bytes: Buffer;
  rev: string;
  modified: Date;
}

export interface DropboxDouble {
  /** base of the API host (`FP_DROPBOX_API`) */
  api: string;
  /** base of the content host (`FP_DROPBOX_CONTENT`) */
  content: string;
  /** the access token it accepts (or the one it hands out for the refresh token) */
  token: string;
  refreshToken: string;
  appKey: string;
  appSecret: string;
  /** its files, by lower-case path */
  files: Map<string, DoubleFile>;
  /** upload sessions started and not finished, by id: the bytes appended so far */
  sessions: Map<string, { chunks: Buffer[]; length: number; closed: boolean }>;
  /** every call: endpoint and argument */
  calls: { endpoint: string; arg: Record<string, unknown> }[];
  stop(): Promise<void>;
}

const BLOCK = 4 * 1024 * 1024;

export function contentHash(b: Buffer): string {
  const blocks: Buffer[] = [];
  for (let i = 0; i < b.length; i += BLOCK) blocks.push(createHash('sha256').update(b.subarray(i, i + BLOCK)).digest());
  return createHash('sha256').update(Buffer.concat(blocks)).digest('hex');
}

const RPC = ['/2/files/get_metadata', '/2/files/delete_v2', '/2/files/list_folder', '/2/files/list_folder/continue', '/oauth2/token'];
const CONTENT = ['/2/files/upload', '/2/files/upload_session/start', '/2/files/upload_session/append_v2', '/2/files/upload_session/finish', '/2/files/download'];

class Refusal extends Error {
  constructor(readonly status: number, readonly summary: string) {
    super(summary);
  }
}

/** The double's state and its answers. */
class Double {
  readonly files = new Map<string, DoubleFile>();
  readonly sessions: DropboxDouble['sessions'] = new Map();
  readonly calls: DropboxDouble['calls'] = [];
  readonly creds = { token: 'token-' + randomBytes(6).toString('hex'), refreshToken: 'refresh-' + randomBytes(6).toString('hex'), appKey: 'app-key', appSecret: 'app-secret' };

  meta(f: DoubleFile) {
    const modified = f.modified.toISOString().replace(/\.\d+Z$/, 'Z');
    return { '.tag': 'file', name: f.path.split('/').pop(), path_display: f.path, path_lower: f.path.toLowerCase(), id: 'id:' + f.rev, size: f.bytes.length, rev: f.rev, server_modified: modified, content_hash: contentHash(f.bytes) };
  }

  lookup(path: unknown): DoubleFile {
    const f = typeof path === 'string' ? this.files.get(path.toLowerCase()) : undefined;
    if (!f) throw new Refusal(409, 'path/not_found/');
    return f;
  }

  commit(c: Record<string, unknown>, bytes: Buffer) {
    const path = String(c.path || '');
    if (!/^\/[^/]/.test(path) || /\/$/.test(path)) throw new Refusal(400, 'Error in call: path: the path is malformed');
    if (c.mode !== 'overwrite' && this.files.has(path.toLowerCase())) throw new Refusal(409, 'path/conflict/file/');
    const f: DoubleFile = { path, bytes, rev: randomBytes(8).toString('hex'), modified: new Date() };
    this.files.set(path.toLowerCase(), f);
    return this.meta(f);
  }

  session(cursor: unknown, length: number) {
    const c = (cursor || {}) as { session_id?: string; offset?: number };
    const s = this.sessions.get(String(c.session_id));
    if (!s) throw new Refusal(409, 'not_found/');
    if (c.offset !== s.length) throw new Refusal(409, `incorrect_offset/${s.length}/`);
    if (s.closed && length) throw new Refusal(409, 'closed/');
    return s;
  }

  answer(endpoint: string, arg: Record<string, unknown>, body: Buffer, range: string | undefined, res: http.ServerResponse): unknown {
    switch (endpoint) {
      case '/2/files/get_metadata':
        return this.meta(this.lookup(arg.path));
      case '/2/files/delete_v2': {
        const f = this.lookup(arg.path);
        this.files.delete(f.path.toLowerCase());
        return { metadata: this.meta(f) };
      }
      case '/2/files/list_folder':
      case '/2/files/list_folder/continue':
        return this.listPage(endpoint === '/2/files/list_folder' ? 0 : Number(arg.cursor));
      case '/2/files/upload':
        return this.commit(arg, body);
      case '/2/files/upload_session/start': {
        const id = 'session-' + randomBytes(8).toString('hex');
        this.sessions.set(id, { chunks: [body], length: body.length, closed: !!arg.close });
        return { session_id: id };
      }
      case '/2/files/upload_session/append_v2': {
        const s = this.session(arg.cursor, body.length);
        s.chunks.push(body);
        s.length += body.length;
        s.closed = !!arg.close;
        return null;
      }
      case '/2/files/upload_session/finish': {
        const s = this.session(arg.cursor, body.length);
        const out = this.commit((arg.commit || {}) as Record<string, unknown>, Buffer.concat(s.chunks.concat([body])));
        this.sessions.delete(String((arg.cursor as { session_id: string }).session_id));
        return out;
      }
      default:
        return this.download(this.lookup(arg.path), range, res);
    }
  }

  /** One entry per page, so paging is exercised. */
  listPage(at: number) {
    const all = Array.from(this.files.values()).sort((a, b) => (a.path < b.path ? -1 : 1));
    return { entries: all.slice(at, at + 1).map((f) => this.meta(f)), cursor: String(at + 1), has_more: at + 1 < all.length };
  }

  download(f: DoubleFile, range: string | undefined, res: http.ServerResponse): undefined {
    const m = range ? /^bytes=(\d+)-(\d*)$/.exec(range) : null;
    const start = m ? Number(m[1]) : 0;
    const end = m && m[2] ? Math.min(Number(m[2]), f.bytes.length - 1) : f.bytes.length - 1;
    const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream', 'Dropbox-API-Result': asciiJson(this.meta(f)) };
    if (m) headers['Content-Range'] = `bytes ${start}-${end}/${f.bytes.length}`;
    res.writeHead(m ? 206 : 200, headers);
    res.end(f.bytes.subarray(start, end + 1));
    return undefined;
  }

  token(body: Buffer, res: http.ServerResponse): void {
    const q = new URLSearchParams(body.toString());
    this.calls.push({ endpoint: '/oauth2/token', arg: { grant_type: q.get('grant_type') } });
    const c = this.creds;
    const ok = q.get('grant_type') === 'refresh_token' && q.get('refresh_token') === c.refreshToken && q.get('client_id') === c.appKey && q.get('client_secret') === c.appSecret;
    res.writeHead(ok ? 200 : 400, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(ok ? { access_token: c.token, token_type: 'bearer', expires_in: 14400 } : { error: 'invalid_grant' }));
  }

  serve(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): void {
    const url = new URL(req.url || '/', 'http://x');
    const host = url.pathname.split('/')[1];
    const endpoint = url.pathname.slice(host.length + 1);
    const fail = (status: number, summary: string) => {
      res.writeHead(status, { 'Content-Type': status === 409 ? 'application/json' : 'text/plain' });
      res.end(status === 409 ? JSON.stringify({ error_summary: summary, error: { '.tag': summary.split('/')[0] } }) : summary);
    };
    if (req.method !== 'POST' || !((host === 'api' && RPC.indexOf(endpoint) >= 0) || (host === 'content' && CONTENT.indexOf(endpoint) >= 0))) return fail(404, `no endpoint ${endpoint} on the ${host} host`);
    if (endpoint === '/oauth2/token') return this.token(body, res);
    if (req.headers.authorization !== 'Bearer ' + this.creds.token) return fail(401, 'invalid_access_token/');
    let arg: Record<string, unknown>;
    try {
      const text = host === 'content' ? String(req.headers['dropbox-api-arg'] || '') : body.toString('utf8');
      if (host === 'content' && /[^\x20-\x7e]/.test(text)) return fail(400, 'Dropbox-API-Arg: only ASCII');
      arg = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return fail(400, 'Error in call: the argument is not JSON');
    }
    this.calls.push({ endpoint, arg });
    try {
      const out = this.answer(endpoint, arg, host === 'content' ? body : Buffer.alloc(0), req.headers.range, res);
      if (res.headersSent) return;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(out));
    } catch (e) {
      if (e instanceof Refusal) return fail(e.status, e.summary);
      fail(500, String(e));
    }
  }
}

const asciiJson = (v: unknown): string => JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4));

export async function startDropboxDouble(): Promise<DropboxDouble> {
  const d = new Double();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => d.serve(req, res, Buffer.concat(chunks)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    api: base + '/api',
    content: base + '/content',
    ...d.creds,
    files: d.files,
    sessions: d.sessions,
    calls: d.calls,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
