/**
 * The Google Drive source (OAuth 2, offline access) against a loopback DOUBLE of Google's OAuth endpoints and the
 * Drive API v3 (server/test/doubles/): the popup flow, id paths, listing with page tokens, metadata, store and links,
 * transparent refresh of expired access tokens, Google Docs refused, and failures named by provider and cause.
 * The popup walk, sign-in and the failure table are server/test/cloudOAuthKit.ts's.
 */
import { resolveCloud, cloudFromEnv } from '../src/cloud/config';
import { driveString } from '../src/cloud/providers/gdrive';
import { CloudOAuthKit, googleKit, counter, idPathOf } from './cloudOAuthKit';
import { GoogleDriveDouble, startGoogleDriveDouble } from './doubles/google-drive';
import { MiB, bytes } from './helpers';

let drive: GoogleDriveDouble;
const FILES: Record<string, Buffer> = { '/Photos/a.jpg': bytes(3000, 1), '/Photos/Trip/b.png': bytes(10, 2), '/notes.txt': Buffer.from('hello drive'), '/Plan.gdoc': Buffer.alloc(0), '/Big/big.bin': bytes(6 * MiB + 9, 5), "/Photos/Bob's trip.txt": Buffer.from('quoted') };
/** A real 1×1 PNG (the thumbnail route serves only real images) */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
FILES['/Photos/pixel.png'] = PNG;
for (let i = 0; i < 502; i++) FILES[`/Many/f${String(i).padStart(4, '0')}.txt`] = Buffer.from(String(i));

const kit = new CloudOAuthKit(googleKit('googledrive', async () => (drive = await startGoogleDriveDouble(FILES))));
const { list, store, signIn, expectFailure } = kit;
/** The protocol path of a file or folder given by its Drive path: its chain of ids. */
const idPath = idPathOf((p) => drive.idOf(p));
const tokenCalls = counter(() => drive.calls, (c) => c === 'POST /token');

test('configuration: FP_CLOUD_GOOGLE_DRIVE_*, Google endpoints by default, the content host is the API host unless set', () => {
  const c = resolveCloud(cloudFromEnv({ FP_CLOUD_GOOGLE_DRIVE_CLIENT_ID: 'id', FP_CLOUD_GOOGLE_DRIVE_CLIENT_SECRET: 's' }));
  expect(c.providers).toEqual(['ftp', 'webdav', 'googledrive']);
  expect(c.googledrive).toEqual({ clientId: 'id', clientSecret: 's', authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth', tokenUrl: 'https://oauth2.googleapis.com/token', apiUrl: 'https://www.googleapis.com', contentUrl: 'https://www.googleapis.com' });
  expect(() => resolveCloud({ providers: ['googledrive'] })).toThrow('FP_CLOUD_GOOGLE_DRIVE_CLIENT_ID');
  expect(() => resolveCloud({ googledrive: { clientId: 'id', clientSecret: '' } })).toThrow('`cloud.googledrive` needs `clientId` and `clientSecret`');
});

test('sign-in: offline access with the read-only Drive scope; the code is exchanged; the callback posts the token', async () => {
  await kit.expectOfflineSignIn('https://www.googleapis.com/auth/drive.readonly');
});

test('list by ids (folders first, Google Docs listed), page with the page token, metadata, store and link; bytes identical', async () => {
  const token = await signIn();
  const root = await list(token);
  expect(root.status).toBe(200);
  expect(root.json.googledrive.contents.map((e: { name: string; path: string }) => [e.name, e.path])).toEqual([
    ['Big', idPath('/Big/')], ['Many', idPath('/Many/')], ['Photos', idPath('/Photos/')], ['Plan', idPath('/Plan.gdoc')], ['notes.txt', idPath('/notes.txt')],
  ]);
  expect(drive.calls.some((c) => c.indexOf('q=%27root%27+in+parents+and+trashed+%3D+false') >= 0)).toBe(true);
  const trip = await list(token, idPath('/Photos/Trip/'));
  expect(trip.json.googledrive.contents).toEqual([expect.objectContaining({ name: 'b.png', path: idPath('/Photos/Trip/b.png'), mimetype: 'image/png', size: 10 })]);
  const p1 = await list(token, idPath('/Many/'));
  expect(p1.json.googledrive.contents).toHaveLength(500);
  const p2 = await list(token, idPath('/Many/'), p1.json.googledrive.next);
  expect(p2.json.googledrive.contents).toHaveLength(2);
  expect(p2.json.googledrive.next).toBeNull();
  await kit.expectStored(token, idPath('/Big/big.bin'), FILES['/Big/big.bin'], { filename: 'big.bin' });
  await kit.expectLinked(token, idPath('/Photos/a.jpg'), FILES['/Photos/a.jpg'], { filename: 'a.jpg', mimetype: 'image/jpeg' });
}, 30000);

test('search (ours): files.list with name contains (quotes escaped) and trashed = false; results are /<id> paths that pick and open', async () => {
  expect(driveString("Bob's \\ b")).toBe("'Bob\\'s \\\\ b'");
  const token = await signIn();
  expect((await list(token)).json.googledrive.searchable).toBe(true);
  const trip = await kit.search(token, 'trip');
  expect(trip.json.googledrive).toMatchObject({ search: 'trip', next: null });
  expect(trip.json.googledrive.contents.map((e: { name: string; path: string }) => [e.name, e.path])).toEqual([
    ['Trip', '/' + drive.idOf('/Photos/Trip') + '/'], ["Bob's trip.txt", '/' + drive.idOf("/Photos/Bob's trip.txt")],
  ]);
  expect(drive.calls.some((c) => c.indexOf('q=name+contains+%27trip%27+and+trashed+%3D+false') >= 0)).toBe(true);
  const quoted = await kit.search(token, "bob's");
  expect(quoted.status).toBe(200);
  expect(quoted.json.googledrive.contents.map((e: { name: string }) => e.name)).toEqual(["Bob's trip.txt"]);
  const link = await kit.link(quoted.json.token, quoted.json.googledrive.contents[0].path);
  expect(Buffer.from(await (await fetch(link.json.googledrive.url)).arrayBuffer()).toString()).toBe('quoted');
  const folder = await list(token, trip.json.googledrive.contents[0].path);
  expect(folder.json.googledrive.contents.map((e: { name: string }) => e.name)).toEqual(['b.png']);
  const p1 = await kit.search(token, 'f0');
  expect(p1.json.googledrive.contents).toHaveLength(500);
  const p2 = await kit.search(token, 'f0', p1.json.googledrive.next);
  expect(p2.json.googledrive.contents).toHaveLength(2);
  expect((await kit.search(token, "'); drop")).json.googledrive.contents).toEqual([]);
}, 30000);

test('a Google Docs file is refused for pick with a named cause; a path that is no id chain is refused', async () => {
  const token = await signIn();
  const doc = await kit.link(token, idPath('/Plan.gdoc'));
  expect(doc.status).toBe(400);
  expect(doc.json).toMatchObject({ provider: 'googledrive', cause: 'badrequest' });
  expect(doc.json.error).toContain('"Plan" is a Google document file, which has no content to download');
  const bad = await list(token, '/Photos/a b.jpg');
  expect(bad.status).toBe(400);
  expect(bad.json.error).toContain('path: expected Drive ids');
});

test('an expired access token is refreshed transparently, and the new token carries the refreshed one', async () => {
  await kit.expectTransparentRefresh(tokenCalls);
});

test('a link read with a Range gets the provider\'s 206 and those bytes only; a range beyond the end is 416', async () => {
  const token = await signIn();
  const link = await kit.link(token, idPath('/Photos/a.jpg'));
  const part = await fetch(link.json.googledrive.url, { headers: { Range: 'bytes=100-199' } });
  expect(part.status).toBe(206);
  expect(part.headers.get('content-range')).toBe('bytes 100-199/3000');
  expect(part.headers.get('content-length')).toBe('100');
  expect(Buffer.from(await part.arrayBuffer()).equals(FILES['/Photos/a.jpg'].subarray(100, 200))).toBe(true);
  const tail = await fetch(link.json.googledrive.url, { headers: { Range: 'bytes=-10' } });
  expect(tail.status).toBe(206);
  expect(Buffer.from(await tail.arrayBuffer()).equals(FILES['/Photos/a.jpg'].subarray(2990))).toBe(true);
  const beyond = await fetch(link.json.googledrive.url, { headers: { Range: 'bytes=3000-' } });
  expect(beyond.status).toBe(416);
  expect(beyond.headers.get('content-range')).toBe('bytes */3000');
  const whole = await fetch(link.json.googledrive.url, { headers: { Range: 'bytes=5-1' } });
  expect(whole.status).toBe(200);
  expect(Buffer.from(await whole.arrayBuffer()).equals(FILES['/Photos/a.jpg'])).toBe(true);
});

test('thumbnails: files with a thumbnailLink are listed with thumb; the route fetches the link with the bearer token and serves the checked image', async () => {
  const token = await signIn();
  const photos = (await list(token, idPath('/Photos/'))).json.googledrive.contents as { name: string; thumb?: boolean }[];
  expect(photos.filter((e) => e.thumb).map((e) => e.name).sort()).toEqual(['a.jpg', 'pixel.png']);
  const thumb = (path: string): Promise<Response> =>
    fetch(kit.api('/thumbnail'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ apikey: 'demo', token, clouds: { googledrive: { path } } }) });
  const res = await thumb(idPath('/Photos/pixel.png'));
  expect(res.status).toBe(200);
  expect([res.headers.get('content-type'), res.headers.get('content-security-policy')]).toEqual(['image/png', "default-src 'none'"]);
  expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
  expect(drive.calls.some((c) => c.indexOf(`GET /thumb/${drive.idOf('/Photos/pixel.png')}=s220`) === 0)).toBe(true);
  const junk = await thumb(idPath('/Photos/a.jpg'));
  expect([junk.status, (await junk.json()).cause]).toEqual([502, 'upstream']);
  const none = await thumb(idPath('/notes.txt'));
  expect([none.status, (await none.json()).cause]).toEqual([404, 'notfound']);
});

describe('failures', () => {
  test('401 and the refresh refused: 401 signin (sign in again)', async () => {
    await kit.expectRefreshRefused();
  });

  test('429 with Retry-After, 403 rateLimitExceeded, 500, and a missing file', async () => {
    const token = await signIn();
    drive.fault = { status: 429, retryAfter: '30', times: 1 };
    const limited = await expectFailure(list(token), 429, 'ratelimit');
    expect(limited.headers.get('retry-after')).toBe('30');
    drive.fault = { status: 403, reason: 'userRateLimitExceeded', times: 1 };
    expect((await list(token)).json).toMatchObject({ provider: 'googledrive', cause: 'ratelimit' });
    drive.fault = { status: 503, times: 1 };
    await expectFailure(list(token), 502, 'upstream');
    await expectFailure(store(token, '/nope123'), 404, 'notfound');
  });

  test('a denied consent ends the popup with an error', async () => {
    await kit.expectDeniedConsent();
  });
});
