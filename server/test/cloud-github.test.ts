/**
 * The GitHub source (an OAuth app) against a loopback DOUBLE of GitHub's OAuth endpoints and REST API
 * (server/test/doubles/): the popup flow, repositories as folders (Link paging), directory listings, metadata, store
 * and links (large files from `download_url`), a revoked token, and failures named by provider and cause. The popup
 * walk, sign-in and the failure table are server/test/cloudOAuthKit.ts's.
 */
import { startServer } from '../src/index';
import { resolveCloud, cloudFromEnv } from '../src/cloud/config';
import { nextPage } from '../src/cloud/providers/github';
import { CloudOAuthKit, ProviderApp, counter, unescapeAttr } from './cloudOAuthKit';
import { GitHubDouble, startGitHubDouble } from './doubles/github';
import { MiB, bytes, postJson } from './helpers';

let gh: GitHubDouble;
const HELLO: Record<string, Buffer> = { '/Photos/a.jpg': bytes(3000, 1), '/Photos/Trip/b.png': bytes(10, 2), '/notes.txt': Buffer.from('hello github'), '/Big/big.bin': bytes(6 * MiB + 9, 5), '/Big/mid.bin': bytes(MiB - 7, 6) };
for (let i = 0; i < 502; i++) HELLO[`/Many/f${String(i).padStart(4, '0')}.txt`] = Buffer.from(String(i));
const REPOS: Record<string, Record<string, Buffer>> = { 'octocat/hello-world': HELLO, 'octo-org/tools': { '/README.md': Buffer.from('# tools') } };
// enough repositories of another owner for a second page of /user/repos (100 a page), sorted before the two above
for (let i = 0; i < 118; i++) REPOS[`many/r${String(i).padStart(3, '0')}`] = { '/x.txt': Buffer.from('x') };

const app = (d: GitHubDouble): ProviderApp => ({ clientId: d.clientId, clientSecret: d.clientSecret, authorizeUrl: d.url + '/login/oauth/authorize', tokenUrl: d.url + '/login/oauth/access_token', apiUrl: d.url, contentUrl: d.url + '/raw' });
const kit = new CloudOAuthKit({
  cloud: 'github',
  start: async () => (gh = await startGitHubDouble(REPOS)),
  app,
  authorizeUrl: (d) => d.url + '/login/oauth/authorize',
  reset: (d) => {
    d.fault = null;
  },
  // the raw content host is the double's loopback port: allowed by configuration, as a development server would
  cloudOptions: { allowHosts: ['127.0.0.1'] },
});
const { list, store, popup, signIn, expectFailure } = kit;
const names = (r: { json: { github: { contents: { name: string }[] } } }): string[] => r.json.github.contents.map((e) => e.name);
const tokenCalls = counter(() => gh.calls, (c) => c.indexOf('POST /login/oauth/access_token') === 0);

test('configuration: FP_CLOUD_GITHUB_*, GitHub endpoints by default (raw content host for large files)', () => {
  const c = resolveCloud(cloudFromEnv({ FP_CLOUD_GITHUB_CLIENT_ID: 'id', FP_CLOUD_GITHUB_CLIENT_SECRET: 's' }));
  expect(c.providers).toEqual(['ftp', 'webdav', 'github']);
  expect(c.github).toEqual({ clientId: 'id', clientSecret: 's', authorizeUrl: 'https://github.com/login/oauth/authorize', tokenUrl: 'https://github.com/login/oauth/access_token', apiUrl: 'https://api.github.com', contentUrl: 'https://raw.githubusercontent.com' });
  const own = resolveCloud(cloudFromEnv({ FP_CLOUD_GITHUB_CLIENT_ID: 'id', FP_CLOUD_GITHUB_CLIENT_SECRET: 's', FP_CLOUD_GITHUB_API_URL: 'https://ghe.example/api/v3', FP_CLOUD_GITHUB_CONTENT_URL: 'https://ghe.example/raw' }));
  expect(own.github).toMatchObject({ apiUrl: 'https://ghe.example/api/v3', contentUrl: 'https://ghe.example/raw' });
  expect(() => resolveCloud({ providers: ['github'] })).toThrow('FP_CLOUD_GITHUB_CLIENT_ID');
  expect(nextPage('<https://api.github.com/user/repos?page=3&per_page=100>; rel="next", <https://api.github.com/user/repos?page=9>; rel="last"')).toBe('3');
  expect(nextPage('<https://api.github.com/user/repos?page=1>; rel="prev"')).toBeNull();
});

test('sign-in: scope repo; the code is exchanged as JSON; the callback posts the token; API calls carry GitHub\'s headers', async () => {
  const first = await list(undefined);
  expect(first.json.github).toMatchObject({ client: 'github', contents: [], auth: { kind: 'oauth' } });
  const done = await popup(first.json.github.auth.redirect_url);
  expect(done.message).toMatchObject({ type: 'fp-cloud-auth', cloud: 'github' });
  const asked = gh.authorizations[gh.authorizations.length - 1];
  expect(asked.get('scope')).toBe('repo');
  expect(asked.get('client_id')).toBe(gh.clientId);
  expect((await list(done.message.token)).status).toBe(200);
  const h = gh.apiHeaders[gh.apiHeaders.length - 1];
  expect(h).toMatchObject({ accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' });
  expect(h['user-agent']).toBeTruthy();
  expect(String(h.authorization)).toMatch(/^Bearer gho_/);
});

test('the root lists the repositories by full name with Link paging; an owner folder lists that owner\'s', async () => {
  const token = await signIn();
  const p1 = await list(token);
  expect(p1.status).toBe(200);
  expect(p1.json.github.contents).toHaveLength(100);
  expect(p1.json.github.contents[0]).toMatchObject({ name: 'many/r000', path: '/many/r000/', folder: true });
  expect(p1.json.github.next).toBe('2');
  const p2 = await list(p1.json.token, '/', p1.json.github.next);
  expect(names(p2).slice(-2)).toEqual(['octo-org/tools', 'octocat/hello-world']);
  expect(p2.json.github.next).toBeNull();
  // octocat's repository is on the second page of /user/repos: the owner folder reads on until it finds one
  const owner = await list(token, '/octocat/');
  expect(owner.json.github.contents).toEqual([expect.objectContaining({ name: 'hello-world', path: '/octocat/hello-world/', folder: true })]);
  const bad = await list(token, '/octo cat/');
  expect(bad.status).toBe(400);
  expect(bad.json.error).toContain('path: expected "/<owner>/<repository>/<path in it>"');
  const badNext = await list(token, '/', 'https://evil.example/');
  expect(badNext.status).toBe(400);
});

test('a repository\'s folders (folders first, paged), metadata, store (large file from download_url, multipart) and link; bytes identical', async () => {
  const token = await signIn();
  const top = await list(token, '/octocat/hello-world/');
  expect(top.json.github.contents.map((e: { name: string; path: string }) => [e.name, e.path])).toEqual([
    ['Big', '/octocat/hello-world/Big/'], ['Many', '/octocat/hello-world/Many/'], ['Photos', '/octocat/hello-world/Photos/'], ['notes.txt', '/octocat/hello-world/notes.txt'],
  ]);
  const trip = await list(token, '/octocat/hello-world/Photos/Trip/');
  expect(trip.json.github.contents).toEqual([expect.objectContaining({ name: 'b.png', path: '/octocat/hello-world/Photos/Trip/b.png', mimetype: 'image/png', size: 10 })]);
  const m1 = await list(token, '/octocat/hello-world/Many/');
  expect(m1.json.github.contents).toHaveLength(500);
  const m2 = await list(token, '/octocat/hello-world/Many/', m1.json.github.next);
  expect(names(m2)).toEqual(['f0500.txt', 'f0501.txt']);
  const st = await store(token, '/octocat/hello-world/Big/big.bin');
  expect(st.status).toBe(200);
  expect(st.json.github).toMatchObject({ filename: 'big.bin', size: HELLO['/Big/big.bin'].length, client: 'github' });
  expect(Buffer.from(await (await fetch(st.json.github.url)).arrayBuffer()).equals(HELLO['/Big/big.bin'])).toBe(true);
  expect(gh.calls.some((c) => c.indexOf('GET /raw/octocat/hello-world/main/Big/big.bin?token=') === 0)).toBe(true);
  const mid = await store(token, '/octocat/hello-world/Big/mid.bin');
  expect(Buffer.from(await (await fetch(mid.json.github.url)).arrayBuffer()).equals(HELLO['/Big/mid.bin'])).toBe(true);
  const link = await kit.link(token, '/octocat/hello-world/Photos/a.jpg');
  expect(link.json.github).toMatchObject({ filename: 'a.jpg', mimetype: 'image/jpeg', size: 3000, client: 'github' });
  expect(Buffer.from(await (await fetch(link.json.github.url)).arrayBuffer()).equals(HELLO['/Photos/a.jpg'])).toBe(true);
  // one file came from the raw content host, and the bearer token did not go there
  expect(gh.rawHeaders).toHaveLength(1);
  expect(gh.rawHeaders[0].authorization).toBeUndefined();
}, 30000);

test('the time limit is on the answer\'s headers and on silence: a download that keeps arriving past it is not cut', async () => {
  const quick = await startServer({ cloud: { timeoutMs: 300, allowHosts: ['127.0.0.1'], github: app(gh) } });
  // four pieces 200 ms apart: 600 ms in all, twice the limit, but never 300 ms of silence
  gh.dripMs = 200;
  try {
    const first = await postJson(quick.url + '/cloud/folder/list', { apikey: 'demo', clouds: { github: { path: '/' } } });
    const start = await fetch(first.json.github.auth.redirect_url, { redirect: 'manual' });
    const consent = await fetch(String(start.headers.get('location')), { redirect: 'manual' });
    const html = await (await fetch(String(consent.headers.get('location')))).text();
    const token = JSON.parse(unescapeAttr((/data-message="([^"]*)"/.exec(html) as RegExpExecArray)[1])).token;
    for (const [path, bytesWanted] of [['/Big/big.bin', HELLO['/Big/big.bin']], ['/Big/mid.bin', HELLO['/Big/mid.bin']]] as [string, Buffer][]) {
      const st = await postJson(quick.url + '/cloud/store/', { apikey: 'demo', token, clouds: { github: { path: '/octocat/hello-world' + path } } });
      expect(st.status).toBe(200);
      expect(Buffer.from(await (await fetch(st.json.github.url)).arrayBuffer()).equals(bytesWanted)).toBe(true);
    }
  } finally {
    gh.dripMs = 0;
    await quick.close();
  }
}, 30000);

test('a folder or a repository is refused as a file, a file as a folder', async () => {
  const token = await signIn();
  const folder = await kit.link(token, '/octocat/hello-world/Photos');
  expect(folder.status).toBe(400);
  expect(folder.json.error).toContain('is a folder, not a file');
  const repo = await kit.link(token, '/octocat/hello-world');
  expect(repo.json.error).toContain('is a repository or an owner, not a file');
  const file = await list(token, '/octocat/hello-world/notes.txt/');
  expect(file.json.error).toContain('is a file, not a folder');
});

describe('failures', () => {
  test('a revoked token: 401 signin (sign in again), no refresh attempted', async () => {
    const token = await signIn();
    gh.revokeTokens();
    const before = tokenCalls();
    const r = await expectFailure(list(token), 401, 'signin');
    expect(r.json.error).toContain('sign in again');
    expect(tokenCalls()).toBe(before);
  });

  test('a spent rate limit (403, x-ratelimit-remaining 0), 429 with Retry-After, 500, and a missing repository or file', async () => {
    const token = await signIn();
    gh.fault = { status: 403, limit: true, times: 1 };
    const spent = await expectFailure(list(token), 429, 'ratelimit');
    expect(Number(spent.headers.get('retry-after'))).toBeGreaterThan(50);
    gh.fault = { status: 429, retryAfter: '30', times: 1 };
    const limited = await list(token);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('30');
    gh.fault = { status: 500, times: 1 };
    const broken = await expectFailure(list(token, '/octocat/hello-world/'), 502, 'upstream');
    expect(broken.json.error).toContain('GitHub answered 500');
    await expectFailure(store(token, '/octocat/nope/a.txt'), 404, 'notfound');
    const gone = await list(token, '/octocat/hello-world/Nope/');
    expect(gone.status).toBe(404);
  });

  test('a denied consent ends the popup with an error', async () => {
    await kit.expectDeniedConsent();
  });
});
