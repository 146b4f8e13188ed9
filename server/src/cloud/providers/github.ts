/**
 * GitHub (an OAuth app: scope `repo`; its tokens do not expire and come without a refresh token, so a 401 means
 * "sign in again"), over the REST API: `/user/repos` (the root: the user's repositories, `Link` header paging),
 * `/repos/{owner}/{repo}/contents/{path}` (a directory listing, a file's metadata, and with the raw media type its
 * bytes). Files the contents API refuses as too large are read from their `download_url` on the raw content host
 * (through ./download.ts: no bearer token, public https hosts only).
 * Every endpoint comes from configuration.
 *
 * Paths: `/` lists the repositories, `/<owner>/` those of one owner, `/<owner>/<repo>/…` the default branch's tree.
 */
import { Readable } from 'stream';
import type { ReadableStream as WebReadableStream } from 'stream/web';
import type { OAuthAppConfig } from '../config';
import { CloudError } from '../errors';
import { FOLDER_MIMETYPE, mimetypeOf } from '../paths';
import { Connection, Credentials, Entry, FileRead, Page, PAGE_SIZE, Provider, ProviderEnv } from '../provider';
import { bearerCaller } from './bearer';
import { githubFailure, GITHUB } from './githubErrors';
import { DownloadHost, guardedGet } from './download';
import { oauthSignin } from './oauthSignin';
import { pageOf } from './paging';

/**
 * Read access to the user's public and private repositories. GitHub's OAuth apps have no read-only scope for private
 * repositories: `public_repo` grants the same (write) access, to public repositories only.
 */
export const GITHUB_SCOPE = 'repo';
const JSON_TYPE = 'application/vnd.github+json';
const RAW_TYPE = 'application/vnd.github.raw';
const HEADERS = { 'X-GitHub-Api-Version': '2022-11-28', 'User-Agent': 'filepicker-shim-server' };
/** repositories per page of `/user/repos` (GitHub's maximum) */
const REPO_PAGE = 100;
/** pages of `/user/repos` one listing of an owner's folder may read while it finds none of that owner's */
const OWNER_SCAN = 10;

interface Repo {
  name: string;
  full_name: string;
  owner: { login: string };
  pushed_at?: string | null;
}

interface Content {
  type: string;
  name: string;
  path: string;
  size: number;
  download_url: string | null;
}

interface Where {
  owner: string;
  repo: string;
  /** inside the repository, without leading or trailing `/` ('' = its top) */
  inner: string;
}

/** `/<owner>/<repo>/<inner>`: owner and repository names as GitHub allows them. */
function whereOf(path: string): Where | { owner: string } | null {
  const segs = path.split('/').filter(Boolean);
  if (!segs.length) return null;
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(segs[0]) || (segs.length > 1 && !/^[A-Za-z0-9._-]{1,100}$/.test(segs[1]))) {
    throw new CloudError('badrequest', GITHUB, `path: expected "/<owner>/<repository>/<path in it>", got ${JSON.stringify(path.slice(0, 100))}`);
  }
  return segs.length === 1 ? { owner: segs[0] } : { owner: segs[0], repo: segs[1], inner: segs.slice(2).join('/') };
}

const repoEntry = (r: Repo, name: string): Entry => ({ name, path: `/${r.owner.login}/${r.name}/`, folder: true, mimetype: FOLDER_MIMETYPE, size: 0, modified: r.pushed_at ? new Date(r.pushed_at) : undefined });

function contentEntry(w: Where, c: Content): Entry {
  const folder = c.type === 'dir';
  const path = `/${w.owner}/${w.repo}/${c.path}` + (folder ? '/' : '');
  return { name: c.name, path, folder, mimetype: folder ? FOLDER_MIMETYPE : mimetypeOf(c.name), size: folder ? 0 : c.size || 0 };
}

const byName = (a: Entry, b: Entry): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** A file of a listing (submodules are listed as files without a download URL; symlinks are left out). */
const listable = (c: Content): boolean => c.type === 'dir' || (c.type === 'file' && !!c.download_url);

/** The page number of `rel="next"` in a `Link` header, or null. */
export function nextPage(link: string | null): string | null {
  const m = /<([^>]*)>;\s*rel="next"/.exec(link || '');
  const page = m ? /[?&]page=(\d+)/.exec(m[1]) : null;
  return page ? page[1] : null;
}

function pageNumber(next: string | null): number {
  if (next === null) return 1;
  if (!/^\d{1,6}$/.test(next) || Number(next) < 1) throw new CloudError('badrequest', GITHUB, `next: expected the \`next\` of the previous page, got ${JSON.stringify(next.slice(0, 40))}`);
  return Number(next);
}

interface Api {
  app: Required<OAuthAppConfig>;
  env: ProviderEnv;
  get(url: string, accept: string, what: string): Promise<Response>;
}

const contentsUrl = (api: Api, w: Where): string => `${api.app.apiUrl}/repos/${encodeURIComponent(w.owner)}/${encodeURIComponent(w.repo)}/contents/${w.inner.split('/').map(encodeURIComponent).join('/')}`;

/** The user's repositories from page `page` on; those of `owner` only when given (scanning a few pages for one). */
async function repos(api: Api, page: number, owner: string | null, what: string): Promise<Page> {
  const entries: Entry[] = [];
  for (let scanned = 1; ; scanned++) {
    const q = new URLSearchParams({ per_page: String(REPO_PAGE), page: String(page), sort: 'full_name' });
    const res = await api.get(`${api.app.apiUrl}/user/repos?${q.toString()}`, JSON_TYPE, what);
    for (const r of (await res.json()) as Repo[]) if (!owner || r.owner.login.toLowerCase() === owner.toLowerCase()) entries.push(repoEntry(r, owner ? r.name : r.full_name));
    const next = nextPage(res.headers.get('link'));
    if (!owner || entries.length || next === null || scanned >= OWNER_SCAN) return { entries: entries.sort(byName), next };
    page = Number(next);
  }
}

/** The contents API's answer for a path: an array for a directory, an object for a file. */
async function contents(api: Api, w: Where, what: string): Promise<Content | Content[]> {
  return (await api.get(contentsUrl(api, w), JSON_TYPE, what)).json() as Promise<Content | Content[]>;
}

/** A file's entry in its directory's listing (for files the contents API refuses to describe: too large). */
async function fromParent(api: Api, w: Where, what: string): Promise<Content> {
  const cut = w.inner.lastIndexOf('/');
  const listing = await contents(api, { ...w, inner: cut < 0 ? '' : w.inner.slice(0, cut) }, what);
  const found = Array.isArray(listing) ? listing.filter((c) => c.path === w.inner)[0] : undefined;
  if (!found) throw new CloudError('notfound', GITHUB, `${what}: no such file or folder`);
  return found;
}

interface Described {
  w: Where;
  c: Content;
  /** too large for the contents API: the bytes come from `download_url` */
  large: boolean;
}

async function describe(api: Api, path: string): Promise<Described> {
  const w = whereOf(path);
  if (!w || !('repo' in w) || !w.inner) throw new CloudError('badrequest', GITHUB, `path: ${path} is a repository or an owner, not a file`);
  let c: Content | Content[];
  let large = false;
  try {
    c = await contents(api, w, path);
  } catch (e) {
    if (!(e instanceof CloudError && e.kind === 'toolarge')) throw e;
    c = await fromParent(api, w, path);
    large = true;
  }
  if (Array.isArray(c) || c.type === 'dir') throw new CloudError('badrequest', GITHUB, `path: ${path} is a folder, not a file`);
  if (c.type !== 'file') throw new CloudError('badrequest', GITHUB, `path: ${path} is a ${c.type}, not a file`);
  return { w, c, large };
}

/**
 * Bytes from the raw content host, through ./download.ts (its redirects followed to public https hosts only): no
 * bearer token goes there (a private file's URL carries its own short-lived one).
 */
function download(api: Api, c: Content, path: string): Promise<FileRead> {
  if (!c.download_url || c.download_url.indexOf(api.app.contentUrl + '/') !== 0) throw new CloudError('upstream', GITHUB, `${path}: GitHub gave no download URL on ${api.app.contentUrl}`);
  const host: DownloadHost = { provider: GITHUB, label: 'GitHub', allowed: () => true, configured: [api.app.apiUrl, api.app.contentUrl], env: api.env };
  return guardedGet(host, c.download_url, path, 'GET', { 'User-Agent': HEADERS['User-Agent'] });
}

function connection(app: Required<OAuthAppConfig>, creds: Credentials, env: ProviderEnv): Connection {
  const { call, refreshed } = bearerCaller(GITHUB, app, creds, env, githubFailure);
  const api: Api = { app, env, get: (url, accept, what) => call(url, { headers: { ...HEADERS, Accept: accept } }, what) };
  return {
    list: async (path, next) => {
      const w = whereOf(path);
      if (!w || !('repo' in w)) return repos(api, pageNumber(next), w ? w.owner : null, path);
      const c = await contents(api, w, path);
      if (!Array.isArray(c)) throw new CloudError('badrequest', GITHUB, `path: ${path} is a file, not a folder`);
      return pageOf(c.filter(listable).map((x) => contentEntry(w, x)), next, PAGE_SIZE);
    },
    stat: async (path) => {
      const { w, c } = await describe(api, path);
      return { name: c.name, path: `/${w.owner}/${w.repo}/${c.path}`, mimetype: mimetypeOf(c.name), size: c.size };
    },
    read: async (path) => {
      const { w, c, large } = await describe(api, path);
      if (large) return { body: (await download(api, c, path)).body, size: c.size };
      const res = await api.get(contentsUrl(api, { ...w, inner: c.path }), RAW_TYPE, path);
      if (!res.body) throw new CloudError('upstream', GITHUB, `${path}: GitHub sent no content`);
      return { body: Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>), size: c.size };
    },
    close: () => undefined,
    refreshed,
  };
}

export function githubProvider(app: Required<OAuthAppConfig>): Provider {
  return { ...oauthSignin(GITHUB, app, { scope: GITHUB_SCOPE, allow_signup: 'false' }), connect: async (creds, env) => connection(app, creds, env) };
}
