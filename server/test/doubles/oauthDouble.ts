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
