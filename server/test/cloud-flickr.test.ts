/**
 * The Flickr source (OAuth 1.0a) against a loopback DOUBLE of Flickr's OAuth endpoints, REST API and static hosts
 * (server/test/doubles/), which checks the HMAC-SHA1 signature of every call: the popup flow (request token kept in a
 * sealed cookie, authorize with perms=read, signed access-token exchange) and the forged, foreign and spent request
 * tokens it refuses; "All photos" and albums as folders, Flickr paging, metadata, store (bytes identical, a large
 * Original as multipart) and links, the largest rendition when Originals are not allowed, the content-host check, and
 * failures (Flickr's `stat: fail` codes, HTTP 429/5xx) named by provider and cause. The server, the cloud API calls
 * and the failure table are server/test/cloudOAuthKit.ts's; the popup walk is this file's, as it carries the cookie.
 */
import { startServer } from '../src/index';
import { resolveCloud, cloudFromEnv } from '../src/cloud/config';
import { requestTokenUrlOf } from '../src/cloud/providers/flickr';
import { APP, CloudOAuthKit, PopupEnd, ProviderApp, unescapeAttr } from './cloudOAuthKit';
import { FlickrDouble, startFlickrDouble } from './doubles/flickr';
import { MiB, bytes, postJson } from './helpers';

let fl: FlickrDouble;
/** A real 1×1 PNG (the thumbnail route serves only PNG, JPEG, GIF or WebP by their first bytes) */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
// beach.png: 3,000 bytes that begin as a PNG (the double's squares of it are its own bytes)
const FILES: Record<string, Buffer> = { '/Holidays/beach.png': Buffer.concat([PNG, bytes(3000 - PNG.length, 1)]), '/Holidays/dunes.jpg': bytes(20, 2), '/Big/me.jpg': bytes(6 * MiB + 9, 5), '/loose.gif': Buffer.from('GIF89a loose'), '/notes.txt': Buffer.from('no photo') };
for (let i = 0; i < 502; i++) FILES[`/Many/p${String(i).padStart(4, '0')}.jpg`] = Buffer.from(String(i));

const app = (d: FlickrDouble, over: Partial<ProviderApp> = {}): ProviderApp => ({ clientId: d.clientId, clientSecret: d.clientSecret, authorizeUrl: d.oauthUrl + '/authorize', tokenUrl: d.oauthUrl + '/access_token', apiUrl: d.restUrl, contentUrl: d.url, ...over });
const kit = new CloudOAuthKit({
  cloud: 'flickr',
  start: async () => (fl = await startFlickrDouble(FILES)),
  app,
  authorizeUrl: (d) => d.oauthUrl + '/authorize',
  reset: (d) => {
    d.fault = null;
    d.originals = true;
  },
  // the static hosts are on loopback here: the net guard lets the server reach them only because it is allowed
  cloudOptions: { allowHosts: ['127.0.0.1'] },
});
const { list, store, expectFailure } = kit;
const album = (name: string): string => '/' + fl.idOf('/' + name) + '/';
const photo = (p: string): string => album(p.split('/')[1]) + fl.idOf(p);

interface Walk extends PopupEnd {
  /** the start's Set-Cookie, and the `name=value` the browser sends back */
  setCookie: string;
  cookie: string;
  callback: string;
  cleared: string | null;
}

/** Reads the callback page. */
async function ending(res: Response): Promise<PopupEnd> {
  const html = await res.text();
  expect(html).toContain('<script src="/cloud/auth/done.js"></script>');
  const origin = unescapeAttr((/data-origin="([^"]*)"/.exec(html) as RegExpExecArray)[1]);
  const message = JSON.parse(unescapeAttr((/data-message="([^"]*)"/.exec(html) as RegExpExecArray)[1])) as Record<string, unknown>;
  return { status: res.status, csp: res.headers.get('content-security-policy'), origin, message };
}

/** The popup's way, as a browser walks it: start (request token, cookie) → Flickr's authorize page → the callback with the cookie. */
async function walk(redirectUrl: string, callbackOf: (c: string) => string = (c) => c, cookieOf: (c: string) => string = (c) => c): Promise<Walk> {
  const start = await fetch(redirectUrl, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const setCookie = String(start.headers.get('set-cookie'));
  const authorize = String(start.headers.get('location'));
  expect(authorize.indexOf(fl.oauthUrl + '/authorize?')).toBe(0);
  const consent = await fetch(authorize, { redirect: 'manual' });
  const callback = String(consent.headers.get('location'));
  expect(callback.indexOf(kit.srv.url + '/cloud/auth/flickr/callback?state=')).toBe(0);
  const cookie = setCookie.split(';')[0];
  const res = await fetch(callbackOf(callback), { headers: { cookie: cookieOf(cookie) } });
  return { ...(await ending(res)), setCookie, cookie, callback, cleared: res.headers.get('set-cookie') };
}

const redirectUrl = async (): Promise<string> => (await list(undefined)).json.flickr.auth.redirect_url;

/** Signs in at another server (its Flickr app at a double), the browser's way; resolves with the token. */
async function signInAt(serverUrl: string): Promise<string> {
  const first = await postJson(serverUrl + '/cloud/folder/list', { apikey: 'demo', appurl: APP, clouds: { flickr: { path: '/' } } });
  const start = await fetch(first.json.flickr.auth.redirect_url, { redirect: 'manual' });
  const consent = await fetch(String(start.headers.get('location')), { redirect: 'manual' });
  const cookie = String(start.headers.get('set-cookie')).split(';')[0];
  const end = await ending(await fetch(String(consent.headers.get('location')), { headers: { cookie } }));
  expect(end.status).toBe(200);
  return String(end.message.token);
}

async function signIn(): Promise<string> {
  const done = await walk(await redirectUrl());
  expect(done.status).toBe(200);
  return String(done.message.token);
}

test('configuration from the environment: Flickr\'s production endpoints unless overridden', () => {
  const c = resolveCloud(cloudFromEnv({ FP_CLOUD_FLICKR_CLIENT_ID: 'key', FP_CLOUD_FLICKR_CLIENT_SECRET: 's' }));
  expect(c.providers).toEqual(['ftp', 'webdav', 'flickr']);
  expect(c.flickr).toEqual({ clientId: 'key', clientSecret: 's', authorizeUrl: 'https://www.flickr.com/services/oauth/authorize', tokenUrl: 'https://www.flickr.com/services/oauth/access_token', apiUrl: 'https://api.flickr.com/services/rest', contentUrl: 'https://staticflickr.com' });
  expect(requestTokenUrlOf(c.flickr!.tokenUrl)).toBe('https://www.flickr.com/services/oauth/request_token');
  expect(resolveCloud(cloudFromEnv({ FP_CLOUD_FLICKR_CLIENT_ID: 'k', FP_CLOUD_FLICKR_CLIENT_SECRET: 's', FP_CLOUD_FLICKR_CONTENT_URL: 'https://live.staticflickr.com' })).flickr!.contentUrl).toBe('https://live.staticflickr.com');
});

test('sign in through the popup: a signed request token kept in a sealed cookie, perms=read, a signed exchange', async () => {
  const first = await list(undefined);
  expect(first.json.flickr).toMatchObject({ client: 'flickr', contents: [], auth: { kind: 'oauth' } });
  const done = await walk(first.json.flickr.auth.redirect_url);
  expect(done.status).toBe(200);
  expect(done.csp).toBe("default-src 'none'; script-src 'self'");
  expect(done.origin).toBe(APP);
  expect(done.message).toMatchObject({ type: 'fp-cloud-auth', cloud: 'flickr' });
  expect(typeof done.message.token).toBe('string');
  const asked = fl.authorizations[fl.authorizations.length - 1];
  expect(asked.get('perms')).toBe('read');
  // the request token's secret is in no URL, only in the cookie, sealed
  const requestToken = String(asked.get('oauth_token'));
  expect(done.callback).toContain('oauth_token=' + requestToken);
  expect(done.setCookie).toMatch(/^fp-oauth1-[0-9a-f]{24}=[A-Za-z0-9_-]{40,}; Path=\/cloud\/auth\/flickr\/callback; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
  expect(String(done.cleared)).toMatch(/^fp-oauth1-[0-9a-f]{24}=; Path=\/cloud\/auth\/flickr\/callback; Max-Age=0;/);
  expect(fl.calls.filter((c) => /oauth\/(request|access)_token/.test(c))).toHaveLength(2);
  expect(fl.badSignatures).toBe(0);
  const root = await list(done.message.token);
  expect(root.status).toBe(200);
  expect(fl.badSignatures).toBe(0);
  expect(root.json.flickr.contents.map((e: { name: string; path: string; folder: boolean }) => [e.name, e.path, e.folder])).toEqual([
    ['All photos', '/all/', true], ['Big', album('Big'), true], ['Holidays', album('Holidays'), true], ['Many', album('Many'), true],
  ]);
});

test('forged, foreign and spent request tokens are refused at the callback', async () => {
  // a forged oauth_token (the cookie is this browser's, the token is not): refused before any exchange
  const exchanges = (): number => fl.calls.filter((c) => /access_token/.test(c)).length;
  const before = exchanges();
  const forged = await walk(await redirectUrl(), (c) => c.replace(/oauth_token=[^&]+/, 'oauth_token=72150000000000000000'));
  expect(forged.status).toBe(401);
  expect(forged.message).toMatchObject({ type: 'fp-cloud-auth', cloud: 'flickr', error: 'signin' });
  expect(String(forged.message.message)).toContain('not one this browser asked for');
  expect(forged.message.token).toBeUndefined();
  // no cookie (another browser), or another sign-in's cookie
  const other = await walk(await redirectUrl());
  const foreign = await walk(await redirectUrl(), undefined, () => other.cookie);
  expect(foreign.status).toBe(401);
  const none = await walk(await redirectUrl(), undefined, () => '');
  expect(none.status).toBe(401);
  // a tampered cookie
  const tampered = await walk(await redirectUrl(), undefined, (c) => c.slice(0, -3) + (c.slice(-3) === 'AAA' ? 'BBB' : 'AAA'));
  expect(tampered.status).toBe(401);
  expect(exchanges()).toBe(before + 1);
  // a spent request token (the callback replayed with its cookie): Flickr refuses it
  const replay = await fetch(other.callback, { headers: { cookie: other.cookie } });
  const spent = await ending(replay);
  expect(spent.status).toBe(401);
  expect(spent.message).toMatchObject({ error: 'signin' });
  expect(String(spent.message.message)).toContain('Flickr refused the access token (token_rejected)');
});

test('a wrong app secret: Flickr refuses the request token\'s signature, the popup says so', async () => {
  const wrong = await startServer({ cloud: { allowHosts: ['127.0.0.1'], flickr: app(fl, { clientSecret: 'not-the-secret' }) } });
  try {
    const first = await postJson(wrong.url + '/cloud/folder/list', { apikey: 'demo', appurl: APP, clouds: { flickr: { path: '/' } } });
    const bad = fl.badSignatures;
    const start = await fetch(first.json.flickr.auth.redirect_url, { redirect: 'manual' });
    const end = await ending(start);
    expect(end.status).toBe(401);
    expect(end.message).toMatchObject({ type: 'fp-cloud-auth', cloud: 'flickr', error: 'signin' });
    expect(String(end.message.message)).toContain('Flickr refused the request token (signature_invalid)');
    expect(fl.badSignatures).toBe(bad + 1);
  } finally {
    await wrong.close();
  }
}, 30000);

test('albums and "All photos" list photos (titles, types, sizes, thumbnails), Flickr paging', async () => {
  const bad = fl.badSignatures;
  const token = await signIn();
  const holidays = await list(token, album('Holidays'));
  expect(holidays.status).toBe(200);
  const [beach, dunes] = holidays.json.flickr.contents;
  expect(beach).toMatchObject({ name: 'beach.png', path: photo('/Holidays/beach.png'), folder: false, mimetype: 'image/png', size: null, bytes: null, modified: '2024-05-01T10:00:00.000Z' });
  expect(beach.thumbnail).toMatch(new RegExp(`^${fl.url}/static/\\d+/${fl.idOf('/Holidays/beach.png')}_[0-9a-f]+_q\\.jpg$`));
  expect(dunes).toMatchObject({ name: 'dunes.jpg', mimetype: 'image/jpeg', size: null });
  const all = await list(token, '/all/');
  expect(all.json.flickr.contents).toHaveLength(500);
  const rest = await list(token, '/all/', all.json.flickr.next);
  expect(rest.json.flickr.next).toBeNull();
  const names = all.json.flickr.contents.concat(rest.json.flickr.contents).map((e: { name: string }) => e.name);
  expect(names).toEqual(expect.arrayContaining(['loose.gif', 'beach.png', 'me.jpg']));
  expect(names).toHaveLength(502 + 4);
  const p1 = await list(token, album('Many'));
  expect(p1.json.flickr.contents).toHaveLength(500);
  const p2 = await list(token, album('Many'), p1.json.flickr.next);
  expect(p2.json.flickr.contents.map((e: { name: string }) => e.name)).toEqual(['p0500.jpg', 'p0501.jpg']);
  expect(p2.json.flickr.next).toBeNull();
  expect(fl.badSignatures).toBe(bad);
}, 60000);

test('listings make no HEAD (Flickr tells no size: null); a pick learns it; the picker\'s maxSize is checked before any byte is copied', async () => {
  const token = await signIn();
  const heads = (): number => fl.calls.filter((c) => c.indexOf('HEAD ') === 0).length;
  const before = heads();
  expect((await list(token, '/all/')).json.flickr.contents).toHaveLength(500);
  expect((await list(token, album('Many'))).json.flickr.contents).toHaveLength(500);
  expect(heads()).toBe(before);
  const id = fl.idOf('/Big/me.jpg');
  const reads = (): number => fl.calls.filter((c) => c.indexOf('GET /static/') === 0 && c.indexOf(`/${id}_`) > 0).length;
  await kit.expectMaxSizeBeforeCopy(token, photo('/Big/me.jpg'), FILES['/Big/me.jpg'], reads);
}, 30000);

test('the top pages the albums with Flickr\'s paging, "All photos" on its first page only', async () => {
  const many: Record<string, Buffer> = {};
  for (let i = 0; i < 501; i++) many[`/Album ${String(i).padStart(4, '0')}/x.jpg`] = Buffer.from(String(i));
  const d = await startFlickrDouble(many);
  const other = await startServer({ cloud: { allowHosts: ['127.0.0.1'], flickr: app(d) } });
  try {
    const token = await signInAt(other.url);
    const top = (next?: string) => postJson(other.url + '/cloud/folder/list', { apikey: 'demo', token, clouds: { flickr: { path: '/', next } } });
    const p1 = await top();
    expect(p1.json.flickr.contents).toHaveLength(501);
    expect(p1.json.flickr.contents.slice(0, 2).map((e: { name: string }) => e.name)).toEqual(['All photos', 'Album 0000']);
    const p2 = await top(p1.json.flickr.next);
    expect(p2.json.flickr.contents.map((e: { name: string; path: string }) => [e.name, e.path])).toEqual([['Album 0500', '/' + d.idOf('/Album 0500') + '/']]);
    expect(p2.json.flickr.next).toBeNull();
    expect(d.badSignatures).toBe(0);
  } finally {
    await other.close();
    await d.close();
  }
}, 30000);

test('store copies the Original (a large one as multipart), link serves it; bytes identical', async () => {
  const token = await signIn();
  await kit.expectStored(token, photo('/Big/me.jpg'), FILES['/Big/me.jpg'], { filename: 'me.jpg', mimetype: 'image/jpeg' });
  await kit.expectLinked(token, '/all/' + fl.idOf('/loose.gif'), FILES['/loose.gif'], { filename: 'loose.gif', mimetype: 'image/gif', size: FILES['/loose.gif'].length });
}, 30000);

test('without the Originals, the largest rendition is listed and copied', async () => {
  const token = await signIn();
  fl.originals = false;
  const holidays = await list(token, album('Holidays'));
  const beach = holidays.json.flickr.contents[0];
  const large = Buffer.from(`size b of ${fl.idOf('/Holidays/beach.png')}`);
  expect(beach).toMatchObject({ name: 'beach.jpg', mimetype: 'image/jpeg', size: null });
  expect((await kit.link(token, photo('/Holidays/beach.png'))).json.flickr).toMatchObject({ filename: 'beach.jpg', size: large.length });
  const st = await store(token, photo('/Holidays/beach.png'));
  expect(st.json.flickr).toMatchObject({ filename: 'beach.jpg', size: large.length, mimetype: 'image/jpeg' });
  expect(Buffer.from(await (await fetch(st.json.flickr.url)).arrayBuffer()).equals(large)).toBe(true);
});

test('a photo URL off the configured content host is refused; a path that is no id chain is refused', async () => {
  const strict = await startServer({ cloud: { allowHosts: ['127.0.0.1'], flickr: app(fl, { contentUrl: 'https://staticflickr.com' }) } });
  try {
    const token = await signInAt(strict.url);
    const off = await postJson(strict.url + '/cloud/store/', { apikey: 'demo', token, clouds: { flickr: { path: photo('/Holidays/beach.png') } } });
    expect(off.status).toBe(502);
    expect(off.json).toMatchObject({ provider: 'flickr', cause: 'upstream' });
    expect(off.json.error).toContain("not on Flickr's content host (staticflickr.com)");
  } finally {
    await strict.close();
  }
  const bad = await list(await signIn(), '/a b/');
  expect(bad.status).toBe(400);
  expect(bad.json.error).toContain('path: expected "/", "/all/"');
}, 30000);

test('thumbnails: photos are listed with thumb; a photo\'s is its 150 px square (getSizes), from the static host through the guard', async () => {
  const bad = fl.badSignatures;
  const token = await signIn();
  const holidays = (await list(token, album('Holidays'))).json.flickr.contents as { name: string; thumb?: boolean }[];
  expect(holidays.map((e) => [e.name, e.thumb])).toEqual([['beach.png', true], ['dunes.jpg', true]]);
  const top = (await list(token)).json.flickr.contents as { folder: boolean; thumb?: boolean }[];
  expect(top.every((e) => e.folder && !e.thumb)).toBe(true);
  const thumb = (path: string): Promise<Response> =>
    fetch(kit.api('/thumbnail'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ apikey: 'demo', token, clouds: { flickr: { path } } }) });
  const res = await thumb(photo('/Holidays/beach.png'));
  expect([res.status, res.headers.get('content-type'), res.headers.get('x-content-type-options')]).toEqual([200, 'image/png', 'nosniff']);
  expect(Buffer.from(await res.arrayBuffer()).equals(FILES['/Holidays/beach.png'])).toBe(true);
  const id = fl.idOf('/Holidays/beach.png');
  expect(fl.calls.some((c) => new RegExp(`^GET /static/\\d+/${id}_[0-9a-f]+_q\\.jpg$`).test(c))).toBe(true);
  expect(fl.calls.some((c) => new RegExp(`^GET /static/\\d+/${id}_[0-9a-f]+_o\\.png$`).test(c))).toBe(false);
  // dunes.jpg's bytes are no image, nor its square: refused, never served
  const notImage = await thumb(photo('/Holidays/dunes.jpg'));
  expect([notImage.status, (await notImage.json()).cause]).toEqual([502, 'upstream']);
  // an album is no photo; a missing photo is Flickr's code 1
  expect((await thumb(album('Holidays'))).status).toBe(400);
  expect((await thumb('/all/99999')).status).toBe(404);
  expect(fl.badSignatures).toBe(bad);
});

describe('failures', () => {
  test('a revoked token (stat fail, code 98): 401 signin, sign in again', async () => {
    const token = await signIn();
    fl.expireAccessTokens();
    const r = await expectFailure(list(token), 401, 'signin');
    expect(r.json.error).toBe('flickr: Flickr no longer accepts the sign-in (Invalid auth token, code 98): sign in again');
  });

  test('HTTP 429 with Retry-After, 500, code 105, code 99, and missing albums and photos (codes 1)', async () => {
    const token = await signIn();
    fl.fault = { status: 429, retryAfter: '30', times: 1 };
    const limited = await expectFailure(list(token), 429, 'ratelimit');
    expect(limited.headers.get('retry-after')).toBe('30');
    expect(limited.json.error).toContain('Flickr limits requests');
    fl.fault = { status: 500, times: 1 };
    expect((await expectFailure(list(token), 502, 'upstream')).json.error).toContain('Flickr answered 500');
    fl.fault = { status: 200, code: 105, times: 1 };
    expect((await expectFailure(list(token, '/all/'), 502, 'upstream')).json.error).toContain("Flickr's service is unavailable");
    fl.fault = { status: 200, code: 99, times: 1 };
    await expectFailure(list(token, '/all/'), 403, 'forbidden');
    const noAlbum = await expectFailure(list(token, '/72159999/'), 404, 'notfound');
    expect(noAlbum.json.error).toContain('no such album or photo at Flickr (Photoset not found, code 1)');
    await expectFailure(store(token, '/all/99999'), 404, 'notfound');
  });

  test('an authorization refused at Flickr ends the popup with an error and no token', async () => {
    fl.deny = true;
    const denied = await walk(await redirectUrl());
    expect(denied.status).toBe(401);
    expect(denied.message).toMatchObject({ type: 'fp-cloud-auth', cloud: 'flickr', error: 'signin' });
    expect(denied.message.token).toBeUndefined();
  });
});
