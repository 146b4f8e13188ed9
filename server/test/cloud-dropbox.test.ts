/**
 * The Dropbox source (OAuth 2) against a loopback DOUBLE of Dropbox's documented API (server/test/doubles/): the
 * popup flow (redirect_url → authorize → callback page posting the token), listing with cursors, store, links,
 * transparent refresh of expired access tokens, and failures named by provider and cause. The popup walk, sign-in
 * and the failure table are server/test/cloudOAuthKit.ts's.
 */
import { APP, CloudOAuthKit, counter } from './cloudOAuthKit';
import { DropboxDouble, startDropboxDouble } from './doubles/dropbox';
import { MiB, bytes } from './helpers';

let dbx: DropboxDouble;
const FILES: Record<string, Buffer> = { '/Photos/a.jpg': bytes(3000, 1), '/Photos/Trip/b.png': bytes(10, 2), '/notes.txt': Buffer.from('hello dropbox'), '/Photos/Crème brûlée ☕.txt': Buffer.from('non-ASCII name'), '/Big/big.bin': bytes(6 * MiB + 9, 5) };
/** A real 1×1 PNG, a PNG past the thumbnail route's bound, and bytes that pass Dropbox's check but are no image. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
FILES['/Photos/pixel.png'] = PNG;
FILES['/Photos/huge.png'] = Buffer.concat([PNG.subarray(0, 8), Buffer.alloc(300 * 1024)]);
FILES['/Photos/trick.gif'] = Buffer.from('GIF8<html><script>alert(1)</script></html>');
for (let i = 0; i < 502; i++) FILES[`/Many/f${String(i).padStart(4, '0')}.txt`] = Buffer.from(String(i));

const kit = new CloudOAuthKit({
  cloud: 'dropbox',
  start: async () => (dbx = await startDropboxDouble(FILES)),
  app: (d) => ({ clientId: d.appKey, clientSecret: d.appSecret, authorizeUrl: d.authorizeUrl, tokenUrl: d.tokenUrl, apiUrl: d.api, contentUrl: d.content }),
  authorizeUrl: (d) => d.authorizeUrl,
  reset: (d) => {
    d.fault = null;
    d.refuseRefresh = false;
  },
});
const { list, store, popup, signIn, expectFailure } = kit;
const tokenCalls = counter(() => dbx.calls, (c) => c.endpoint === '/oauth2/token');

test('not signed in: auth.redirect_url; the popup ends on a page that posts the token to the asking origin', async () => {
  const first = await list(undefined);
  expect(first.json.dropbox).toMatchObject({ client: 'dropbox', contents: [], auth: { kind: 'oauth' } });
  expect(first.json.dropbox.auth.redirect_url.indexOf(kit.srv.url + '/cloud/auth/dropbox/start?s=')).toBe(0);
  const done = await popup(first.json.dropbox.auth.redirect_url);
  expect(done.csp).toBe("default-src 'none'; script-src 'self'");
  expect(done.origin).toBe(APP);
  expect(done.message).toMatchObject({ type: 'fp-cloud-auth', cloud: 'dropbox' });
  const script = await fetch(kit.srv.url + '/cloud/auth/done.js');
  expect(await script.text()).toContain('window.opener.postMessage(message, origin)');
});

test('list (folders first), page with the cursor, store and link; bytes identical', async () => {
  const token = await signIn();
  const root = await list(token);
  expect(root.status).toBe(200);
  expect(root.json.dropbox.contents.map((e: { path: string }) => e.path)).toEqual(['/Big/', '/Many/', '/Photos/', '/notes.txt']);
  const p1 = await list(token, '/Many/');
  expect(p1.json.dropbox.contents).toHaveLength(500);
  const p2 = await list(token, '/Many/', p1.json.dropbox.next);
  expect(p2.json.dropbox.contents).toHaveLength(2);
  expect(p2.json.dropbox.next).toBeNull();
  await kit.expectStored(token, '/Big/big.bin', FILES['/Big/big.bin'], { filename: 'big.bin' });
  const link = await kit.link(token, '/Photos/a.jpg');
  expect(link.json.dropbox.mimetype).toBe('image/jpeg');
  expect(Buffer.from(await (await fetch(link.json.dropbox.url)).arrayBuffer()).equals(FILES['/Photos/a.jpg'])).toBe(true);
  // a name beyond ASCII reaches Dropbox escaped in the Dropbox-API-Arg header, as its API requires
  const accented = '/Photos/Crème brûlée ☕.txt';
  const st2 = await store(token, accented);
  expect(st2.status).toBe(200);
  expect(st2.json.dropbox.filename).toBe('Crème brûlée ☕.txt');
  expect(Buffer.from(await (await fetch(st2.json.dropbox.url)).arrayBuffer()).equals(FILES[accented])).toBe(true);
}, 30000);

test('an expired access token is refreshed transparently, and the new token carries the refreshed one', async () => {
  await kit.expectTransparentRefresh(tokenCalls);
});

test('search (ours): files and folders anywhere by name, full paths, paged with the cursor; picking a result works', async () => {
  const token = await signIn();
  const root = await list(token);
  expect(root.json.dropbox.searchable).toBe(true);
  const trip = await kit.search(token, '  TRIP ');
  expect(trip.status).toBe(200);
  expect(trip.json.dropbox).toMatchObject({ client: 'dropbox', search: 'TRIP', next: null, searchable: true });
  expect(trip.json.dropbox.contents.map((e: { path: string }) => e.path)).toEqual(['/Photos/Trip/']);
  const b = await kit.search(token, 'b.png');
  expect(b.json.dropbox.contents).toEqual([expect.objectContaining({ name: 'b.png', path: '/Photos/Trip/b.png', folder: false, size: 10 })]);
  const sent = dbx.calls.filter((c) => c.endpoint === '/2/files/search_v2').pop();
  expect(sent && sent.arg).toMatchObject({ query: 'b.png', options: { path: '', file_status: 'active', filename_only: true } });
  const link = await kit.link(b.json.token, '/Photos/Trip/b.png');
  expect(Buffer.from(await (await fetch(link.json.dropbox.url)).arrayBuffer()).equals(FILES['/Photos/Trip/b.png'])).toBe(true);
  const p1 = await kit.search(token, '.txt');
  expect(p1.json.dropbox.contents).toHaveLength(500);
  const p2 = await kit.search(token, '.txt', p1.json.dropbox.next);
  expect(p2.json.dropbox.next).toBeNull();
  expect(p1.json.dropbox.contents.length + p2.json.dropbox.contents.length).toBe(504);
  expect(dbx.calls.filter((c) => c.endpoint === '/2/files/search/continue_v2')).toHaveLength(1);
  expect((await kit.search(token, 'no such name')).json.dropbox.contents).toEqual([]);
  // a result Dropbox can make a thumbnail of says so, as in a folder's listing
  expect((await kit.search(token, 'pixel')).json.dropbox.contents).toEqual([expect.objectContaining({ name: 'pixel.png', thumb: true })]);
  // blank is a plain listing; a non-string or an overlong one names the field
  expect((await kit.search(token, '   ')).json.dropbox.search).toBeUndefined();
  const bad = await expectFailure(kit.search(token, 42), 400, 'badrequest');
  expect(bad.json.error).toContain('clouds.dropbox.search');
  await expectFailure(kit.search(token, 'x'.repeat(201)), 400, 'badrequest');
}, 30000);

describe('thumbnails (POST /cloud/thumbnail)', () => {
  const thumb = (token: unknown, path: string): Promise<Response> =>
    fetch(kit.api('/thumbnail'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ apikey: 'demo', token, clouds: { dropbox: { path } } }) });

  test('the listing marks Dropbox\'s image types; the route serves the thumbnail as a checked image', async () => {
    const token = await signIn();
    const photos = (await list(token, '/Photos/')).json.dropbox.contents as { name: string; thumb?: boolean; thumbnail: unknown }[];
    const marked = photos.filter((e) => e.thumb).map((e) => e.name);
    expect(marked).toEqual(['a.jpg', 'huge.png', 'pixel.png', 'trick.gif']);
    expect(photos.every((e) => e.thumbnail === null)).toBe(true);
    const res = await thumb(token, '/Photos/pixel.png');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(res.headers.get('cache-control')).toMatch(/^private/);
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
    const asked = dbx.calls.filter((c) => c.endpoint === '/2/files/get_thumbnail_v2').pop();
    expect(asked && asked.arg).toMatchObject({ resource: { '.tag': 'path', path: '/Photos/pixel.png' }, size: { '.tag': 'w64h64' } });
  });

  test('no thumbnail, too large, not an image, not signed in: errors, never the bytes', async () => {
    const token = await signIn();
    const none = await thumb(token, '/notes.txt');
    expect([none.status, (await none.json()).cause]).toEqual([404, 'notfound']);
    const junk = await thumb(token, '/Photos/a.jpg');
    expect([junk.status, (await junk.json()).cause]).toEqual([404, 'notfound']);
    const huge = await thumb(token, '/Photos/huge.png');
    expect([huge.status, (await huge.json()).cause]).toEqual([502, 'upstream']);
    const trick = await thumb(token, '/Photos/trick.gif');
    const body = await trick.json();
    expect([trick.status, body.cause]).toEqual([502, 'upstream']);
    expect(body.error).toMatch(/not a PNG, JPEG, GIF or WebP/);
    const out = await thumb(undefined, '/Photos/pixel.png');
    expect([out.status, (await out.json()).cause]).toEqual([401, 'signin']);
    const folder = await thumb(token, '/');
    expect(folder.status).toBe(400);
    dbx.fault = { status: 429, retryAfter: '7', times: 1 };
    const limited = await thumb(token, '/Photos/pixel.png');
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);
  });
});

describe('failures', () => {
  test('expired and refresh refused: 401 signin', async () => {
    await kit.expectRefreshRefused();
  });

  test('429 with Retry-After, 500, and a missing path', async () => {
    const token = await signIn();
    dbx.fault = { status: 429, retryAfter: '30', times: 1 };
    const limited = await expectFailure(list(token), 429, 'ratelimit');
    expect(limited.headers.get('retry-after')).toBe('30');
    dbx.fault = { status: 500, times: 1 };
    await expectFailure(list(token), 502, 'upstream');
    await expectFailure(store(token, '/nope.txt'), 404, 'notfound');
  });

  test('a denied consent and a forged state end the popup with an error', async () => {
    await kit.expectDeniedConsent();
    const forged = await fetch(kit.srv.url + '/cloud/auth/dropbox/callback?code=x&state=' + 'A'.repeat(60));
    expect(forged.status).toBe(400);
  });
});
