/**
 * The Instagram source (Instagram API with Instagram Login, no refresh token) against a loopback DOUBLE of Instagram
 * Login, Instagram's Graph API and its CDN (server/test/doubles/): the popup flow, the media as one flat folder
 * (carousels as folders), Graph cursor paging, metadata, images and videos, store (bytes identical, a large video as
 * multipart) and links, the CDN host check, both shapes of the token answer, an expired token (sign in again), and
 * failures named by provider and cause. The popup walk, sign-in and the failure table are server/test/cloudOAuthKit.ts's.
 */
import { startServer } from '../src/index';
import { resolveCloud, cloudFromEnv } from '../src/cloud/config';
import * as http from 'http';
import { REFUSED_MAX, RETRY_AFTER_MS, refusedCount, renewClock, renewedIfOld } from '../src/cloud/providers/instagramRenew';
import type { ProviderEnv } from '../src/cloud/provider';
import { APP, CloudOAuthKit, ProviderApp } from './cloudOAuthKit';
import { InstagramDouble, startInstagramDouble } from './doubles/instagram';
import { MiB, bytes, postJson } from './helpers';

let ig: InstagramDouble;
/** A real 1×1 PNG (the thumbnail route serves only PNG, JPEG, GIF or WebP by their first bytes) */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
// beach.png: 3,000 bytes that begin as a PNG (the thumbnail of a picture is its media_url)
const FILES: Record<string, Buffer> = { '/beach.png': Buffer.concat([PNG, bytes(3000 - PNG.length, 1)]), '/clip.mp4': bytes(6 * MiB + 9, 5), '/Trip/a.jpg': bytes(20, 2), '/Trip/b.mp4': bytes(30, 3), '/notes.txt': Buffer.from('not media') };
for (let i = 0; i < 102; i++) FILES[`/p${String(i).padStart(4, '0')}.jpg`] = Buffer.from(String(i));

type E = { name: string; path: string; folder: boolean };
const app = (d: InstagramDouble, contentUrl = d.url): ProviderApp => ({ clientId: d.clientId, clientSecret: d.clientSecret, authorizeUrl: d.url + '/oauth/authorize', tokenUrl: d.url + '/oauth/access_token', apiUrl: d.url, contentUrl });
const kit = new CloudOAuthKit({
  cloud: 'instagram',
  start: async () => (ig = await startInstagramDouble(FILES)),
  app,
  authorizeUrl: (d) => d.url + '/oauth/authorize',
  reset: (d) => {
    d.fault = null;
    d.flatToken = false;
    d.refuseLongLived = false;
    d.refuseRenewal = false;
  },
  // the CDN is on loopback here: the net guard lets the server reach it only because it is allowed
  cloudOptions: { allowHosts: ['127.0.0.1'] },
});
const { list, store, popup, signIn, expectFailure } = kit;
const item = (p: string): string => '/' + ig.idOf(p);
const hoursMs = (h: number): number => h * 3600 * 1000;

test('configuration from the environment: Instagram\'s production endpoints unless overridden', () => {
  const c = resolveCloud(cloudFromEnv({ FP_CLOUD_INSTAGRAM_CLIENT_ID: 'id', FP_CLOUD_INSTAGRAM_CLIENT_SECRET: 's' }));
  expect(c.providers).toEqual(['ftp', 'webdav', 'instagram']);
  expect(c.instagram).toEqual({ clientId: 'id', clientSecret: 's', authorizeUrl: 'https://www.instagram.com/oauth/authorize', tokenUrl: 'https://api.instagram.com/oauth/access_token', apiUrl: 'https://graph.instagram.com', contentUrl: 'https://cdninstagram.com' });
  expect(resolveCloud(cloudFromEnv({ FP_CLOUD_INSTAGRAM_CLIENT_ID: 'id', FP_CLOUD_INSTAGRAM_CLIENT_SECRET: 's', FP_CLOUD_INSTAGRAM_CONTENT_URL: 'https://cdn.example' })).instagram!.contentUrl).toBe('https://cdn.example');
});

test('sign in through the popup (scope instagram_business_basic), one flat folder, carousels as folders, Graph paging', async () => {
  const first = await list(undefined);
  expect(first.json.instagram).toMatchObject({ client: 'instagram', contents: [], auth: { kind: 'oauth' } });
  const done = await popup(first.json.instagram.auth.redirect_url);
  expect(done.message).toMatchObject({ type: 'fp-cloud-auth', cloud: 'instagram' });
  expect(ig.authorizations[ig.authorizations.length - 1].get('scope')).toBe('instagram_business_basic');
  const token = String(done.message.token);
  const p1 = await list(token);
  expect(p1.status).toBe(200);
  // the code's short-lived token was exchanged for a long-lived one, which the calls use
  expect(ig.calls).toContain('GET /access_token');
  expect(ig.tokenKinds.get(ig.lastToken)).toBe('long');
  const c1: E[] = p1.json.instagram.contents;
  expect(c1).toHaveLength(100);
  // folders first: the carousel, then the files by name
  expect(c1.slice(0, 3).map((e) => [e.name, e.path, e.folder])).toEqual([['Trip', item('/Trip') + '/', true], ['beach.png', item('/beach.png'), false], ['clip.mp4', item('/clip.mp4'), false]]);
  expect(c1.some((e) => e.name === 'notes.txt')).toBe(false);
  const beach = c1[1] as unknown as Record<string, unknown>;
  expect(beach).toMatchObject({ mimetype: 'image/png', size: null, bytes: null, modified: '2024-05-01T10:00:00.000Z', thumbnail: `${ig.url}/cdn/${ig.idOf('/beach.png')}.jpg` });
  expect(c1[2]).toMatchObject({ mimetype: 'video/mp4', size: null, thumbnail: `${ig.url}/cdn/${ig.idOf('/clip.mp4')}.thumb.jpg` });
  const p2 = await list(token, '/', p1.json.instagram.next);
  expect(p2.json.instagram.contents.map((e: E) => e.name)).toEqual(['p0097.jpg', 'p0098.jpg', 'p0099.jpg', 'p0100.jpg', 'p0101.jpg']);
  expect(p2.json.instagram.next).toBeNull();
  const trip = await list(token, item('/Trip') + '/');
  // children have no caption: their ids name them
  expect(trip.json.instagram.contents.map((e: E & { mimetype: string }) => [e.name, e.path, e.mimetype])).toEqual([
    [ig.idOf('/Trip/a.jpg') + '.jpg', item('/Trip') + item('/Trip/a.jpg'), 'image/jpeg'],
    [ig.idOf('/Trip/b.mp4') + '.mp4', item('/Trip') + item('/Trip/b.mp4'), 'video/mp4'],
  ]);
});

test('the long-lived token is renewed by the first call that finds it a day old (fake clock), once, and sealed into the answer\'s token', async () => {
  // one fake clock for the server's renewal logic and the double (the rest of the server keeps real time)
  let offset = 0;
  const clock = jest.spyOn(renewClock, 'now').mockImplementation(() => Date.now() + offset);
  ig.now = () => Date.now() + offset;
  const hours = (h: number): number => h * 3600 * 1000;
  try {
    const token = await signIn();
    expect((await list(token)).status).toBe(200);
    const first = ig.lastToken;
    const renewalsBefore = ig.renewals;
    offset = hours(23);
    expect((await list(token)).status).toBe(200);
    expect([ig.renewals, ig.lastToken]).toEqual([renewalsBefore, first]);
    offset = hours(25);
    const renewed = await list(token);
    expect(renewed.status).toBe(200);
    expect(ig.renewals).toBe(renewalsBefore + 1);
    expect(ig.calls).toContain('GET /refresh_access_token');
    const second = ig.lastToken;
    expect(second).not.toBe(first);
    expect(ig.tokenKinds.get(second)).toBe('long');
    // the answer's token carries the renewed access token: the next call uses it and renews nothing
    expect(renewed.json.token).not.toBe(token);
    expect((await list(renewed.json.token)).status).toBe(200);
    expect([ig.renewals, ig.lastToken]).toEqual([renewalsBefore + 1, second]);
    // a day later again: calls that find it old together renew it once
    offset = hours(49);
    const both = await Promise.all([list(renewed.json.token), list(renewed.json.token)]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    expect(ig.renewals).toBe(renewalsBefore + 2);
    expect(both[0].json.token).not.toBe(renewed.json.token);
    // a refused renewal leaves the current token in use: the call still answers
    offset = hours(74);
    ig.refuseRenewal = true;
    const kept = await list(both[0].json.token);
    expect(kept.status).toBe(200);
    expect(ig.renewals).toBe(renewalsBefore + 2);
    expect(ig.tokenKinds.get(ig.lastToken)).toBe('long');
  } finally {
    clock.mockRestore();
    ig.now = () => Date.now();
  }
}, 30000);

test('a refused renewal is not asked again for that token for an hour (fake clock), then is; other tokens are not held back', async () => {
  let offset = 0;
  const clock = jest.spyOn(renewClock, 'now').mockImplementation(() => Date.now() + offset);
  ig.now = () => Date.now() + offset;
  const hours = (h: number): number => h * 3600 * 1000;
  const asked = (): number => ig.calls.filter((c) => c === 'GET /refresh_access_token').length;
  try {
    const token = await signIn();
    const other = await signIn();
    offset = hours(25);
    ig.refuseRenewal = true;
    const before = asked();
    expect((await list(token)).status).toBe(200);
    expect(asked()).toBe(before + 1);
    // every later call within the hour uses the token as it is, without asking Instagram again
    for (const h of [25.1, 25.5, 25.99]) {
      offset = hours(h);
      expect((await list(token)).status).toBe(200);
    }
    expect(asked()).toBe(before + 1);
    // another token is renewed (and refused) on its own account
    expect((await list(other)).status).toBe(200);
    expect(asked()).toBe(before + 2);
    // an hour after the refusal, the next call asks again, and this time Instagram renews it
    ig.refuseRenewal = false;
    const renewals = ig.renewals;
    offset = hours(25) + RETRY_AFTER_MS + 1000;
    const renewed = await list(token);
    expect(renewed.status).toBe(200);
    expect([asked(), ig.renewals]).toEqual([before + 3, renewals + 1]);
    expect(renewed.json.token).not.toBe(token);
  } finally {
    clock.mockRestore();
    ig.now = () => Date.now();
  }
}, 30000);

test('the memory of refused renewals is bounded (the oldest forgotten first)', async () => {
  let hits = 0;
  const refusing = http.createServer((_req, res) => {
    hits++;
    res.writeHead(400, { 'Content-Type': 'application/json' });
    res.end('{"error":{"message":"refused","code":100}}');
  });
  await new Promise<void>((r) => refusing.listen(0, '127.0.0.1', r));
  const apiUrl = `http://127.0.0.1:${(refusing.address() as { port: number }).port}`;
  const a = { clientId: 'i', clientSecret: 's', authorizeUrl: apiUrl, tokenUrl: apiUrl, apiUrl, contentUrl: apiUrl };
  const env: ProviderEnv = { net: { allowHosts: ['127.0.0.1'] }, timeoutMs: 5000 };
  const old = Date.now() - hoursMs(30);
  try {
    const first = { access: 'first', exp: old + hoursMs(24 * 60), iat: old };
    expect(await renewedIfOld(a, first, env)).toBe(first);
    for (let i = 0; i < REFUSED_MAX + 20; i++) {
      const c = { access: 'tok' + i, exp: old + hoursMs(24 * 60), iat: old };
      expect(await renewedIfOld(a, c, env)).toBe(c);
    }
    expect(refusedCount()).toBeLessThanOrEqual(REFUSED_MAX);
    // the last refused token is still remembered (no call); the first, the oldest, was forgotten (asked again)
    const asked = hits;
    await renewedIfOld(a, { access: 'tok' + (REFUSED_MAX + 19), exp: old + hoursMs(24 * 60), iat: old }, env);
    expect(hits).toBe(asked);
    expect(await renewedIfOld(a, first, env)).toBe(first);
    expect(hits).toBe(asked + 1);
  } finally {
    await new Promise((r) => refusing.close(r));
  }
}, 60000);

test('listings make no HEAD (Graph tells no size: null); a pick learns it; the picker\'s maxSize is checked before any byte is copied', async () => {
  const token = await signIn();
  const heads = (): number => ig.calls.filter((c) => c.indexOf('HEAD ') === 0).length;
  const before = heads();
  const p1 = await list(token);
  expect(p1.json.instagram.contents).toHaveLength(100);
  await list(token, '/', p1.json.instagram.next);
  await list(token, item('/Trip') + '/');
  expect((p1.json.instagram.contents as Array<{ folder: boolean; size: unknown }>).filter((e) => !e.folder).every((e) => e.size === null)).toBe(true);
  expect(heads()).toBe(before);
  const full = `GET /cdn/${ig.idOf('/clip.mp4')}.mp4`;
  await kit.expectMaxSizeBeforeCopy(token, item('/clip.mp4'), FILES['/clip.mp4'], () => ig.calls.filter((c) => c === full).length);
}, 30000);

test('store copies the media (a large video as multipart), link serves it; bytes identical; a flat token answer too', async () => {
  ig.flatToken = true;
  // Instagram refusing the long-lived token: the short-lived one is used (for its hour)
  ig.refuseLongLived = true;
  const token = await signIn();
  expect((await list(token)).status).toBe(200);
  expect(ig.tokenKinds.get(ig.lastToken)).toBe('short');
  await kit.expectStored(token, item('/clip.mp4'), FILES['/clip.mp4'], { filename: 'clip.mp4', mimetype: 'video/mp4' });
  await kit.expectLinked(token, item('/beach.png'), FILES['/beach.png'], { filename: 'beach.png', mimetype: 'image/png', size: 3000 });
  const child = await store(token, item('/Trip') + item('/Trip/b.mp4'));
  expect(child.json.instagram).toMatchObject({ size: 30, mimetype: 'video/mp4' });
  expect(Buffer.from(await (await fetch(child.json.instagram.url)).arrayBuffer()).equals(FILES['/Trip/b.mp4'])).toBe(true);
}, 30000);

test('a media URL off the configured content host is refused; paths that are no id chain or no file are refused', async () => {
  const strict = await startServer({ cloud: { allowHosts: ['127.0.0.1'], instagram: app(ig, 'https://cdninstagram.com') } });
  try {
    const first = await postJson(strict.url + '/cloud/folder/list', { apikey: 'demo', appurl: APP, clouds: { instagram: { path: '/' } } });
    const token = (await popup(first.json.instagram.auth.redirect_url, strict)).message.token;
    const off = await postJson(strict.url + '/cloud/store/', { apikey: 'demo', token, clouds: { instagram: { path: item('/beach.png') } } });
    expect(off.status).toBe(502);
    expect(off.json).toMatchObject({ provider: 'instagram', cause: 'upstream' });
    expect(off.json.error).toContain("not on Instagram's content host (cdninstagram.com)");
  } finally {
    await strict.close();
  }
  const token = await signIn();
  const bad = await list(token, '/a b/');
  expect(bad.status).toBe(400);
  expect(bad.json.error).toContain('path: expected "/", "/<media-id>"');
  const album = await store(token, item('/Trip'));
  expect(album.status).toBe(400);
  expect(album.json.error).toContain('is a carousel album');
});

test('thumbnails: media are listed with thumb; a picture\'s is its media_url, a video\'s its thumbnail_url, from the CDN through the guard', async () => {
  const token = await signIn();
  const c1 = (await list(token)).json.instagram.contents as { name: string; thumb?: boolean; folder: boolean }[];
  expect(c1.filter((e) => !e.folder).every((e) => e.thumb === true)).toBe(true);
  expect(c1.filter((e) => e.folder).some((e) => e.thumb)).toBe(false);
  const thumb = (path: string): Promise<Response> =>
    fetch(kit.api('/thumbnail'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ apikey: 'demo', token, clouds: { instagram: { path } } }) });
  const res = await thumb(item('/beach.png'));
  expect([res.status, res.headers.get('content-type'), res.headers.get('x-content-type-options')]).toEqual([200, 'image/png', 'nosniff']);
  expect(Buffer.from(await res.arrayBuffer()).equals(FILES['/beach.png'])).toBe(true);
  expect(ig.calls.some((c) => c.indexOf(`GET /cdn/${ig.idOf('/beach.png')}.jpg`) === 0)).toBe(true);
  // the double's video thumbnail is a text: refused, never served
  const video = await thumb(item('/clip.mp4'));
  expect([video.status, (await video.json()).cause]).toEqual([502, 'upstream']);
  expect(ig.calls.some((c) => c.indexOf(`GET /cdn/${ig.idOf('/clip.mp4')}.thumb.jpg`) === 0)).toBe(true);
});

describe('failures', () => {
  test('an expired token (Graph error 190, no refresh token): 401 signin, sign in again', async () => {
    const token = await signIn();
    ig.expireAccessTokens();
    const r = await expectFailure(list(token), 401, 'signin');
    expect(r.json.error).toContain('sign in again');
  });

  test('rate limits (HTTP 429 with Retry-After, Graph code 4), forbidden, 500, and a missing item', async () => {
    const token = await signIn();
    ig.fault = { status: 429, code: 4, retryAfter: '30', times: 1 };
    const limited = await expectFailure(list(token), 429, 'ratelimit');
    expect(limited.headers.get('retry-after')).toBe('30');
    ig.fault = { status: 403, code: 10, times: 1 };
    const forbidden = await expectFailure(list(token), 403, 'forbidden');
    expect(forbidden.json.error).toContain('instagram_business_basic');
    ig.fault = { status: 500, code: 2, times: 1 };
    const broken = await expectFailure(list(token), 502, 'upstream');
    expect(broken.json.error).toContain('Instagram answered 500');
    await expectFailure(store(token, '/999'), 404, 'notfound');
  });

  test('a denied consent ends the popup with an error', async () => {
    await kit.expectDeniedConsent();
  });
});
