/**
 * A loopback DOUBLE of Dropbox (see README.md here): OAuth 2 and the API v2 files endpoints that the `DROPBOX` cloud
 * source and the `dropbox` store location call, with switches for the failures the tests need. One HTTP server
 * serves Dropbox's three hosts under prefixes: the web host (`/www`: `GET /oauth2/authorize`), the API host (`/api`:
 * `/oauth2/token` and the RPC endpoints `/2/files/get_metadata`, `delete_v2`, `list_folder` (+ `/continue`),
 * `search_v2` (+ `search/continue_v2`)) and the
 * content host (`/content`: `/2/files/upload`, `upload_session/start|append_v2|finish`, `download`,
 * `get_thumbnail_v2`), and refuses an
 * endpoint asked of the wrong host.
 *
 * As documented by Dropbox: a bearer token on every files call (401 `invalid_access_token/` or
 * `expired_access_token/` otherwise); content endpoints take their argument as JSON in `Dropbox-API-Arg` (ASCII
 * only: other characters escaped) and RPC endpoints as the JSON body; errors are JSON with `error_summary`.
 * `/oauth2/authorize` consents at once (redirects to `redirect_uri` with `code` and `state`, or
 * `error=access_denied` when told to); `/oauth2/token` takes the `authorization_code` and `refresh_token` grants,
 * form-encoded, the app key and secret in the body. The account's files and sessions: dropboxAccount.ts.
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import { randomBytes } from 'crypto';
import { DoubleFile, DropboxAccount, Refusal, UploadSession } from './dropboxAccount';

export { contentHash } from './dropboxAccount';
export type { DoubleFile } from './dropboxAccount';

export interface DropboxDouble {
  /** the web host's authorize page (`cloud.dropbox.authorizeUrl`) */
  authorizeUrl: string;
  /** the API host's token endpoint (`cloud.dropbox.tokenUrl`) */
  tokenUrl: string;
  /** base of the API host (`dropbox.api`, `cloud.dropbox.apiUrl`) */
  api: string;
  /** base of the content host (`dropbox.content`, `cloud.dropbox.contentUrl`) */
  content: string;
  /** the Dropbox app: its key (OAuth client id) and secret */
  appKey: string;
  appSecret: string;
  /** an access token and a refresh token issued to the app up front (what a location's settings hold) */
  token: string;
  refreshToken: string;
  /** its files, by lower-case path */
  files: Map<string, DoubleFile>;
  /** upload sessions started and not finished, by id: the bytes appended so far */
  sessions: Map<string, UploadSession>;
  /** every call: endpoint (without the host) and argument (the form's `grant_type` for `/oauth2/token`) */
  calls: { endpoint: string; arg: Record<string, unknown> }[];
  /** answer the next calls to `/2/…` with this status (and Retry-After for 429) */
  fault: { status: number; retryAfter?: string; times: number } | null;
  /** the authorize page denies the next consent */
  deny: boolean;
  /** refresh grants are refused (invalid_grant) */
  refuseRefresh: boolean;
  /** every access token issued so far answers 401 expired_access_token */
  expireAccessTokens(): void;
  close(): Promise<void>;
}

const HOSTS: Record<string, string[]> = {
  www: ['/oauth2/authorize'],
  api: ['/oauth2/token', '/2/files/get_metadata', '/2/files/delete_v2', '/2/files/list_folder', '/2/files/list_folder/continue', '/2/files/search_v2', '/2/files/search/continue_v2'],
  content: ['/2/files/upload', '/2/files/upload_session/start', '/2/files/upload_session/append_v2', '/2/files/upload_session/finish', '/2/files/download', '/2/files/get_thumbnail_v2'],
};

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

const refuse = (res: http.ServerResponse, status: number, summary: string): void => json(res, status, { error_summary: summary, error: { '.tag': summary.split('/')[0] } });

/** The double's app, tokens and switches around the account. */
class Double {
  readonly app = { appKey: 'double-app-key', appSecret: 'double-app-secret' };
  /** access token → still valid */
  readonly access = new Map<string, boolean>();
  readonly refreshes = new Set<string>();
  readonly codes = new Set<string>();
  readonly calls: DropboxDouble['calls'] = [];
  readonly up = { token: '', refreshToken: '' };
  /** the switches a test sets: the returned DropboxDouble itself */
  switches: Pick<DropboxDouble, 'fault' | 'deny' | 'refuseRefresh'> = { fault: null, deny: false, refuseRefresh: false };

  constructor(readonly account: DropboxAccount) {
    const t = this.issue();
    this.up.token = String(t.access_token);
    this.up.refreshToken = String(t.refresh_token);
  }

  issue(): Record<string, unknown> {
    const a = 'sl.' + randomBytes(12).toString('hex');
    const r = 'rt.' + randomBytes(12).toString('hex');
    this.access.set(a, true);
    this.refreshes.add(r);
    return { access_token: a, token_type: 'bearer', expires_in: 14400, refresh_token: r, scope: 'files.content.read files.content.write', account_id: 'dbid:double', uid: '1' };
  }

  authorize(u: URL, res: http.ServerResponse): void {
    const back = new URL(String(u.searchParams.get('redirect_uri')));
    if (u.searchParams.get('client_id') !== this.app.appKey) return json(res, 400, { error: 'invalid client_id' });
    back.searchParams.set('state', String(u.searchParams.get('state')));
    if (this.switches.deny) {
      this.switches.deny = false;
      back.searchParams.set('error', 'access_denied');
    } else {
      const code = 'code.' + randomBytes(8).toString('hex');
      this.codes.add(code);
      back.searchParams.set('code', code);
    }
    res.writeHead(302, { Location: back.href });
    res.end();
  }

  token(body: Buffer, res: http.ServerResponse): void {
    const f = new URLSearchParams(body.toString());
    this.calls.push({ endpoint: '/oauth2/token', arg: { grant_type: f.get('grant_type') } });
    if (f.get('client_id') !== this.app.appKey || f.get('client_secret') !== this.app.appSecret) return json(res, 400, { error: 'invalid_client' });
    if (f.get('grant_type') === 'authorization_code' && this.codes.delete(String(f.get('code')))) return json(res, 200, this.issue());
    if (f.get('grant_type') === 'refresh_token' && !this.switches.refuseRefresh && this.refreshes.has(String(f.get('refresh_token')))) {
      const t = this.issue();
      return json(res, 200, { access_token: t.access_token, token_type: 'bearer', expires_in: 14400 });
    }
    json(res, 400, { error: 'invalid_grant' });
  }

  /** A files endpoint: bearer check, argument, injected fault, then the account's answer. */
  files(host: string, endpoint: string, req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): void {
    const auth = /^Bearer (.+)$/.exec(String(req.headers.authorization || ''));
    const valid = auth ? this.access.get(auth[1]) : undefined;
    if (valid === undefined) return refuse(res, 401, 'invalid_access_token/');
    if (!valid) return refuse(res, 401, 'expired_access_token/');
    const text = host === 'content' ? String(req.headers['dropbox-api-arg'] || '') : body.toString('utf8');
    if (host === 'content' && /[^\x20-\x7e]/.test(text)) return refuse(res, 400, 'Dropbox-API-Arg: only ASCII');
    let arg: Record<string, unknown>;
    try {
      arg = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return refuse(res, 400, 'Error in call: the argument is not JSON');
    }
    this.calls.push({ endpoint, arg });
    const f = this.switches.fault;
    if (f && f.times > 0) {
      f.times--;
      return json(res, f.status, { error_summary: f.status === 429 ? 'too_many_requests/' : 'internal_error/' }, f.retryAfter ? { 'Retry-After': f.retryAfter } : {});
    }
    try {
      const out = this.answer(endpoint, arg, host === 'content' ? body : Buffer.alloc(0), req.headers.range, res);
      if (!res.headersSent) json(res, 200, out);
    } catch (e) {
      if (e instanceof Refusal) return refuse(res, e.status, e.summary);
      json(res, 500, { error_summary: String(e) });
    }
  }

  answer(endpoint: string, arg: Record<string, unknown>, body: Buffer, range: string | undefined, res: http.ServerResponse): unknown {
    const a = this.account;
    switch (endpoint) {
      case '/2/files/get_metadata':
        return a.getMetadata(arg.path);
      case '/2/files/delete_v2':
        return a.remove(arg.path);
      case '/2/files/list_folder':
        return a.listFolder(arg);
      case '/2/files/list_folder/continue':
        return a.listContinue(arg);
      case '/2/files/search_v2':
        return a.search(arg);
      case '/2/files/search/continue_v2':
        return a.searchContinue(arg);
      case '/2/files/upload':
        return a.commit(arg, body);
      case '/2/files/upload_session/start':
        return a.startSession(arg, body);
      case '/2/files/upload_session/append_v2':
        return a.append(arg, body);
      case '/2/files/upload_session/finish':
        return a.finish(arg, body);
      case '/2/files/get_thumbnail_v2':
        return a.thumbnail(arg, res);
      default:
        return a.download(arg.path, range, res);
    }
  }

  serve(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): void {
    const u = new URL(req.url || '/', 'http://x');
    const host = u.pathname.split('/')[1];
    const endpoint = u.pathname.slice(host.length + 1);
    const method = host === 'www' ? 'GET' : 'POST';
    if (req.method !== method || !(HOSTS[host] || []).includes(endpoint)) return json(res, 404, { error: `no ${req.method} ${endpoint} on the ${host} host` });
    if (host === 'www') {
      this.calls.push({ endpoint, arg: { client_id: u.searchParams.get('client_id') } });
      return this.authorize(u, res);
    }
    if (endpoint === '/oauth2/token') return this.token(body, res);
    this.files(host, endpoint, req, res, body);
  }
}

/** Starts the double on a free loopback port; `seed` is the account's files, by Dropbox path (`/Photos/a.jpg`). */
export async function startDropboxDouble(seed: Record<string, Buffer> = {}): Promise<DropboxDouble> {
  const d = new Double(new DropboxAccount(seed));
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => d.serve(req, res, Buffer.concat(chunks)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const out: DropboxDouble = {
    authorizeUrl: base + '/www/oauth2/authorize',
    tokenUrl: base + '/api/oauth2/token',
    api: base + '/api',
    content: base + '/content',
    ...d.app,
    ...d.up,
    files: d.account.files,
    sessions: d.account.sessions,
    calls: d.calls,
    fault: null,
    deny: false,
    refuseRefresh: false,
    expireAccessTokens: () => {
      for (const k of d.access.keys()) d.access.set(k, false);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  d.switches = out;
  return out;
}
