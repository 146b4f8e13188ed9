/**
 * The Facebook photos source (Facebook Login, no refresh token) against a loopback DOUBLE of Facebook Login, the Graph
 * API and its CDN (server/test/doubles/): the popup flow, albums and photos as folders and files, Graph cursor paging,
 * metadata, store (bytes identical, a large photo as multipart) and links, the CDN host check, an expired token
 * (sign in again), and failures named by provider and cause. The popup walk, sign-in and the failure table are
 * server/test/cloudOAuthKit.ts's.
 */
import { startServer } from '../src/index';
import { resolveCloud, cloudFromEnv } from '../src/cloud/config';
import { APP, CloudOAuthKit, ProviderApp } from './cloudOAuthKit';
import { FacebookDouble, startFacebookDouble } from './doubles/facebook';
import { MiB, bytes, postJson } from './helpers';

let fb: FacebookDouble;
/** A real 1×1 PNG (the thumbnail route serves only PNG, JPEG, GIF or WebP by their first bytes) */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const FILES: Record<string, Buffer> = { '/Holidays/pixel.png': PNG, '/Holidays/beach.png': bytes(3000, 1), '/Holidays/A long caption about the day': bytes(20, 2), '/Profile Pictures/me.jpg': bytes(6 * MiB + 9, 5), '/loose.txt': Buffer.from('not a photo') };
for (let i = 0; i < 102; i++) FILES[`/Many/p${String(i).padStart(4, '0')}.jpg`] = Buffer.from(String(i));

const app = (d: FacebookDouble, contentUrl = d.url): ProviderApp => ({ clientId: d.clientId, clientSecret: d.clientSecret, authorizeUrl: d.graph + '/dialog/oauth', tokenUrl: d.graph + '/oauth/access_token', apiUrl: d.graph, contentUrl });
const kit = new CloudOAuthKit({
  cloud: 'facebook',
  start: async () => (fb = await startFacebookDouble(FILES)),
  app,
  authorizeUrl: (d) => d.graph + '/dialog/oauth',
  reset: (d) => {
    d.fault = null;
    d.hideLength = null;
  },
  // the CDN is on loopback here: the net guard lets the server reach it only because it is allowed
  cloudOptions: { allowHosts: ['127.0.0.1'] },
});
const { list, store, popup, signIn, expectFailure } = kit;
const album = (name: string): string => '/' + fb.idOf('/' + name) + '/';
const photo = (p: string): string => '/' + fb.idOf('/' + p.split('/')[1]) + '/' + fb.idOf(p);

test('configuration from the environment: Facebook\'s production endpoints unless overridden', () => {
  const c = resolveCloud(cloudFromEnv({ FP_CLOUD_FACEBOOK_CLIENT_ID: 'id', FP_CLOUD_FACEBOOK_CLIENT_SECRET: 's' }));
  expect(c.providers).toEqual(['ftp', 'webdav', 'facebook']);
  expect(c.facebook).toEqual({ clientId: 'id', clientSecret: 's', authorizeUrl: 'https://www.facebook.com/v19.0/dialog/oauth', tokenUrl: 'https://graph.facebook.com/v19.0/oauth/access_token', apiUrl: 'https://graph.facebook.com/v19.0', contentUrl: 'https://fbcdn.net' });
  expect(resolveCloud(cloudFromEnv({ FP_CLOUD_FACEBOOK_CLIENT_ID: 'id', FP_CLOUD_FACEBOOK_CLIENT_SECRET: 's', FP_CLOUD_FACEBOOK_CONTENT_URL: 'https://cdn.example' })).facebook!.contentUrl).toBe('https://cdn.example');
});

test('sign in through the popup (scope user_photos), albums as folders, photos as files, Graph paging', async () => {
  const first = await list(undefined);
  expect(first.json.facebook).toMatchObject({ client: 'facebook', contents: [], auth: { kind: 'oauth' } });
  const done = await popup(first.json.facebook.auth.redirect_url);
  expect(done.message).toMatchObject({ type: 'fp-cloud-auth', cloud: 'facebook' });
  expect(fb.authorizations[fb.authorizations.length - 1].get('scope')).toBe('user_photos');
  const token = String(done.message.token);
  const root = await list(token);
  expect(root.status).toBe(200);
  expect(root.json.facebook.contents.map((e: { name: string; path: string; folder: boolean }) => [e.name, e.path, e.folder])).toEqual([
    ['Holidays', album('Holidays'), true], ['Many', album('Many'), true], ['Profile Pictures', album('Profile Pictures'), true],
  ]);
  const holidays = await list(token, album('Holidays'));
  const [caption, beach] = holidays.json.facebook.contents;
  expect(beach).toMatchObject({ name: 'beach.png', path: photo('/Holidays/beach.png'), folder: false, mimetype: 'image/png', size: null, bytes: null, modified: '2024-05-01T10:00:00.000Z' });
  expect(beach.thumbnail).toBe(`${fb.url}/cdn/${fb.idOf('/Holidays/beach.png')}/s.jpg`);
  // a caption is no file name: the photo's id is
  expect(caption).toMatchObject({ name: fb.idOf('/Holidays/A long caption about the day') + '.jpg', mimetype: 'image/jpeg' });
  const p1 = await list(token, album('Many'));
  expect(p1.json.facebook.contents).toHaveLength(100);
  const p2 = await list(token, album('Many'), p1.json.facebook.next);
  expect(p2.json.facebook.contents.map((e: { name: string }) => e.name)).toEqual(['p0100.jpg', 'p0101.jpg']);
  expect(p2.json.facebook.next).toBeNull();
});

test('listings make no HEAD (Graph tells no size: null); a pick learns it; the picker\'s maxSize is checked before any byte is copied', async () => {
  const token = await signIn();
  const heads = (): number => fb.calls.filter((c) => c.indexOf('HEAD ') === 0).length;
  const before = heads();
  expect((await list(token, album('Many'))).json.facebook.contents).toHaveLength(100);
  const holidays = (await list(token, album('Holidays'))).json.facebook.contents as Array<{ folder: boolean; size: unknown }>;
  expect(holidays.filter((e) => !e.folder).every((e) => e.size === null)).toBe(true);
  expect(heads()).toBe(before);
  const path = photo('/Holidays/beach.png');
  const full = `GET /cdn/${fb.idOf('/Holidays/beach.png')}/o.jpg`;
  await kit.expectMaxSizeBeforeCopy(token, path, FILES['/Holidays/beach.png'], () => fb.calls.filter((c) => c === full).length);
});

test('a photo whose size the CDN tells only with its bytes, or not at all (chunked): refused 413 toolarge at the picker\'s maxSize, naming its size when known', async () => {
  const token = await signIn();
  const path = photo('/Holidays/beach.png');
  const length = FILES['/Holidays/beach.png'].length;
  // no size from the HEAD; the bytes come with their length: refused before any is stored, as a size stat told is
  fb.hideLength = 'head';
  const told = await store(token, path, { maxSize: length - 1 });
  expect(told.status).toBe(413);
  expect(told.json).toEqual({ error: `facebook: ${path} is ${length} bytes, above the picker's maxSize of ${length - 1} bytes`, provider: 'facebook', cause: 'toolarge', size: length, maxSize: length - 1 });
  // sent chunked: copied until the limit is passed, then refused naming the limit (the size is nobody's to tell)
  fb.hideLength = 'always';
  const streamed = await store(token, path, { maxSize: length - 1 });
  expect(streamed.status).toBe(413);
  expect(streamed.json).toEqual({ error: `facebook: ${path} is above the picker's maxSize of ${length - 1} bytes`, provider: 'facebook', cause: 'toolarge', maxSize: length - 1 });
  const stored = await store(token, path, { maxSize: length });
  expect([stored.status, stored.json.facebook.size]).toEqual([200, length]);
});

test('store copies the largest rendition (a large one as multipart), link serves it; bytes identical', async () => {
  const token = await signIn();
  await kit.expectStored(token, photo('/Profile Pictures/me.jpg'), FILES['/Profile Pictures/me.jpg'], { filename: 'me.jpg', mimetype: 'image/jpeg' });
  await kit.expectLinked(token, photo('/Holidays/beach.png'), FILES['/Holidays/beach.png'], { filename: 'beach.png', mimetype: 'image/png', size: 3000 });
}, 30000);

test('an image URL off the configured content host is refused; a path that is no id chain is refused', async () => {
  const strict = await startServer({ cloud: { allowHosts: ['127.0.0.1'], facebook: app(fb, 'https://fbcdn.net') } });
  try {
    const first = await postJson(strict.url + '/cloud/folder/list', { apikey: 'demo', appurl: APP, clouds: { facebook: { path: '/' } } });
    const token = (await popup(first.json.facebook.auth.redirect_url, strict)).message.token;
    const off = await postJson(strict.url + '/cloud/store/', { apikey: 'demo', token, clouds: { facebook: { path: photo('/Holidays/beach.png') } } });
    expect(off.status).toBe(502);
    expect(off.json).toMatchObject({ provider: 'facebook', cause: 'upstream' });
    expect(off.json.error).toContain("not on Facebook's content host (fbcdn.net)");
  } finally {
    await strict.close();
  }
  const bad = await list(await signIn(), '/a b/');
  expect(bad.status).toBe(400);
  expect(bad.json.error).toContain('path: expected "/", "/<album-id>/"');
});

test('thumbnails: photos are listed with thumb; the route serves the smallest rendition from the CDN, checked as an image', async () => {
  const token = await signIn();
  const holidays = (await list(token, album('Holidays'))).json.facebook.contents as { name: string; thumb?: boolean }[];
  expect(holidays.every((e) => e.thumb === true)).toBe(true);
  const thumb = (path: string): Promise<Response> =>
    fetch(kit.api('/thumbnail'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ apikey: 'demo', token, clouds: { facebook: { path } } }) });
  const res = await thumb(photo('/Holidays/pixel.png'));
  expect([res.status, res.headers.get('content-type'), res.headers.get('content-security-policy')]).toEqual([200, 'image/png', "default-src 'none'"]);
  expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
  expect(fb.calls.some((c) => c.indexOf(`GET /cdn/${fb.idOf('/Holidays/pixel.png')}/s.jpg`) === 0)).toBe(true);
  // the double's small rendition of a photo whose bytes are no picture is a text: refused, never served
  const junk = await thumb(photo('/Holidays/beach.png'));
  expect([junk.status, (await junk.json()).cause]).toEqual([502, 'upstream']);
});

describe('failures', () => {
  test('an expired token (Graph error 190, no refresh token): 401 signin, sign in again', async () => {
    const token = await signIn();
    fb.expireAccessTokens();
    const r = await expectFailure(list(token), 401, 'signin');
    expect(r.json.error).toContain('sign in again');
  });

  test('rate limits (HTTP 429 with Retry-After, Graph code 4), 500, and a missing photo', async () => {
    const token = await signIn();
    fb.fault = { status: 429, code: 4, retryAfter: '30', times: 1 };
    const limited = await expectFailure(list(token), 429, 'ratelimit');
    expect(limited.headers.get('retry-after')).toBe('30');
    fb.fault = { status: 403, code: 32, times: 1 };
    expect((await list(token)).json).toMatchObject({ provider: 'facebook', cause: 'ratelimit' });
    fb.fault = { status: 403, code: 10, times: 1 };
    expect((await list(token)).json).toMatchObject({ provider: 'facebook', cause: 'forbidden' });
    fb.fault = { status: 500, code: 2, times: 1 };
    await expectFailure(list(token), 502, 'upstream');
    await expectFailure(store(token, album('Holidays') + '999'), 404, 'notfound');
  });

  test('a denied consent ends the popup with an error', async () => {
    await kit.expectDeniedConsent();
  });
});
