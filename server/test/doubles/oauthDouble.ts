/**
 * What every OAuth provider's DOUBLE here shares (see README.md here): the authorize page that consents at once (or
 * denies when told), the code → tokens grant, the refresh grant with its switches (expire every access token handed
 * out, refuse refreshes), the bearer check, the fault switch, JSON replies, the call log and the loopback listener.
 * Google's OAuth endpoints, which the Drive and Gmail doubles both serve, are here whole (`googleOAuthRoute`). Each
 * provider's double keeps only its API.
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import { randomBytes } from 'crypto';

export type Headers = Record<string, string>;
export type Reply = (res: http.ServerResponse, status: number, body: unknown, headers?: Headers) => void;

/** A JSON reply with the provider's own Content-Type. */
export function jsonAs(contentType: string): Reply {
  return (res, status, body, headers = {}) => {
    res.writeHead(status, { 'Content-Type': contentType, ...headers });
    res.end(JSON.stringify(body));
  };
}

/** A request's body, as text. */
export function read(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/** `n` random bytes, as hex. */
export const hex = (n: number): string => randomBytes(n).toString('hex');

/** Listens on a free loopback port; resolves with the server's URL. */
export function listen(server: http.Server): Promise<string> {
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

/** Closes the servers. */
export function closeAll(...servers: http.Server[]): Promise<void> {
  return Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r())))).then(() => undefined);
}

/** A server whose every call goes to the double's log (`METHOD path?query`) before `route` answers it. */
export function logged(calls: string[], route: (req: http.IncomingMessage, res: http.ServerResponse, u: URL) => void): http.Server {
  return http.createServer((req, res) => {
    const u = new URL(req.url || '/', 'http://x');
    calls.push(`${req.method} ${u.pathname}${u.search}`);
    route(req, res, u);
  });
}

/** The fault switch: the fault this call is answered with (its count taken down), or null once it is spent. */
export function takeFault<F extends { times: number }>(d: { fault: F | null }): F | null {
  const f = d.fault;
  if (!f || f.times <= 0) return null;
  f.times--;
  return f;
}

/** The switches and logs every OAuth double shows its tests. */
export interface OAuthSwitches {
  clientId: string;
  clientSecret: string;
  /** the next authorize page denies the consent (then consents again) */
  deny: boolean;
  /** the token endpoint refuses refresh grants */
  refuseRefresh?: boolean;
  /** calls seen, `METHOD path?query` */
  calls: string[];
  /** the authorize requests' query parameters */
  authorizations: URLSearchParams[];
}

/**
 * How a provider hands out tokens. `refresh`: 'none' (no refresh token, GitHub); 'kept' (one with the code only,
 * reusable, Google); 'renewed' (one with every answer, the old ones still good, Microsoft); 'single-use' (one with every
 * answer, the one used is gone, Box).
 */
export interface TokenStyle {
  code(): string;
  access(): string;
  refresh(): string;
  refreshes: 'none' | 'kept' | 'renewed' | 'single-use';
  /** the token answer's other fields (token_type, expires_in, scope…) */
  fields: Record<string, unknown>;
  /** the parameters besides `error=access_denied` a denied consent comes back with (`error_description`…) */
  denied?: Record<string, string>;
}

/** One provider's OAuth state: codes, access and refresh tokens, behind the double's switches. */
export class OAuthTokens {
  private readonly codes = new Set<string>();
  private readonly access = new Map<string, boolean>();
  private readonly refreshTokens = new Set<string>();

  constructor(private readonly d: OAuthSwitches, private readonly style: TokenStyle) {}

  /**
   * The authorize page: logs the request; false when the client is unknown (the caller answers in the provider's
   * error shape); else 302 back to `redirect_uri` with `state` and a new `code`, or `error=access_denied` when told.
   */
  authorize(u: URL, res: http.ServerResponse): boolean {
    this.d.authorizations.push(u.searchParams);
    if (u.searchParams.get('client_id') !== this.d.clientId) return false;
    const back = new URL(String(u.searchParams.get('redirect_uri')));
    back.searchParams.set('state', String(u.searchParams.get('state')));
    if (this.d.deny) {
      this.d.deny = false;
      back.searchParams.set('error', 'access_denied');
      for (const [k, v] of Object.entries(this.style.denied || {})) back.searchParams.set(k, v);
    } else {
      const code = this.style.code();
      this.codes.add(code);
      back.searchParams.set('code', code);
    }
    res.writeHead(302, { Location: back.href });
    res.end();
    return true;
  }

  /** Whether a token request's form names this client with its secret. */
  client(f: URLSearchParams): boolean {
    return f.get('client_id') === this.d.clientId && f.get('client_secret') === this.d.clientSecret;
  }

  /** The `authorization_code` or `refresh_token` grant: the token answer, or null (the provider's invalid grant). */
  grant(f: URLSearchParams): Record<string, unknown> | null {
    const s = this.style.refreshes;
    if (f.get('grant_type') === 'authorization_code' && this.codes.delete(String(f.get('code')))) return this.issue(s !== 'none');
    const used = String(f.get('refresh_token'));
    if (f.get('grant_type') !== 'refresh_token' || s === 'none' || this.d.refuseRefresh || !this.refreshTokens.has(used)) return null;
    if (s === 'single-use') this.refreshTokens.delete(used);
    return this.issue(s !== 'kept');
  }

  /** Whether the request carries an access token handed out here and still good (`scheme`: the accepted schemes). */
  bearer(req: http.IncomingMessage, scheme = /^Bearer (.+)$/): boolean {
    const auth = scheme.exec(String(req.headers.authorization || ''));
    return !!auth && this.valid(auth[1]);
  }

  /** Whether `token` is an access token handed out here and still good. */
  valid(token: string | null): boolean {
    return !!token && !!this.access.get(token);
  }

  /** Every access token handed out so far is expired (or revoked). */
  expire(): void {
    for (const k of this.access.keys()) this.access.set(k, false);
  }

  private issue(withRefresh: boolean): Record<string, unknown> {
    const a = this.style.access();
    this.access.set(a, true);
    const t: Record<string, unknown> = { access_token: a, ...this.style.fields };
    if (withRefresh) {
      const r = this.style.refresh();
      this.refreshTokens.add(r);
      t.refresh_token = r;
    }
    return t;
  }
}

/** Google's token style: a refresh token only with the code (offline access), reusable. */
export function googleTokens(scope: string): TokenStyle {
  return { code: () => '4/' + hex(8), access: () => 'ya29.' + hex(12), refresh: () => '1//' + hex(12), refreshes: 'kept', fields: { expires_in: 3599, token_type: 'Bearer', scope } };
}

/** Google's error shape. */
export function googleError(res: http.ServerResponse, status: number, reason: string, message: string, headers: Headers = {}, extra: Record<string, unknown> = {}): void {
  googleJson(res, status, { error: { code: status, message, errors: [{ domain: 'global', reason, message }], ...extra } }, headers);
}

export const googleJson = jsonAs('application/json; charset=UTF-8');

/** The answer to a Google API call when the bearer is bad or a fault is switched on; false when the call may go on. */
export function googleGate(o: OAuthTokens, d: { fault: { status: number; retryAfter?: string; reason?: string; times: number } | null }, req: http.IncomingMessage, res: http.ServerResponse, unauthorized: string): boolean {
  if (!o.bearer(req)) {
    googleError(res, 401, 'authError', unauthorized, { 'WWW-Authenticate': 'Bearer realm="https://accounts.google.com/"' });
    return true;
  }
  const f = takeFault(d);
  if (!f) return false;
  googleError(res, f.status, f.reason || (f.status === 429 ? 'rateLimitExceeded' : 'backendError'), 'fault', f.retryAfter ? { 'Retry-After': f.retryAfter } : {});
  return true;
}

/** Google's `GET /o/oauth2/v2/auth` (consents at once, or denies when told) and `POST /token`. */
export async function googleOAuthRoute(o: OAuthTokens, req: http.IncomingMessage, res: http.ServerResponse, u: URL): Promise<void> {
  if (u.pathname === '/o/oauth2/v2/auth') {
    if (!o.authorize(u, res)) googleJson(res, 400, { error: 'invalid_client' });
    return;
  }
  const f = new URLSearchParams(await read(req));
  if (!o.client(f)) return googleJson(res, 401, { error: 'invalid_client', error_description: 'Unauthorized' });
  const t = o.grant(f);
  if (t) return googleJson(res, 200, t);
  googleJson(res, 400, { error: 'invalid_grant', error_description: 'Bad Request' });
}

/** What the Google doubles (Drive, Gmail) show their tests besides their API's own state. */
export interface GoogleDoubleSwitches extends OAuthSwitches {
  url: string;
  /** answer the next calls to the API with this status (and Retry-After / a rate-limit reason) */
  fault: { status: number; retryAfter?: string; reason?: string; times: number } | null;
  expireAccessTokens(): void;
  refuseRefresh: boolean;
  close(): Promise<void>;
}

/** A fault of Meta's Graph API (Facebook, Instagram): the status, Graph's error code, and Retry-After when told. */
export interface GraphFault {
  status: number;
  code: number;
  retryAfter?: string;
  times: number;
}

export type GraphReply = (res: http.ServerResponse, status: number, code: number, message: string, headers?: Headers) => void;

const graphJson = jsonAs('application/json; charset=UTF-8');

/** Graph's error shape `{error: {message, type, code, fbtrace_id}}`; `type` is `apiException` for codes other than 190. */
export function graphErrorOf(apiException: string): GraphReply {
  return (res, status, code, message, headers = {}) => graphJson(res, status, { error: { message, type: code === 190 ? 'OAuthException' : apiException, code, fbtrace_id: 'double' } }, headers);
}

/** Graph's answer to a call without a good access token (error 190). */
export const GRAPH_EXPIRED = 'Error validating access token: Session has expired.';

/** A Graph call's access token: the bearer token in `Authorization`, else the `access_token` parameter. */
export function graphToken(req: http.IncomingMessage, u: URL): string | null {
  const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization || ''));
  return bearer ? bearer[1] : u.searchParams.get('access_token');
}

/** Answers the call with the fault switched on (its status, Graph code and Retry-After); false when there is none. */
export function graphFault(d: { fault: GraphFault | null }, res: http.ServerResponse, reply: GraphReply): boolean {
  const f = takeFault(d);
  if (!f) return false;
  reply(res, f.status, f.code, 'fault', f.retryAfter ? { 'Retry-After': f.retryAfter } : {});
  return true;
}

/** Graph's cursor paging: `limit`, `after`; `paging.next` only when more follow. */
export function graphPage<T>(res: http.ServerResponse, u: URL, all: T[]): void {
  const limit = Math.min(Number(u.searchParams.get('limit')) || 25, 100);
  const start = u.searchParams.get('after') ? Number(Buffer.from(String(u.searchParams.get('after')), 'base64').toString()) : 0;
  const data = all.slice(start, start + limit);
  const cursor = (n: number): string => Buffer.from(String(n)).toString('base64');
  const paging: Record<string, unknown> = { cursors: { before: cursor(start), after: cursor(start + data.length) } };
  if (start + limit < all.length) paging.next = u.origin + u.pathname + '?after=' + cursor(start + data.length);
  graphJson(res, 200, { data, paging });
}

/** A Google double's own part: its fields besides the switches, its client, scope, and API (what is under `apiPrefix`). */
export interface GoogleDoubleSpec<D extends GoogleDoubleSwitches> {
  /** the client id's and secret's stem ('double-gmail' → 'double-gmail.apps.googleusercontent.com') */
  client: string;
  own: Omit<D, keyof GoogleDoubleSwitches>;
  /** the scope the sign-in grants */
  scope: string;
  /** the paths the API answers (one prefix, or several: e.g. Drive's API and its thumbnail links) */
  apiPrefix: string | string[];
  /** the API's route, given the double and its tokens once */
  api(d: D, o: OAuthTokens): (req: http.IncomingMessage, res: http.ServerResponse, u: URL) => void;
}

/** Starts a Google double (Drive, Gmail): its switches, Google's OAuth endpoints (`googleOAuthRoute`) and its API. */
export async function startGoogleDouble<D extends GoogleDoubleSwitches>(spec: GoogleDoubleSpec<D>): Promise<D> {
  const calls: string[] = [];
  const prefixes = typeof spec.apiPrefix === 'string' ? [spec.apiPrefix] : spec.apiPrefix;
  const server = logged(calls, (req, res, u) => {
    if (prefixes.some((p) => u.pathname.indexOf(p) === 0)) return api(req, res, u);
    googleOAuthRoute(o, req, res, u).catch(() => googleJson(res, 500, { error: 'double failed' }));
  });
  const switches: GoogleDoubleSwitches = {
    url: '', clientId: spec.client + '.apps.googleusercontent.com', clientSecret: spec.client + '-secret',
    fault: null, deny: false, refuseRefresh: false, calls, authorizations: [],
    expireAccessTokens: () => o.expire(),
    close: () => closeAll(server),
  };
  // the own fields are the double's type's others: together they are a D
  const d = { ...switches, ...spec.own } as D;
  const o = new OAuthTokens(d, googleTokens(spec.scope));
  const api = spec.api(d, o);
  d.url = await listen(server);
  return d;
}
