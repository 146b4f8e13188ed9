/**
 * filestack-js 4.3.8's own cloud client (its CloudClient, UNMODIFIED, in headless Chromium from a page of another
 * loopback origin) against this server's cloud API, one row per OAuth source (OAuth 2, and Flickr's OAuth 1.0a), each served by its loopback DOUBLE
 * (server/test/doubles/): not signed in (the `auth` answer), then, with the token the sign-in popup posts, `list` of
 * a folder, `store` of a file in it (bytes identical to the provider's), `metadata` of the stored file's URL, and
 * `logout`; with an expired access token where the provider has refresh tokens (the server refreshes, the client
 * keeps the token the answers carry). The popup's steps are walked from Node (filestack-js leaves the popup to the picker); the token it ends
 * with is handed to the client as the picker would keep it. cloud-filestack-js.test.ts does the same for FTP.
 */
import { createHash } from 'crypto';
import type { Browser } from 'playwright-core';
import { startServer, RunningServer } from '../src/index';
import { FsjsPage, openFsjsPage } from './fsjsBrowser';
import { ProviderApp, idPathOf, unescapeAttr } from './cloudOAuthKit';
import { startBoxDouble } from './doubles/box';
import { startDropboxDouble } from './doubles/dropbox';
import { startFacebookDouble } from './doubles/facebook';
import { startFlickrDouble } from './doubles/flickr';
import { startGitHubDouble } from './doubles/github';
import { startGmailDouble } from './doubles/gmail';
import { startGoogleDriveDouble } from './doubles/google-drive';
import { startInstagramDouble } from './doubles/instagram';
import { startOneDriveDouble } from './doubles/onedrive';
import { bytes, postJson } from './helpers';


/** One OAuth source at its double: its app, a folder, a file in it (protocol paths) and the file's bytes. */
interface Source {
  app: ProviderApp;
  folder: string;
  file: string;
  name: string;
  bytes: Buffer;
  /** expires every access token the double handed out (sources with refresh tokens) */
  expire?(): void;
  close(): Promise<void>;
}

const PHOTO = bytes(70001, 7);
const BLOB = bytes(65537, 9);

/** Each OAuth cloud, started: the same kind of file in each (a photo where the source holds only photos). */
const SOURCES: Record<string, () => Promise<Source>> = {
  dropbox: async () => {
    const d = await startDropboxDouble({ '/Docs/a.bin': BLOB });
    return { app: { clientId: d.appKey, clientSecret: d.appSecret, authorizeUrl: d.authorizeUrl, tokenUrl: d.tokenUrl, apiUrl: d.api, contentUrl: d.content }, folder: '/Docs/', file: '/Docs/a.bin', name: 'a.bin', bytes: BLOB, expire: () => d.expireAccessTokens(), close: () => d.close() };
  },
  googledrive: async () => {
    const d = await startGoogleDriveDouble({ '/Docs/a.bin': BLOB });
    const id = idPathOf((p) => d.idOf(p));
    return { app: { clientId: d.clientId, clientSecret: d.clientSecret, authorizeUrl: d.url + '/o/oauth2/v2/auth', tokenUrl: d.url + '/token', apiUrl: d.url }, folder: id('/Docs/'), file: id('/Docs/a.bin'), name: 'a.bin', bytes: BLOB, expire: () => d.expireAccessTokens(), close: () => d.close() };
  },
  box: async () => {
    const d = await startBoxDouble({ '/Docs/a.bin': BLOB });
    const id = idPathOf((p) => d.idOf(p));
    return { app: { clientId: d.clientId, clientSecret: d.clientSecret, authorizeUrl: d.url + '/api/oauth2/authorize', tokenUrl: d.url + '/oauth2/token', apiUrl: d.url, contentUrl: d.downloadUrl }, folder: id('/Docs/'), file: id('/Docs/a.bin'), name: 'a.bin', bytes: BLOB, expire: () => d.expireAccessTokens(), close: () => d.close() };
  },
  onedrive: async () => {
    const d = await startOneDriveDouble({ '/Docs/a.bin': BLOB });
    const id = idPathOf((p) => d.idOf(p));
    return { app: { clientId: d.clientId, clientSecret: d.clientSecret, authorizeUrl: d.url + '/common/oauth2/v2.0/authorize', tokenUrl: d.url + '/common/oauth2/v2.0/token', apiUrl: d.url + '/v1.0' }, folder: id('/Docs/'), file: id('/Docs/a.bin'), name: 'a.bin', bytes: BLOB, expire: () => d.expireAccessTokens(), close: () => d.close() };
  },
  github: async () => {
    const d = await startGitHubDouble({ 'octocat/hello-world': { '/docs/a.bin': BLOB } });
    return { app: { clientId: d.clientId, clientSecret: d.clientSecret, authorizeUrl: d.url + '/login/oauth/authorize', tokenUrl: d.url + '/login/oauth/access_token', apiUrl: d.url, contentUrl: d.url + '/raw' }, folder: '/octocat/hello-world/docs/', file: '/octocat/hello-world/docs/a.bin', name: 'a.bin', bytes: BLOB, close: () => d.close() };
  },
  gmail: async () => {
    const d = await startGmailDouble([{ subject: 'Files', date: '2024-05-02T09:00:00Z', attachments: { 'a.bin': BLOB } }]);
    return { app: { clientId: d.clientId, clientSecret: d.clientSecret, authorizeUrl: d.url + '/o/oauth2/v2/auth', tokenUrl: d.url + '/token', apiUrl: d.url }, folder: `/${d.ids[0]}/`, file: `/${d.ids[0]}/1`, name: 'a.bin', bytes: BLOB, expire: () => d.expireAccessTokens(), close: () => d.close() };
  },
  facebook: async () => {
    const d = await startFacebookDouble({ '/Holidays/beach.jpg': PHOTO });
    const album = '/' + d.idOf('/Holidays') + '/';
    return { app: { clientId: d.clientId, clientSecret: d.clientSecret, authorizeUrl: d.graph + '/dialog/oauth', tokenUrl: d.graph + '/oauth/access_token', apiUrl: d.graph, contentUrl: d.url }, folder: album, file: album + d.idOf('/Holidays/beach.jpg'), name: 'beach.jpg', bytes: PHOTO, close: () => d.close() };
  },
  instagram: async () => {
    const d = await startInstagramDouble({ '/beach.jpg': PHOTO });
    return { app: { clientId: d.clientId, clientSecret: d.clientSecret, authorizeUrl: d.url + '/oauth/authorize', tokenUrl: d.url + '/oauth/access_token', apiUrl: d.url, contentUrl: d.url }, folder: '/', file: '/' + d.idOf('/beach.jpg'), name: 'beach.jpg', bytes: PHOTO, close: () => d.close() };
  },
  flickr: async () => {
    const d = await startFlickrDouble({ '/Holidays/beach.jpg': PHOTO });
    const album = '/' + d.idOf('/Holidays') + '/';
    return { app: { clientId: d.clientId, clientSecret: d.clientSecret, authorizeUrl: d.oauthUrl + '/authorize', tokenUrl: d.oauthUrl + '/access_token', apiUrl: d.restUrl, contentUrl: d.url }, folder: album, file: album + d.idOf('/Holidays/beach.jpg'), name: 'beach.jpg', bytes: PHOTO, close: () => d.close() };
  },
};
const CLOUDS = Object.keys(SOURCES);

let srv: RunningServer;
const sources: Record<string, Source> = {};
let browser: Browser;
let fsjs: FsjsPage;
let pageOrigin: string;

beforeAll(async () => {
  for (const cloud of CLOUDS) sources[cloud] = await SOURCES[cloud]();
  const apps: Record<string, ProviderApp> = {};
  for (const cloud of CLOUDS) apps[cloud] = sources[cloud].app;
  // the doubles' download hosts and CDNs are on loopback: allowed here, as on a development server
  srv = await startServer({ cloud: { allowHosts: ['127.0.0.1'], ...apps }, fetchAllowHosts: ['127.0.0.1'] });
  fsjs = await openFsjsPage();
  ({ browser, origin: pageOrigin } = fsjs);
}, 60000);
afterAll(async () => {
  if (fsjs) await fsjs.close();
  if (srv) await srv.close();
  for (const cloud of Object.keys(sources)) await sources[cloud].close();
});

/**
 * The popup's steps from Node: redirect_url → the double's consent → the callback page; the token it posts. The
 * start's cookie (OAuth 1.0a's request token, Flickr) goes back to the callback as a browser would send it.
 */
async function signIn(cloud: string): Promise<string> {
  const first = await postJson(srv.url + '/cloud/folder/list', { apikey: 'demo', appurl: pageOrigin + '/', clouds: { [cloud]: { path: '/' } } });
  const start = await fetch(first.json[cloud].auth.redirect_url, { redirect: 'manual' });
  const consent = await fetch(String(start.headers.get('location')), { redirect: 'manual' });
  const cookie = start.headers.get('set-cookie');
  const html = await (await fetch(String(consent.headers.get('location')), { headers: cookie ? { cookie: cookie.split(';')[0] } : {} })).text();
  expect(unescapeAttr((/data-origin="([^"]*)"/.exec(html) as RegExpExecArray)[1])).toBe(pageOrigin);
  return String(JSON.parse(unescapeAttr((/data-message="([^"]*)"/.exec(html) as RegExpExecArray)[1])).token);
}

/** What filestack-js's Client offers of its CloudClient (a private member, reached as the picker reaches it). */
interface FsClientLike {
  session: { urls: { cloudApiUrl: string } };
  cloud: {
    cloudApiUrl: string;
    token: string | undefined;
    list(clouds: unknown): Promise<Record<string, Record<string, unknown>>>;
    store(name: string, path: string, options: Record<string, unknown>): Promise<Record<string, unknown>>;
    metadata(url: string): Promise<Record<string, unknown>>;
  };
  logout(name?: string): Promise<unknown>;
}

interface Outcome {
  unsigned: Record<string, unknown>;
  listed: { contents: { name: string; path: string; folder: boolean }[] };
  stored: Record<string, unknown>;
  sha256: string;
  length: number;
  meta: Record<string, unknown>;
  logout: unknown;
  after: Record<string, unknown>;
}

/** filestack-js's calls in the page, for one cloud. */
function throughFilestackJs(cloud: string, token: string): Promise<Outcome> {
  const s = sources[cloud];
  return browser.newPage().then(async (page) => {
    try {
      await page.goto(pageOrigin + '/');
      return await page.evaluate(
        async ({ api, name, token, folder, file }) => {
          const client = (window as unknown as { filestack: { init(k: string): FsClientLike } }).filestack.init('demo');
          client.session.urls.cloudApiUrl = api;
          client.cloud.cloudApiUrl = api;
          const unsigned = (await client.cloud.list({ [name]: { path: '/' } }))[name];
          client.cloud.token = token;
          const listed = (await client.cloud.list({ [name]: { path: folder } }))[name] as unknown as Outcome['listed'];
          const stored = await client.cloud.store(name, file, { location: 's3', path: 'fsjs-' + name + '/' });
          const got = await (await fetch(String(stored.url))).arrayBuffer();
          const digest = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', got)));
          const meta = await client.cloud.metadata(String(stored.url));
          const logout = await client.logout(name);
          const after = (await client.cloud.list({ [name]: { path: '/' } }))[name];
          return { unsigned, listed, stored, sha256: digest.map((b) => (b < 16 ? '0' : '') + b.toString(16)).join(''), length: got.byteLength, meta, logout, after };
        },
        { api: srv.url + '/cloud', name: cloud, token, folder: s.folder, file: s.file },
      );
    } finally {
      await page.close();
    }
  });
}

test.each(CLOUDS)('%s: list, store, metadata and logout through filestack-js CloudClient; bytes identical', async (cloud) => {
  const s = sources[cloud];
  const token = await signIn(cloud);
  // where the provider has refresh tokens, the listing refreshes first: filestack-js keeps the token it answers
  if (s.expire) s.expire();
  const out = await throughFilestackJs(cloud, token);
  expect(out.unsigned).toMatchObject({ client: cloud, contents: [], auth: { kind: 'oauth', redirect_url: expect.stringContaining(`/cloud/auth/${cloud}/start?s=`) } });
  expect(out.listed.contents.filter((e) => !e.folder).map((e) => [e.name, e.path])).toContainEqual([s.name, s.file]);
  expect(out.stored).toMatchObject({ filename: s.name, size: s.bytes.length, status: 'Stored', client: cloud });
  expect(String(out.stored.key)).toMatch(new RegExp(`^fsjs-${cloud}/`));
  expect([out.length, out.sha256]).toEqual([s.bytes.length, createHash('sha256').update(s.bytes).digest('hex')]);
  expect(out.meta).toMatchObject({ filename: s.name, size: s.bytes.length });
  expect(out.logout).toEqual({ logout: true });
  // filestack-js does not take the token from the logout answer: the server revoked the sign-in anyway
  expect(out.after).toMatchObject({ auth: { kind: 'oauth' } });
}, 60000);
