/** WebDAV with the `webdav` client (HTTP Basic sign-in), every connection through the guarded agents. */
import { createClient, FileStat, WebDAVClient } from 'webdav';
import type { Fields } from '../../http/body';
import { CloudError } from '../errors';
import { guardedAgent, resolveChecked } from '../netGuard';
import { FOLDER_MIMETYPE, baseName, filePathOf, folderPath, mimetypeOf } from '../paths';
import { Connection, Credentials, Entry, FileInfo, PAGE_SIZE, Provider, ProviderEnv } from '../provider';
import { networkError } from './netErrors';
import { checkedLength } from '../exact';
import { getStream } from './webdavGet';
import { pageOf } from './paging';

const NAME = 'webdav';

interface HttpFailure {
  status?: number;
  response?: { headers?: Record<string, string> };
}

/** An HTTP status (or a socket error) of the WebDAV server as the cloud API's error. */
export function webdavError(e: unknown, what: string): Error {
  if (e instanceof CloudError) return e;
  const status = (e as HttpFailure).status;
  if (typeof status !== 'number') return networkError(NAME, e);
  if (status === 401) return new CloudError('signin', NAME, 'sign-in failed (the server refused the user or password)');
  if (status === 403) return new CloudError('forbidden', NAME, `${what}: the server refused access`);
  if (status === 404 || status === 410) return new CloudError('notfound', NAME, `${what}: no such file or folder`);
  if (status === 429) {
    const retry = (e as HttpFailure).response?.headers?.['retry-after'];
    return new CloudError('ratelimit', NAME, 'the server limits requests; try again later', retry && /^\d+$/.test(retry) ? { 'Retry-After': retry } : undefined);
  }
  return new CloudError('upstream', NAME, `${what}: the server answered ${status}`);
}

function credentials(f: Fields): Credentials {
  const url = f.url;
  if (typeof url !== 'string' || !url) throw new CloudError('badrequest', NAME, 'url: required (the WebDAV folder\'s http or https URL)');
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new CloudError('badrequest', NAME, `url: not a valid URL: ${JSON.stringify(url.slice(0, 200))}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new CloudError('badrequest', NAME, 'url: expected an http or https URL');
  if (u.username || u.password) throw new CloudError('badrequest', NAME, 'url: give the user and password as `user` and `password`, not inside the URL');
  const text = (name: string): string => {
    const v = f[name];
    if (v === undefined || v === null) return '';
    if (typeof v !== 'string' || v.length > 1024) throw new CloudError('badrequest', NAME, `${name}: expected a string`);
    return v;
  };
  return { url: u.origin + u.pathname.replace(/\/*$/, '/'), user: text('user'), password: text('password') };
}

function statToEntry(s: FileStat): Entry {
  const folder = s.type === 'directory';
  const path = folder ? folderPath(s.filename) : s.filename;
  return { name: s.basename, path, folder, mimetype: folder ? FOLDER_MIMETYPE : s.mime || mimetypeOf(s.basename), size: folder ? 0 : s.size, modified: s.lastmod ? new Date(s.lastmod) : undefined };
}

async function connect(c: Credentials, env: ProviderEnv): Promise<Connection> {
  const url = new URL(String(c.url));
  await resolveChecked(NAME, url.hostname, env.net);
  const httpAgent = guardedAgent(NAME, false, env.net);
  const httpsAgent = guardedAgent(NAME, true, env.net);
  const user = c.user ? String(c.user) : '';
  const password = c.user ? String(c.password) : '';
  const client: WebDAVClient = createClient(url.href, { username: user || undefined, password: user ? password : undefined, httpAgent, httpsAgent });
  const op = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      throw webdavError(e, what);
    }
  };
  const stat = (path: string): Promise<FileInfo> =>
    op(path, async () => {
      const file = filePathOf(NAME, path, 'path');
      const s = (await client.stat(file)) as FileStat;
      if (s.type === 'directory') throw new CloudError('badrequest', NAME, `path: ${file} is a folder, not a file`);
      return { name: baseName(file), path: file, mimetype: s.mime || mimetypeOf(file), size: s.size };
    });
  // the sign-in is checked here: a wrong password is a 401 now, not at the first listing
  await op('/', () => client.getDirectoryContents('/'));
  return {
    list: (path, next) => op(path, async () => pageOf(((await client.getDirectoryContents(folderPath(path))) as FileStat[]).map(statToEntry), next, PAGE_SIZE)),
    stat,
    read: async (path) => {
      const info = await stat(path);
      const fileUrl = url.href.replace(/\/$/, '') + info.path.split('/').map(encodeURIComponent).join('/');
      const fail = (e: unknown): Error => webdavError(e, info.path);
      const raw = await getStream({ url: fileUrl, user, password, agent: url.protocol === 'https:' ? httpsAgent : httpAgent, timeoutMs: env.timeoutMs, fail });
      const body = checkedLength(NAME, raw, info.size, fail);
      return { body, size: info.size };
    },
    close: () => undefined,
  };
}

export const webdavProvider: Provider = { name: NAME, signin: 'credentials', fields: ['url', 'user', 'password'], credentials, connect };
