/**
 * The OneDrive source (Microsoft identity platform OAuth 2, Microsoft Graph) against a loopback DOUBLE of the v2.0
 * OAuth endpoints and Graph's OneDrive API (server/test/doubles/onedrive.ts): the popup flow, id paths, listing with
 * `@odata.nextLink` (accepted back only on the API host), metadata and thumbnails, store and links through the
 * pre-authenticated download redirect (no bearer token sent there), transparent refresh, and failures named by
 * provider and cause.
 */
import { startServer, RunningServer } from '../src/index';
import { resolveCloud, cloudFromEnv } from '../src/cloud/config';
import { OneDriveDouble, startOneDriveDouble } from './doubles/onedrive';
import { MiB, bytes, postJson } from './helpers';

let srv: RunningServer;
let od: OneDriveDouble;
const FILES: Record<string, Buffer> = { '/Photos/a.jpg': bytes(3000, 1), '/Photos/Trip/b.png': bytes(10, 2), '/notes.txt': Buffer.from('hello onedrive'), '/Notebook.onenote': Buffer.alloc(0), '/Big/big.bin': bytes(6 * MiB + 9, 5) };
for (let i = 0; i < 502; i++) FILES[`/Many/f${String(i).padStart(4, '0')}.txt`] = Buffer.from(String(i));
const APP = 'http://page.example';
const SCOPE = 'Files.Read offline_access';

const api = (p: string): string => srv.url + '/cloud' + p;
const list = (token: unknown, path = '/', next?: string) => postJson(api('/folder/list'), { apikey: 'demo', token, appurl: APP + '/app.html', clouds: { onedrive: { path, next } } });
const store = (token: unknown, path: string) => postJson(api('/store/'), { apikey: 'demo', token, clouds: { onedrive: { path } } });
const unescapeAttr = (v: string): string => v.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** The protocol path of a file or folder given by its OneDrive path: its chain of item ids. */
const idPath = (p: string): string => {
  const segs = p.split('/').filter(Boolean);
  return '/' + segs.map((_, i) => od.idOf('/' + segs.slice(0, i + 1).join('/'))).join('/') + (p.charAt(p.length - 1) === '/' ? '/' : '');
};
const tokenCalls = (): number => od.calls.filter((c) => c === 'POST /common/oauth2/v2.0/token').length;

/** The popup's way: redirect_url → Microsoft's authorize page → the callback page; resolves with that page. */
async function popup(redirectUrl: string): Promise<{ status: number; message: Record<string, unknown> }> {
  const start = await fetch(redirectUrl, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const authorize = String(start.headers.get('location'));
  expect(authorize.indexOf(od.url + '/common/oauth2/v2.0/authorize?')).toBe(0);
  const consent = await fetch(authorize, { redirect: 'manual' });
  const callback = String(consent.headers.get('location'));
  expect(callback.indexOf(srv.url + '/cloud/auth/onedrive/callback?')).toBe(0);
  const res = await fetch(callback);
  const html = await res.text();
  const message = JSON.parse(unescapeAttr((/data-message="([^"]*)"/.exec(html) as RegExpExecArray)[1])) as Record<string, unknown>;
  return { status: res.status, message };
}

async function signIn(): Promise<string> {
  const first = await list(undefined);
  const done = await popup(first.json.onedrive.auth.redirect_url);
  expect(done.status).toBe(200);
  return String(done.message.token);
}

beforeAll(async () => {
  od = await startOneDriveDouble(FILES);
  srv = await startServer({ cloud: { partSize: 5 * MiB, onedrive: { clientId: od.clientId, clientSecret: od.clientSecret, authorizeUrl: od.url + '/common/oauth2/v2.0/authorize', tokenUrl: od.url + '/common/oauth2/v2.0/token', apiUrl: od.url + '/v1.0' } } });
}, 30000);
afterEach(() => {
  od.fault = null;
  od.refuseRefresh = false;
  od.redirectElsewhere = false;
});
afterAll(async () => {
  await srv.close();
  await od.close();
});

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
  const st = await store(token, idPath('/Big/big.bin'));
  expect(st.status).toBe(200);
  expect(st.json.onedrive).toMatchObject({ filename: 'big.bin', size: FILES['/Big/big.bin'].length, client: 'onedrive' });
  expect(Buffer.from(await (await fetch(st.json.onedrive.url)).arrayBuffer()).equals(FILES['/Big/big.bin'])).toBe(true);
  const link = await postJson(api('/link/'), { apikey: 'demo', token, clouds: { onedrive: { path: idPath('/Photos/a.jpg') } } });
  expect(link.json.onedrive).toMatchObject({ filename: 'a.jpg', mimetype: 'image/jpeg', client: 'onedrive' });
  expect(Buffer.from(await (await fetch(link.json.onedrive.url)).arrayBuffer()).equals(FILES['/Photos/a.jpg'])).toBe(true);
  expect(od.calls.filter((c) => c.indexOf('GET /download/') === 0).length).toBeGreaterThanOrEqual(2);
  expect(od.downloadAuth).toEqual([]);
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
  const token = await signIn();
  od.expireAccessTokens();
  const before = tokenCalls();
  const r = await list(token);
  expect(r.status).toBe(200);
  expect(tokenCalls()).toBe(before + 1);
  const refresh = od.tokenRequests[od.tokenRequests.length - 1];
  expect([refresh.get('grant_type'), refresh.get('scope')]).toEqual(['refresh_token', SCOPE]);
  const again = await list(r.json.token);
  expect(again.status).toBe(200);
  expect(tokenCalls()).toBe(before + 1);
});

describe('failures', () => {
  test('401 and the refresh refused: 401 signin (sign in again)', async () => {
    const token = await signIn();
    od.expireAccessTokens();
    od.refuseRefresh = true;
    const r = await list(token);
    expect(r.status).toBe(401);
    expect(r.json).toMatchObject({ provider: 'onedrive', cause: 'signin' });
    expect(r.json.error).toContain('sign in again');
  });

  test('429 with Retry-After, 403, 503, a missing file, and a download sent to a plain-http host elsewhere', async () => {
    const token = await signIn();
    od.fault = { status: 429, retryAfter: '12', times: 1 };
    const limited = await list(token);
    expect(limited.status).toBe(429);
    expect(limited.json).toMatchObject({ provider: 'onedrive', cause: 'ratelimit' });
    expect(limited.headers.get('retry-after')).toBe('12');
    od.fault = { status: 403, times: 1 };
    const refused = await list(token);
    expect(refused.json).toMatchObject({ provider: 'onedrive', cause: 'forbidden' });
    expect(refused.json.error).toContain('accessDenied');
    od.fault = { status: 503, times: 1 };
    const broken = await list(token);
    expect(broken.status).toBe(502);
    expect(broken.json).toMatchObject({ provider: 'onedrive', cause: 'upstream' });
    expect(broken.json.error).toContain('OneDrive answered 503 (serviceNotAvailable)');
    const missing = await store(token, `/${od.idOf('/notes.txt')}0`);
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ provider: 'onedrive', cause: 'notfound' });
    od.redirectElsewhere = true;
    const elsewhere = await store(token, idPath('/notes.txt'));
    expect(elsewhere.status).toBe(502);
    expect(elsewhere.json.error).toContain('unexpected place (http://192.0.2.1)');
  });

  test('a denied consent ends the popup with an error', async () => {
    const first = await list(undefined);
    od.deny = true;
    const denied = await popup(first.json.onedrive.auth.redirect_url);
    expect(denied.status).toBe(401);
    expect(denied.message).toMatchObject({ type: 'fp-cloud-auth', cloud: 'onedrive', error: 'signin' });
    expect(denied.message.token).toBeUndefined();
  });
});
