/**
 * The OneDrive source (Microsoft identity platform OAuth 2, Microsoft Graph) against a loopback DOUBLE of the v2.0
 * OAuth endpoints and Graph's OneDrive API (server/test/doubles/onedrive.ts): the popup flow, id paths, listing with
 * `@odata.nextLink` (accepted back only on the API host), metadata and thumbnails, store and links through the
 * pre-authenticated download redirect (no bearer token sent there), transparent refresh, and failures named by
 * provider and cause. The popup walk, sign-in and the failure table are server/test/cloudOAuthKit.ts's.
 */
import { resolveCloud, cloudFromEnv } from '../src/cloud/config';
import { odataString } from '../src/cloud/providers/onedrive';
import { startServer, RunningServer } from '../src/index';
import type { LookupFn } from '../src/security/fetchGuard';
import { APP, CloudOAuthKit, ProviderApp, counter, idPathOf, unescapeAttr } from './cloudOAuthKit';
import { OneDriveDouble, startOneDriveDouble } from './doubles/onedrive';
import { MiB, bytes, postJson } from './helpers';

let od: OneDriveDouble;
const FILES: Record<string, Buffer> = { '/Photos/a.jpg': bytes(3000, 1), '/Photos/Trip/b.png': bytes(10, 2), '/notes.txt': Buffer.from('hello onedrive'), '/Notebook.onenote': Buffer.alloc(0), '/Big/big.bin': bytes(6 * MiB + 9, 5), "/Photos/Bob's trip.txt": Buffer.from('quoted') };
/** A real 1×1 PNG (the thumbnail route serves only real images) */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
FILES['/Photos/pixel.png'] = PNG;
for (let i = 0; i < 502; i++) FILES[`/Many/f${String(i).padStart(4, '0')}.txt`] = Buffer.from(String(i));
const SCOPE = 'Files.Read offline_access';

const app = (d: OneDriveDouble): ProviderApp => ({ clientId: d.clientId, clientSecret: d.clientSecret, authorizeUrl: d.url + '/common/oauth2/v2.0/authorize', tokenUrl: d.url + '/common/oauth2/v2.0/token', apiUrl: d.url + '/v1.0' });
const kit = new CloudOAuthKit({
  cloud: 'onedrive',
  start: async () => (od = await startOneDriveDouble(FILES)),
  app,
  authorizeUrl: (d) => d.url + '/common/oauth2/v2.0/authorize',
  reset: (d) => {
    d.fault = null;
    d.refuseRefresh = false;
    d.redirectTo = null;
    d.downloadHops = 0;
  },
  // the download URLs are on the double's loopback port: allowed by configuration, as a development server would
  cloudOptions: { allowHosts: ['127.0.0.1'] },
});
const { list, store, popup, signIn, expectFailure } = kit;
/** The protocol path of a file or folder given by its OneDrive path: its chain of item ids. */
const idPath = idPathOf((p) => od.idOf(p));
const tokenCalls = counter(() => od.calls, (c) => c === 'POST /common/oauth2/v2.0/token');

test('configuration: FP_CLOUD_ONEDRIVE_*, Microsoft endpoints by default, the content host is the API host unless set', () => {
  const c = resolveCloud(cloudFromEnv({ FP_CLOUD_ONEDRIVE_CLIENT_ID: 'id', FP_CLOUD_ONEDRIVE_CLIENT_SECRET: 's' }));
  expect(c.providers).toEqual(['ftp', 'webdav', 'onedrive']);
  expect(c.onedrive).toEqual({ clientId: 'id', clientSecret: 's', authorizeUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize', tokenUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/token', apiUrl: 'https://graph.microsoft.com/v1.0', contentUrl: 'https://graph.microsoft.com/v1.0' });
  const tenant = resolveCloud(cloudFromEnv({ FP_CLOUD_ONEDRIVE_CLIENT_ID: 'id', FP_CLOUD_ONEDRIVE_CLIENT_SECRET: 's', FP_CLOUD_ONEDRIVE_AUTHORIZE_URL: 'https://login.microsoftonline.com/contoso/oauth2/v2.0/authorize' }));
  expect(tenant.onedrive?.authorizeUrl).toBe('https://login.microsoftonline.com/contoso/oauth2/v2.0/authorize');
  expect(() => resolveCloud({ providers: ['onedrive'] })).toThrow('FP_CLOUD_ONEDRIVE_CLIENT_ID');
  expect(() => resolveCloud({ onedrive: { clientId: 'id', clientSecret: '' } })).toThrow('`cloud.onedrive` needs `clientId` and `clientSecret`');
});

test('sign-in: scopes Files.Read and offline_access, asked at the authorize page and the token endpoint; the callback posts the token', async () => {
  const first = await list(undefined);
  expect(first.json.onedrive).toMatchObject({ client: 'onedrive', contents: [], auth: { kind: 'oauth' } });
  const done = await popup(first.json.onedrive.auth.redirect_url);
  expect(done.message).toMatchObject({ type: 'fp-cloud-auth', cloud: 'onedrive' });
  const asked = od.authorizations[od.authorizations.length - 1];
  expect([asked.get('response_type'), asked.get('response_mode'), asked.get('scope')]).toEqual(['code', 'query', SCOPE]);
  const exchange = od.tokenRequests[od.tokenRequests.length - 1];
  expect([exchange.get('grant_type'), exchange.get('scope')]).toEqual(['authorization_code', SCOPE]);
});

test('list by ids (folders first, OneNote packages left out, thumbnails), page with the next link, metadata, store and link; bytes identical, no bearer on the download URL', async () => {
  const token = await signIn();
  const root = await list(token);
  expect(root.status).toBe(200);
  expect(root.json.onedrive.contents.map((e: { name: string; path: string }) => [e.name, e.path])).toEqual([
    ['Big', idPath('/Big/')], ['Many', idPath('/Many/')], ['Photos', idPath('/Photos/')], ['notes.txt', idPath('/notes.txt')],
  ]);
  expect(od.calls.some((c) => c.indexOf('GET /v1.0/me/drive/root/children?$top=500') === 0)).toBe(true);
  const photos = await list(token, idPath('/Photos/'));
  const a = photos.json.onedrive.contents.find((e: { name: string }) => e.name === 'a.jpg');
  expect(a).toMatchObject({ path: idPath('/Photos/a.jpg'), mimetype: 'image/jpeg', size: 3000, thumbnail: `${od.url}/thumbnail/${encodeURIComponent(od.idOf('/Photos/a.jpg'))}` });
  const trip = await list(token, idPath('/Photos/Trip/'));
  expect(trip.json.onedrive.contents).toEqual([expect.objectContaining({ name: 'b.png', path: idPath('/Photos/Trip/b.png'), mimetype: 'image/png', size: 10 })]);
  const p1 = await list(token, idPath('/Many/'));
  expect(p1.json.onedrive.contents).toHaveLength(500);
  expect(p1.json.onedrive.next.indexOf(od.url + '/v1.0/me/drive/items/')).toBe(0);
  const p2 = await list(token, idPath('/Many/'), p1.json.onedrive.next);
  expect(p2.json.onedrive.contents.map((e: { name: string }) => e.name)).toEqual(['f0500.txt', 'f0501.txt']);
  expect(p2.json.onedrive.next).toBeNull();
  await kit.expectStored(token, idPath('/Big/big.bin'), FILES['/Big/big.bin'], { filename: 'big.bin' });
  await kit.expectLinked(token, idPath('/Photos/a.jpg'), FILES['/Photos/a.jpg'], { filename: 'a.jpg', mimetype: 'image/jpeg' });
  expect(od.calls.filter((c) => c.indexOf('GET /download/') === 0).length).toBeGreaterThanOrEqual(2);
  expect(od.downloadAuth).toEqual([]);
}, 30000);

test('search (ours): root/search(q=\'…\') with quotes doubled; results are /<id> paths that pick and open; the next link pages', async () => {
  expect(odataString("Bob's trip")).toBe("'Bob''s%20trip'");
  const token = await signIn();
  expect((await list(token)).json.onedrive.searchable).toBe(true);
  const trip = await kit.search(token, 'trip');
  expect(trip.json.onedrive).toMatchObject({ search: 'trip', next: null });
  expect(trip.json.onedrive.contents.map((e: { name: string; path: string }) => [e.name, e.path])).toEqual([
    ['Trip', '/' + od.idOf('/Photos/Trip') + '/'], ["Bob's trip.txt", '/' + od.idOf("/Photos/Bob's trip.txt")],
  ]);
  expect(od.calls.some((c) => c.indexOf("GET /v1.0/me/drive/root/search(q='trip')?$top=") === 0)).toBe(true);
  const quoted = await kit.search(token, "bob's");
  expect(quoted.json.onedrive.contents.map((e: { name: string }) => e.name)).toEqual(["Bob's trip.txt"]);
  const link = await kit.link(quoted.json.token, quoted.json.onedrive.contents[0].path);
  expect(Buffer.from(await (await fetch(link.json.onedrive.url)).arrayBuffer()).toString()).toBe('quoted');
  const folder = await list(token, trip.json.onedrive.contents[0].path);
  expect(folder.json.onedrive.contents.map((e: { name: string }) => e.name)).toEqual(['b.png']);
  const p1 = await kit.search(token, 'f0');
  expect(p1.json.onedrive.contents).toHaveLength(500);
  const p2 = await kit.search(token, 'f0', p1.json.onedrive.next);
  expect(p2.json.onedrive.contents).toHaveLength(2);
  await expectFailure(kit.search(token, 'f0', 'http://elsewhere.example/me/drive/x'), 400, 'badrequest');
}, 30000);

test('refused with the cause named: a next link to another host, a folder, a OneNote package, a path that is no id chain', async () => {
  const token = await signIn();
  const elsewhere = await list(token, idPath('/Many/'), 'http://192.0.2.1/v1.0/me/drive/items/x/children?$skiptoken=1');
  expect(elsewhere.status).toBe(400);
  expect(elsewhere.json).toMatchObject({ provider: 'onedrive', cause: 'badrequest' });
  expect(elsewhere.json.error).toContain('next: expected the `next` of the previous page');
  expect(od.calls.some((c) => c.indexOf('192.0.2.1') >= 0)).toBe(false);
  const folder = await store(token, idPath('/Photos/'));
  expect(folder.status).toBe(400);
  expect(folder.json.error).toContain('is a folder, not a file');
  const pkg = await store(token, '/' + od.idOf('/Notebook.onenote'));
  expect(pkg.status).toBe(400);
  expect(pkg.json.error).toContain('"Notebook.onenote" has no content to download');
  const bad = await list(token, '/Photos/a b.jpg');
  expect(bad.status).toBe(400);
  expect(bad.json.error).toContain('path: expected OneDrive item ids');
});

test('an expired access token is refreshed transparently (scope sent again), and the new token carries the refreshed one', async () => {
  await kit.expectTransparentRefresh(tokenCalls);
  // the refreshing grant is the last one (the new token lists without another)
  const refresh = od.tokenRequests[od.tokenRequests.length - 1];
  expect([refresh.get('grant_type'), refresh.get('scope')]).toEqual(['refresh_token', SCOPE]);
});

test('thumbnails: pictures are listed with thumb; the route follows Graph\'s redirect without the bearer token and serves the checked image', async () => {
  const token = await signIn();
  const photos = (await list(token, idPath('/Photos/'))).json.onedrive.contents as { name: string; thumb?: boolean }[];
  expect(photos.filter((e) => e.thumb).map((e) => e.name).sort()).toEqual(['a.jpg', 'pixel.png']);
  const thumb = (path: string): Promise<Response> =>
    fetch(kit.api('/thumbnail'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ apikey: 'demo', token, clouds: { onedrive: { path } } }) });
  const before = od.downloadAuth.length;
  const res = await thumb(idPath('/Photos/pixel.png'));
  expect(res.status).toBe(200);
  expect([res.headers.get('content-type'), res.headers.get('x-content-type-options'), res.headers.get('content-security-policy')]).toEqual(['image/png', 'nosniff', "default-src 'none'"]);
  expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
  expect(od.downloadAuth.length).toBe(before);
  expect(od.calls.some((c) => c.indexOf(`GET /v1.0/me/drive/items/${od.idOf('/Photos/pixel.png')}/thumbnails/0/medium/content`) === 0)).toBe(true);
  // bytes that are no image are refused; an item without a thumbnail is 404
  const junk = await thumb(idPath('/Photos/a.jpg'));
  expect([junk.status, (await junk.json()).cause]).toEqual([502, 'upstream']);
  const none = await thumb(idPath('/notes.txt'));
  expect([none.status, (await none.json()).cause]).toEqual([404, 'notfound']);
});

describe('failures', () => {
  test('401 and the refresh refused: 401 signin (sign in again)', async () => {
    const r = await kit.expectRefreshRefused();
    expect(r.json.error).toContain('sign in again');
  });

  test('429 with Retry-After, 403, 503, a missing file', async () => {
    const token = await signIn();
    od.fault = { status: 429, retryAfter: '12', times: 1 };
    const limited = await expectFailure(list(token), 429, 'ratelimit');
    expect(limited.headers.get('retry-after')).toBe('12');
    od.fault = { status: 403, times: 1 };
    const refused = await list(token);
    expect(refused.json).toMatchObject({ provider: 'onedrive', cause: 'forbidden' });
    expect(refused.json.error).toContain('accessDenied');
    od.fault = { status: 503, times: 1 };
    const broken = await expectFailure(list(token), 502, 'upstream');
    expect(broken.json.error).toContain('OneDrive answered 503 (serviceNotAvailable)');
    await expectFailure(store(token, `/${od.idOf('/notes.txt')}0`), 404, 'notfound');
  });

  test('a denied consent ends the popup with an error', async () => {
    await kit.expectDeniedConsent();
  });
});

/** Signs in at another server of the same double (its own secret), through the popup's steps. */
async function signInAt(server: RunningServer): Promise<string> {
  const first = await postJson(server.url + '/cloud/folder/list', { apikey: 'demo', appurl: APP, clouds: { onedrive: { path: '/' } } });
  const start = await fetch(first.json.onedrive.auth.redirect_url, { redirect: 'manual' });
  const consent = await fetch(String(start.headers.get('location')), { redirect: 'manual' });
  const html = await (await fetch(String(consent.headers.get('location')))).text();
  return JSON.parse(unescapeAttr((/data-message="([^"]*)"/.exec(html) as RegExpExecArray)[1])).token;
}

describe('the download redirect is followed safely', () => {
  test('a redirect to a plain-http host, a private address (literal or by name) or past 5 redirects is refused, naming OneDrive and the cause', async () => {
    const token = await signIn();
    const refusedWith = async (text: string): Promise<void> => {
      const r = await expectFailure(store(token, idPath('/notes.txt')), 400, 'refused');
      expect(r.json.error).toContain(text);
    };
    od.redirectTo = 'http://192.0.2.1';
    await refusedWith('onedrive: /' + od.idOf('/notes.txt') + ': OneDrive sent the download to a URL that is not https (http://192.0.2.1)');
    // another origin than the configured ones: plain http is refused even on an allowed host
    od.redirectTo = od.url.replace('127.0.0.1', 'localhost');
    await refusedWith('not https (' + od.redirectTo + ')');
    for (const host of ['10.1.2.3', '169.254.169.254', '[::1]', '192.168.0.9']) {
      od.redirectTo = 'https://' + host;
      await refusedWith(`OneDrive sent the download to ${JSON.stringify(host)}, a private, loopback or reserved address`);
    }
    od.redirectTo = null;
    // Graph's redirect and 4 more: 5 in all are followed; one more is refused
    od.downloadHops = 4;
    const five = await store(token, idPath('/notes.txt'));
    expect(five.status).toBe(200);
    expect(Buffer.from(await (await fetch(five.json.onedrive.url)).arrayBuffer()).equals(FILES['/notes.txt'])).toBe(true);
    od.downloadHops = 5;
    const six = await expectFailure(store(token, idPath('/notes.txt')), 502, 'upstream');
    expect(six.json.error).toContain("OneDrive's download was redirected more than 5 times");
    expect(od.downloadAuth).toEqual([]);
  });

  test('without `allowHosts`, the loopback download URL is refused (no connection made); a name resolving to a private address too', async () => {
    // the API host is configured (trusted); only where its redirect sends us is checked
    const lookup: LookupFn = (name, _o, cb) => cb(null, [{ address: name === 'dl.example' ? '10.9.8.7' : '127.0.0.1', family: 4 }]);
    const strict = await startServer({ cloud: { lookup, onedrive: app(od) } });
    try {
      const token = await signInAt(strict);
      const downloads = od.calls.filter((c) => c.indexOf('GET /download/') === 0).length;
      const r = await postJson(strict.url + '/cloud/store/', { apikey: 'demo', token, clouds: { onedrive: { path: idPath('/notes.txt') } } });
      expect(r.status).toBe(400);
      expect(r.json).toMatchObject({ provider: 'onedrive', cause: 'refused' });
      expect(r.json.error).toContain('OneDrive sent the download to "127.0.0.1", a private, loopback or reserved address');
      expect(od.calls.filter((c) => c.indexOf('GET /download/') === 0).length).toBe(downloads);
      od.redirectTo = 'https://dl.example';
      const named = await postJson(strict.url + '/cloud/link/', { apikey: 'demo', token, clouds: { onedrive: { path: idPath('/notes.txt') } } });
      expect(named.status).toBe(200);
      const read = await fetch(named.json.onedrive.url);
      expect(read.status).toBe(400);
      expect(await read.json()).toMatchObject({ provider: 'onedrive', cause: 'refused', error: expect.stringContaining('"dl.example", a private, loopback or reserved address') });
    } finally {
      await strict.close();
    }
  });
});
