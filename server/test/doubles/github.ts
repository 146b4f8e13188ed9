/**
 * A DOUBLE of GitHub's OAuth app flow and the REST API (see README.md here): the documented subset the `github` cloud
 * source calls, over loopback, with switches for the failures the tests need. Repositories are given as
 * `{'owner/name': {'/Folder/file.ext': Buffer}}`; each is private (its files' `download_url` carries a token, as
 * GitHub's do). OAuth-app tokens do not expire and there is no refresh token: `revokeTokens()` makes them 401.
 */
import * as http from 'http';
import { OAuthTokens, TokenStyle, closeAll, hex, jsonAs, listen, logged, read, takeFault } from './oauthDouble';

export interface GitHubDouble {
  url: string;
  clientId: string;
  clientSecret: string;
  /** files above this size are refused by the contents API (403 `too_large`), served by `download_url` only */
  contentsLimit: number;
  /** file bytes (raw contents and download URLs) are sent in four quarters this many ms apart (0: at once) */
  dripMs: number;
  /** answer the next calls to the API (not OAuth, not raw) with this status; `limit` = as a spent primary rate limit */
  fault: { status: number; retryAfter?: string; limit?: boolean; times: number } | null;
  deny: boolean;
  revokeTokens(): void;
  /** calls seen, `METHOD path?query` */
  calls: string[];
  /** the authorize requests' query parameters */
  authorizations: URLSearchParams[];
  /** headers of the API calls and of the raw content host's (lower-case names), in order */
  apiHeaders: http.IncomingHttpHeaders[];
  rawHeaders: http.IncomingHttpHeaders[];
  close(): Promise<void>;
}

interface State {
  d: GitHubDouble;
  o: OAuthTokens;
  repos: Record<string, Record<string, Buffer>>;
  /** download tokens of raw URLs */
  raw: string;
}

const DOCS = 'https://docs.github.com/rest';

const json = jsonAs('application/json; charset=utf-8');

const gherror = (res: http.ServerResponse, status: number, message: string, headers: Record<string, string> = {}, extra: Record<string, unknown> = {}): void => json(res, status, { message, documentation_url: DOCS, ...extra }, headers);

/** The repository's children of `inner` ('' = its top): files and directories, as the contents API lists them. */
function children(st: State, full: string, inner: string): Record<string, unknown>[] | null {
  const files = st.repos[full];
  const prefix = inner ? '/' + inner + '/' : '/';
  const seen = new Map<string, Record<string, unknown>>();
  let any = !inner;
  for (const p of Object.keys(files)) {
    if (p.indexOf(prefix) !== 0) continue;
    any = true;
    const rest = p.slice(prefix.length);
    const name = rest.split('/')[0];
    const path = (inner ? inner + '/' : '') + name;
    if (seen.has(name)) continue;
    seen.set(name, rest.indexOf('/') >= 0 ? item(st, full, path, 'dir') : item(st, full, path, 'file'));
  }
  return any ? Array.from(seen.values()) : null;
}

function item(st: State, full: string, path: string, type: 'dir' | 'file'): Record<string, unknown> {
  const name = path.split('/').pop() as string;
  const api = `${st.d.url}/repos/${full}/contents/${path}`;
  const base = { name, path, sha: 'f'.repeat(40), url: api + '?ref=main', html_url: `https://github.com/${full}/tree/main/${path}`, git_url: null, _links: { self: api } };
  if (type === 'dir') return { ...base, type, size: 0, download_url: null };
  return { ...base, type, size: st.repos[full]['/' + path].length, download_url: `${st.d.url}/raw/${full}/main/${path}?token=${st.raw}` };
}

function userRepos(st: State, res: http.ServerResponse, u: URL): void {
  const names = Object.keys(st.repos).sort();
  const per = Math.min(Number(u.searchParams.get('per_page')) || 30, 100);
  const page = Number(u.searchParams.get('page')) || 1;
  const slice = names.slice((page - 1) * per, page * per);
  const links: string[] = [];
  const at = (n: number): string => `<${st.d.url}/user/repos?per_page=${per}&page=${n}&sort=full_name>`;
  if (page * per < names.length) links.push(`${at(page + 1)}; rel="next"`, `${at(Math.ceil(names.length / per))}; rel="last"`);
  const body = slice.map((full, i) => ({ id: i + 1, name: full.split('/')[1], full_name: full, private: true, owner: { login: full.split('/')[0], type: 'User' }, pushed_at: '2024-05-01T10:00:00Z', default_branch: 'main' }));
  json(res, 200, body, links.length ? { Link: links.join(', ') } : {});
}

function contentsRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, full: string, inner: string): void {
  if (!st.repos[full]) return gherror(res, 404, 'Not Found');
  const file = st.repos[full]['/' + inner];
  if (file === undefined) {
    const kids = children(st, full, inner);
    return kids ? json(res, 200, kids) : gherror(res, 404, 'Not Found');
  }
  if (file.length > st.d.contentsLimit) return gherror(res, 403, 'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.', {}, { errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }] });
  if (String(req.headers.accept) === 'application/vnd.github.raw') {
    res.writeHead(200, { 'Content-Type': 'application/vnd.github.raw', 'Content-Length': String(file.length) });
    return send(st, res, file);
  }
  json(res, 200, { ...item(st, full, inner, 'file'), encoding: 'base64', content: file.toString('base64') });
}

/** The API: bearer (or `token`) check, the User-Agent GitHub requires, injected faults, then the endpoint. */
function apiRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): void {
  st.d.apiHeaders.push(req.headers);
  if (!st.o.bearer(req, /^(?:Bearer|token) (.+)$/)) return gherror(res, 401, 'Bad credentials');
  if (!req.headers['user-agent']) return gherror(res, 403, 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header.');
  const f = takeFault(st.d);
  if (f) {
    if (f.limit) return gherror(res, 403, 'API rate limit exceeded for user.', { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 60) });
    return gherror(res, f.status, f.status === 429 || f.retryAfter ? 'You have exceeded a secondary rate limit.' : 'Server Error', f.retryAfter ? { 'Retry-After': f.retryAfter } : {});
  }
  if (u.pathname === '/user/repos') return userRepos(st, res, u);
  const m = /^\/repos\/([^/]+)\/([^/]+)\/contents\/?(.*)$/.exec(u.pathname);
  if (!m) return gherror(res, 404, 'Not Found');
  contentsRoute(st, req, res, decodeURIComponent(m[1]) + '/' + decodeURIComponent(m[2]), m[3].split('/').filter(Boolean).map(decodeURIComponent).join('/'));
}

/** `GET /raw/<owner>/<repo>/<branch>/<path>?token=`: raw.githubusercontent.com, any size. */
function rawRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): void {
  st.d.rawHeaders.push(req.headers);
  const m = /^\/raw\/([^/]+\/[^/]+)\/main\/(.+)$/.exec(u.pathname);
  const file = m && st.repos[decodeURIComponent(m[1])] ? st.repos[decodeURIComponent(m[1])]['/' + m[2].split('/').map(decodeURIComponent).join('/')] : undefined;
  if (!file || u.searchParams.get('token') !== st.raw) {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    return void res.end('404: Not Found');
  }
  res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(file.length) });
  send(st, res, file);
}

/** A file's bytes, in four quarters `dripMs` apart when set. */
function send(st: State, res: http.ServerResponse, file: Buffer, quarter = 0): void {
  if (!st.d.dripMs) return void res.end(file);
  const at = (q: number): number => Math.floor((file.length * q) / 4);
  if (quarter === 3) return void res.end(file.subarray(at(3)));
  res.write(file.subarray(at(quarter), at(quarter + 1)));
  setTimeout(() => send(st, res, file, quarter + 1), st.d.dripMs);
}

/** GitHub's OAuth-app tokens: no refresh token (they do not expire). */
const GITHUB_TOKENS: TokenStyle = { code: () => hex(10), access: () => 'gho_' + hex(16), refresh: () => '', refreshes: 'none', fields: { token_type: 'bearer', scope: 'repo' }, denied: { error_description: 'The user has denied your application access.' } };

/** `GET /login/oauth/authorize` (consents at once, or denies when told) and `POST /login/oauth/access_token`. */
async function oauthRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): Promise<void> {
  if (u.pathname === '/login/oauth/authorize') {
    if (!st.o.authorize(u, res)) gherror(res, 404, 'Not Found');
    return;
  }
  const f = new URLSearchParams(await read(req));
  const granted = st.o.client(f) ? st.o.grant(f) : null;
  let answer: Record<string, string>;
  if (!st.o.client(f)) answer = { error: 'incorrect_client_credentials', error_description: 'The client_id and/or client_secret passed are incorrect.' };
  else if (!granted) answer = { error: 'bad_verification_code', error_description: 'The code passed is incorrect or expired.' };
  else answer = { access_token: String(granted.access_token), token_type: 'bearer', scope: 'repo' };
  // GitHub answers 200 either way, and form-encoded unless asked for JSON
  if (/application\/json/.test(String(req.headers.accept))) return json(res, 200, answer);
  res.writeHead(200, { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' });
  res.end(new URLSearchParams(answer).toString());
}

export async function startGitHubDouble(repos: Record<string, Record<string, Buffer>>): Promise<GitHubDouble> {
  const d: GitHubDouble = {
    url: '',
    clientId: 'Iv1.double0client',
    clientSecret: 'double-client-secret',
    contentsLimit: 1024 * 1024,
    dripMs: 0,
    fault: null,
    deny: false,
    calls: [],
    authorizations: [],
    apiHeaders: [],
    rawHeaders: [],
    revokeTokens: () => st.o.expire(),
    close: () => closeAll(server),
  };
  const st: State = { d, o: new OAuthTokens(d, GITHUB_TOKENS), repos, raw: 'GHSAT0' + hex(8) };
  const server = logged(d.calls, (req, res, u) => {
    if (u.pathname.indexOf('/login/oauth/') === 0) return void oauthRoute(st, req, res, u).catch(() => json(res, 500, { message: 'double failed' }));
    if (u.pathname.indexOf('/raw/') === 0) return rawRoute(st, req, res, u);
    apiRoute(st, req, res, u);
  });
  d.url = await listen(server);
  return d;
}
