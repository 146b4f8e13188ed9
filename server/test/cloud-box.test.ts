/**
 * The Box source (OAuth 2, single-use refresh tokens) against a loopback DOUBLE of Box's OAuth endpoints, the Box
 * API 2.0 and its download host (server/test/doubles/box.ts): the popup flow, id paths, listing with markers,
 * metadata, store and links through the download redirect (no bearer token sent there), transparent refresh that keeps
 * the new refresh token, and failures named by provider and cause. The popup walk, sign-in and the failure table are
 * server/test/cloudOAuthKit.ts's.
 */
import { resolveCloud, cloudFromEnv } from '../src/cloud/config';
import { CloudOAuthKit, counter, idPathOf } from './cloudOAuthKit';
import { BoxDouble, startBoxDouble } from './doubles/box';
import { MiB, bytes } from './helpers';

let box: BoxDouble;
const FILES: Record<string, Buffer> = { '/Photos/a.jpg': bytes(3000, 1), '/Photos/Trip/b.png': bytes(10, 2), '/notes.txt': Buffer.from('hello box'), '/Site.weblink': Buffer.alloc(0), '/Big/big.bin': bytes(6 * MiB + 9, 5) };
/** A real 1×1 PNG (the thumbnail route serves only real images) */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
FILES['/Photos/pixel.png'] = PNG;
for (let i = 0; i < 502; i++) FILES[`/Many/f${String(i).padStart(4, '0')}.txt`] = Buffer.from(String(i));

const kit = new CloudOAuthKit({
  cloud: 'box',
  start: async () => (box = await startBoxDouble(FILES)),
  app: (d) => ({ clientId: d.clientId, clientSecret: d.clientSecret, authorizeUrl: d.url + '/api/oauth2/authorize', tokenUrl: d.url + '/oauth2/token', apiUrl: d.url, contentUrl: d.downloadUrl }),
  authorizeUrl: (d) => d.url + '/api/oauth2/authorize',
  reset: (d) => {
    d.fault = null;
    d.refuseRefresh = false;
    d.redirectElsewhere = false;
    d.notReady = null;
    d.downloadStatus = null;
  },
  // the download host is the double's second loopback port: allowed by configuration, as a development server would
  cloudOptions: { allowHosts: ['127.0.0.1'] },
});
const { list, store, popup, signIn, expectFailure } = kit;
/** The protocol path of a file or folder given by its Box path: its chain of ids. */
const idPath = idPathOf((p) => box.idOf(p));
const tokenCalls = counter(() => box.calls, (c) => c === 'POST /oauth2/token');

test('configuration: FP_CLOUD_BOX_*, Box endpoints by default, dl.boxcloud.com the content (download) host', () => {
  const c = resolveCloud(cloudFromEnv({ FP_CLOUD_BOX_CLIENT_ID: 'id', FP_CLOUD_BOX_CLIENT_SECRET: 's' }));
  expect(c.providers).toEqual(['ftp', 'webdav', 'box']);
  expect(c.box).toEqual({ clientId: 'id', clientSecret: 's', authorizeUrl: 'https://account.box.com/api/oauth2/authorize', tokenUrl: 'https://api.box.com/oauth2/token', apiUrl: 'https://api.box.com', contentUrl: 'https://dl.boxcloud.com' });
  const env = resolveCloud(cloudFromEnv({ FP_CLOUD_BOX_CLIENT_ID: 'id', FP_CLOUD_BOX_CLIENT_SECRET: 's', FP_CLOUD_BOX_API_URL: 'http://127.0.0.1:9/', FP_CLOUD_BOX_CONTENT_URL: 'http://127.0.0.1:8' }));
  expect([env.box?.apiUrl, env.box?.contentUrl]).toEqual(['http://127.0.0.1:9', 'http://127.0.0.1:8']);
  expect(() => resolveCloud({ providers: ['box'] })).toThrow('FP_CLOUD_BOX_CLIENT_ID');
  expect(() => resolveCloud({ box: { clientId: 'id', clientSecret: '' } })).toThrow('`cloud.box` needs `clientId` and `clientSecret`');
});

test('sign-in: the read-only scope; the code is exchanged; the callback posts the token', async () => {
  const first = await list(undefined);
  expect(first.json.box).toMatchObject({ client: 'box', contents: [], auth: { kind: 'oauth' } });
  const done = await popup(first.json.box.auth.redirect_url);
  expect(done.message).toMatchObject({ type: 'fp-cloud-auth', cloud: 'box' });
  const asked = box.authorizations[box.authorizations.length - 1];
  expect(asked.get('response_type')).toBe('code');
  expect(asked.get('scope')).toBe('root_readonly');
  expect(asked.get('redirect_uri')).toBe(kit.srv.url + '/cloud/auth/box/callback');
});

test('list by ids (folders first, web links left out), page with markers, metadata, store and link; bytes identical, no bearer on the download host', async () => {
  const token = await signIn();
  const root = await list(token);
  expect(root.status).toBe(200);
  expect(root.json.box.contents.map((e: { name: string; path: string }) => [e.name, e.path])).toEqual([
    ['Big', idPath('/Big/')], ['Many', idPath('/Many/')], ['Photos', idPath('/Photos/')], ['notes.txt', idPath('/notes.txt')],
  ]);
  expect(box.calls.some((c) => c.indexOf('GET /2.0/folders/0/items?') === 0 && c.indexOf('usemarker=true') > 0)).toBe(true);
  const trip = await list(token, idPath('/Photos/Trip/'));
  expect(trip.json.box.contents).toEqual([expect.objectContaining({ name: 'b.png', path: idPath('/Photos/Trip/b.png'), mimetype: 'image/png', size: 10 })]);
  const p1 = await list(token, idPath('/Many/'));
  expect(p1.json.box.contents).toHaveLength(500);
  const p2 = await list(token, idPath('/Many/'), p1.json.box.next);
  expect(p2.json.box.contents.map((e: { name: string }) => e.name)).toEqual(['f0500.txt', 'f0501.txt']);
  expect(p2.json.box.next).toBeNull();
  await kit.expectStored(token, idPath('/Big/big.bin'), FILES['/Big/big.bin'], { filename: 'big.bin' });
  await kit.expectLinked(token, idPath('/Photos/a.jpg'), FILES['/Photos/a.jpg'], { filename: 'a.jpg', mimetype: 'image/jpeg' });
  expect(box.calls.filter((c) => c.indexOf('GET download /d/1/') === 0).length).toBeGreaterThanOrEqual(2);
  expect(box.downloadAuth).toEqual([]);
}, 30000);

test('search (ours): Box /search with path_collection gives full id paths; offset paging; web links left out; a result is picked', async () => {
  const token = await signIn();
  expect((await list(token)).json.box.searchable).toBe(true);
  const trip = await kit.search(token, 'trip');
  expect(trip.json.box).toMatchObject({ search: 'trip', next: null, contents: [expect.objectContaining({ name: 'Trip', path: idPath('/Photos/Trip/'), folder: true })] });
  const png = await kit.search(token, 'B.PNG');
  expect(png.json.box.contents).toEqual([expect.objectContaining({ name: 'b.png', path: idPath('/Photos/Trip/b.png'), folder: false, size: 10 })]);
  expect(box.calls.some((c) => c.indexOf('GET /2.0/search?query=B.PNG&') === 0 && c.indexOf('path_collection') > 0)).toBe(true);
  const link = await kit.link(png.json.token, png.json.box.contents[0].path);
  expect(Buffer.from(await (await fetch(link.json.box.url)).arrayBuffer()).equals(FILES['/Photos/Trip/b.png'])).toBe(true);
  expect((await kit.search(token, 'site')).json.box.contents).toEqual([]);
  const p1 = await kit.search(token, '.txt');
  expect(p1.json.box.contents).toHaveLength(200);
  const p2 = await kit.search(token, '.txt', p1.json.box.next);
  const p3 = await kit.search(token, '.txt', p2.json.box.next);
  expect(p3.json.box.next).toBeNull();
  expect(p1.json.box.contents.length + p2.json.box.contents.length + p3.json.box.contents.length).toBe(503);
  await expectFailure(kit.search(token, '.txt', 'x'), 400, 'badrequest');
}, 30000);

test('a folder, the root or a path that is no id chain is refused for pick, naming the cause', async () => {
  const token = await signIn();
  // Box has no file of a folder's id
  const folder = await store(token, idPath('/Photos/'));
  expect(folder.status).toBe(404);
  expect(folder.json).toMatchObject({ provider: 'box', cause: 'notfound' });
  const root = await store(token, '/');
  expect(root.status).toBe(400);
  expect(root.json).toMatchObject({ provider: 'box', cause: 'badrequest' });
  const bad = await list(token, '/Photos/a b.jpg');
  expect(bad.status).toBe(400);
  expect(bad.json.error).toContain('path: expected Box ids');
});

test('an expired access token is refreshed transparently; the single-use refresh token is replaced by the new one', async () => {
  const token = await signIn();
  box.expireAccessTokens();
  const before = tokenCalls();
  const r = await list(token);
  expect(r.status).toBe(200);
  expect(tokenCalls()).toBe(before + 1);
  expect(r.json.token).not.toBe(token);
  // the new token's refresh token works for the next refresh
  box.expireAccessTokens();
  const again = await list(r.json.token);
  expect(again.status).toBe(200);
  expect(tokenCalls()).toBe(before + 2);
  // the old token's refresh token was used up at Box: sign in again
  const stale = await list(token);
  expect(stale.status).toBe(401);
  expect(stale.json).toMatchObject({ provider: 'box', cause: 'signin' });
});

test('calls that find the same expired sign-in together share one refresh (Box would refuse the used refresh token)', async () => {
  const token = await signIn();
  box.expireAccessTokens();
  const before = tokenCalls();
  const all = await Promise.all([list(token), store(token, idPath('/notes.txt')), store(token, idPath('/Photos/a.jpg'))]);
  expect(all.map((r) => r.status)).toEqual([200, 200, 200]);
  expect(tokenCalls()).toBe(before + 1);
  expect((await list(all[2].json.token)).status).toBe(200);
});

test('thumbnails: pictures are listed with thumb; the route serves Box\'s thumbnail as the checked image; a placeholder is no thumbnail', async () => {
  const token = await signIn();
  const photos = (await list(token, idPath('/Photos/'))).json.box.contents as { name: string; thumb?: boolean }[];
  expect(photos.filter((e) => e.thumb).map((e) => e.name).sort()).toEqual(['a.jpg', 'pixel.png']);
  const thumb = (path: string): Promise<Response> =>
    fetch(kit.api('/thumbnail'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ apikey: 'demo', token, clouds: { box: { path } } }) });
  const res = await thumb(idPath('/Photos/pixel.png'));
  expect(res.status).toBe(200);
  expect([res.headers.get('content-type'), res.headers.get('x-content-type-options'), res.headers.get('cache-control')]).toEqual(['image/png', 'nosniff', 'private, max-age=300']);
  expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
  expect(box.calls.some((c) => c.indexOf(`GET /2.0/files/${box.idOf('/Photos/pixel.png')}/thumbnail.jpg?min_height=94&min_width=94`) === 0)).toBe(true);
  const junk = await thumb(idPath('/Photos/a.jpg'));
  expect([junk.status, (await junk.json()).cause]).toEqual([502, 'upstream']);
  const none = await thumb(idPath('/notes.txt'));
  expect([none.status, (await none.json()).cause]).toEqual([404, 'notfound']);
  // an access token refreshed on the way: the single-use refresh token is spent, so the new token comes back in a
  // header, and it lists without signing in again
  box.expireAccessTokens();
  const refreshed = await thumb(idPath('/Photos/pixel.png'));
  expect(refreshed.status).toBe(200);
  expect(refreshed.headers.get('access-control-expose-headers')).toMatch(/X-Cloud-Token/);
  const fresh = refreshed.headers.get('x-cloud-token');
  expect(fresh && fresh !== token).toBe(true);
  expect((await list(fresh)).json.box.contents.length).toBeGreaterThan(0);
  const again = await fetch(kit.api('/thumbnail'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ apikey: 'demo', token: fresh, clouds: { box: { path: idPath('/Photos/pixel.png') } } }) });
  expect([again.status, again.headers.get('x-cloud-token')]).toEqual([200, null]);
});

describe('failures', () => {
  test('401 and the refresh refused: 401 signin (sign in again)', async () => {
    const r = await kit.expectRefreshRefused();
    expect(r.json.error).toContain('sign in again');
  });

  test('429 with Retry-After, 403, 500, a missing file, and a download sent to another host', async () => {
    const token = await signIn();
    box.fault = { status: 429, retryAfter: '30', times: 1 };
    const limited = await expectFailure(list(token), 429, 'ratelimit');
    expect(limited.headers.get('retry-after')).toBe('30');
    box.fault = { status: 403, times: 1 };
    const refused = await list(token);
    expect(refused.json).toMatchObject({ provider: 'box', cause: 'forbidden' });
    expect(refused.json.error).toContain('access_denied_insufficient_permissions');
    box.fault = { status: 500, times: 1 };
    await expectFailure(list(token), 502, 'upstream');
    await expectFailure(store(token, '/999999'), 404, 'notfound');
    box.redirectElsewhere = true;
    const elsewhere = await expectFailure(store(token, idPath('/notes.txt')), 502, 'upstream');
    expect(elsewhere.json.error).toContain('unexpected place (http://192.0.2.1)');
  });

  test('a file Box is still preparing (202 + Retry-After), and the download host failing or refusing the link', async () => {
    const token = await signIn();
    box.notReady = '7';
    const pending = await expectFailure(store(token, idPath('/notes.txt')), 429, 'ratelimit');
    expect(pending.json.error).toContain('still preparing the file');
    expect(pending.headers.get('retry-after')).toBe('7');
    box.notReady = null;
    box.downloadStatus = 500;
    const broken = await store(token, idPath('/notes.txt'));
    expect(broken.status).toBe(502);
    expect(broken.json.error).toContain('the Box download host answered 500');
    box.downloadStatus = 403;
    const refused = await expectFailure(store(token, idPath('/notes.txt')), 403, 'forbidden');
    expect(refused.json.error).toContain('download link was refused (403)');
  });

  test('a denied consent ends the popup with an error', async () => {
    await kit.expectDeniedConsent();
  });
});
