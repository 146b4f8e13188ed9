/** The cloud API client at the transport seam: what it sends, the token it keeps, how failures read. */
import { CloudSession } from '../../core/contracts';
import { hostsFromBase, DEFAULT_HOSTS } from '../../core/hosts';
import { createUploader } from '../createUploader';
import { FakeEnv, ScriptedTransport, settle } from '../__tests__/fakes';
import { cloudBase } from './request';
import { originOf } from './oauth';

function setup(session: CloudSession = {}, security?: { policy: string; signature: string }) {
  const transport = new ScriptedTransport();
  const env = new FakeEnv();
  const up = createUploader({ apikey: 'KEY', security, hosts: hostsFromBase('http://127.0.0.1:9'), transport, env, retryOptions: { retries: 1, factor: 1, minTimeout: 1, maxTimeout: 1 }, resume: false });
  return { transport, env, up, session: up.cloud, cloud: session, make: () => createUploader({ apikey: 'KEY', hosts: hostsFromBase('http://127.0.0.1:9'), transport, env, cloud: session, resume: false }) };
}

test('the base follows the hosts: Filestack by default, <base>/cloud for the reference server', () => {
  expect(cloudBase(DEFAULT_HOSTS)).toBe('https://cloud.filestackapi.com');
  expect(cloudBase(hostsFromBase('http://127.0.0.1:8080/'))).toBe('http://127.0.0.1:8080/cloud');
  expect(cloudBase({ ...hostsFromBase('http://h'), cloudApi: undefined })).toBe('https://cloud.filestackapi.com');
});

test('list sends key, path, cursor and security; keeps the token; reads folders, files and the next page', async () => {
  const s = setup({}, { policy: 'P', signature: 'S' });
  const listed = s.up.cloud.list('ftp', '/photos/', 'CUR');
  const r = await s.transport.next();
  expect(r.req).toMatchObject({ method: 'POST', url: 'http://127.0.0.1:9/cloud/folder/list' });
  // `appurl`: the page, whose origin an OAuth sign-in answers to
  expect(r.json).toEqual({ apikey: 'KEY', flow: 'web', clouds: { ftp: { path: '/photos/', next: 'CUR' } }, policy: 'P', signature: 'S', appurl: location.href });
  r.respond(200, {
    token: 'T1',
    ftp: {
      client: 'ftp', filename: '/photos/', next: 'N2',
      contents: [
        { name: '2024', path: '/photos/2024/', folder: true, mimetype: 'application/x-directory', size: 0 },
        { name: 'a.jpg', path: '/photos/a.jpg', folder: false, mimetype: 'image/jpeg', bytes: 53211, modified: '2024-05-01T10:00:00.000Z' },
        { name: 'broken' },
      ],
    },
  });
  expect(await listed).toEqual({
    folders: [{ name: '2024', path: '/photos/2024/' }],
    files: [{ name: 'a.jpg', path: '/photos/a.jpg', size: 53211, mimetype: 'image/jpeg', modified: Date.UTC(2024, 4, 1, 10) }],
    next: 'N2',
  });
  // the next call sends the token back
  const again = s.up.cloud.list('ftp', '/');
  const r2 = await s.transport.next();
  expect(r2.json.token).toBe('T1');
  r2.respond(200, { ftp: { client: 'ftp', filename: '/', contents: [], next: null, auth: { kind: 'credentials', fields: ['host', 'port', 'user', 'password', 'secure'], defaults: { host: '127.0.0.1', port: 2121, x: {} } } } });
  expect(await again).toEqual({ folders: [], files: [], signIn: { fields: ['host', 'port', 'user', 'password', 'secure'], defaults: { host: '127.0.0.1', port: '2121' } } });
});

test('search (ours) sends the text in the cloud\'s entry of /folder/list, pages with the cursor, reads `searchable`', async () => {
  const s = setup();
  const found = s.up.cloud.search('dropbox', 'trip photos', 'C2');
  const r = await s.transport.next();
  expect(r.req.url).toBe('http://127.0.0.1:9/cloud/folder/list');
  expect(r.json.clouds).toEqual({ dropbox: { path: '/', search: 'trip photos', next: 'C2' } });
  r.respond(200, { dropbox: { client: 'dropbox', filename: '/', search: 'trip photos', searchable: true, next: null, contents: [{ name: 'Trip', path: '/Photos/Trip/', folder: true }] } });
  expect(await found).toEqual({ folders: [{ name: 'Trip', path: '/Photos/Trip/' }], files: [], searchable: true });
  await expect(s.up.cloud.search('dropbox', '')).rejects.toThrow(/search: expected the text/);
  // a listing without `searchable: true` (Filestack's) is not searchable
  const listed = s.up.cloud.list('dropbox', '/');
  (await s.transport.next()).respond(200, { dropbox: { client: 'dropbox', filename: '/', searchable: 'yes', contents: [], next: null } });
  expect(await listed).toEqual({ folders: [], files: [] });
});

test('the token is the page\'s: a second uploader with the same session sends what the first got', async () => {
  const s = setup();
  const first = s.make().cloud.signIn('webdav', { url: 'http://dav.example/', user: 'me', password: 'pw' });
  const r = await s.transport.next();
  expect(r.req.url).toBe('http://127.0.0.1:9/cloud/auth/credentials');
  expect(r.json.clouds).toEqual({ webdav: { url: 'http://dav.example/', user: 'me', password: 'pw' } });
  r.respond(200, { token: 'SIGNED', webdav: { client: 'webdav', signedIn: true } });
  await first;
  expect(s.cloud.token).toBe('SIGNED');
  const listed = s.make().cloud.list('webdav', '/');
  const r2 = await s.transport.next();
  expect(r2.json.token).toBe('SIGNED');
  r2.respond(200, { webdav: { contents: [], next: null } });
  await listed;
});

test('FTP sign-in sends the port as a number, leaves out empty fields, asks for FTPS when offered', async () => {
  const s = setup();
  const p = s.up.cloud.signIn('ftp', { host: 'ftp.example', port: '2121', user: 'u', password: '' });
  const r = await s.transport.next();
  expect(r.json.clouds).toEqual({ ftp: { host: 'ftp.example', port: 2121, user: 'u', secure: 'auto' } });
  r.respond(401, { error: 'ftp: sign-in failed (wrong user or password)', provider: 'ftp', cause: 'signin' });
  const e = await p.then(() => null, (x: unknown) => x as { name: string; message: string; status: number; provider: string; reason: string });
  expect(e).toMatchObject({ name: 'NetworkError', status: 401, provider: 'ftp', reason: 'signin' });
  expect(e!.message).toBe('filepicker: the ftp source failed: ftp: sign-in failed (wrong user or password) (HTTP 401, signin)');
  // a sign-in is never repeated on its own
  await settle();
  expect(s.transport.calls('/auth/credentials').length).toBe(1);
});

test('a 5xx listing is retried; an answer without our error shape still names the source and a cause', async () => {
  const s = setup();
  const p = s.up.cloud.list('webdav', '/');
  (await s.transport.next()).respond(502, { error: 'webdav: the server failed (HTTP 500)', provider: 'webdav', cause: 'upstream' });
  await s.env.advance(10);
  (await s.transport.next()).respond(404, 'Not Found');
  await expect(p).rejects.toMatchObject({ status: 404, provider: 'webdav', reason: 'notfound', message: 'filepicker: the webdav source failed: HTTP 404 (HTTP 404, notfound)' });
  await expect(s.up.cloud.list('ftp', 'relative/')).rejects.toMatchObject({ name: 'ValidationError', option: 'path' });
});

test('store copies with the store options and resolves with the stored file; link resolves with the link', async () => {
  const s = setup({ token: 'T' });
  const up = s.make();
  const stored = up.cloud.store({ cloud: 'webdav', path: '/docs/report.pdf' }, { location: 's3', path: 'uploads/', container: 'b', access: 'public' });
  await s.env.advance(0);
  const r = await s.transport.next();
  expect(r.req.url).toBe('http://127.0.0.1:9/cloud/store/');
  expect(r.json).toEqual({ apikey: 'KEY', flow: 'web', token: 'T', clouds: { webdav: { path: '/docs/report.pdf', store: { location: 's3', path: 'uploads/', container: 'b', access: 'public' } } } });
  r.respond(200, { token: 'T2', webdav: { url: 'http://127.0.0.1:9/api/file/HH', handle: 'HH', filename: 'report.pdf', size: 48213, mimetype: 'application/pdf', key: 'uploads/x_report.pdf', container: 'b', path: 'uploads/x_report.pdf', status: 'Stored', client: 'webdav' } });
  expect(await stored.promise).toEqual({ handle: 'HH', url: 'http://127.0.0.1:9/api/file/HH', filename: 'report.pdf', size: 48213, mimetype: 'application/pdf', key: 'uploads/x_report.pdf', container: 'b', path: 'uploads/x_report.pdf', status: 'Stored' });
  expect(s.cloud.token).toBe('T2');
  const linked = up.cloud.link({ cloud: 'ftp', path: '/photos/a.jpg' });
  await s.env.advance(0);
  const r2 = await s.transport.next();
  expect(r2.req.url).toBe('http://127.0.0.1:9/cloud/link/');
  expect(r2.json.clouds).toEqual({ ftp: { path: '/photos/a.jpg' } });
  r2.respond(200, { ftp: { url: 'http://127.0.0.1:9/cloud/file/LINK1', filename: 'a.jpg', size: 53211, mimetype: 'image/jpeg', client: 'ftp', path: '/photos/a.jpg' } });
  expect(await linked.promise).toEqual({ handle: 'LINK1', url: 'http://127.0.0.1:9/cloud/file/LINK1', filename: 'a.jpg', size: 53211, mimetype: 'image/jpeg', linked: true });
  expect(() => up.cloud.store({ cloud: 'ftp', path: '/photos/' }, {})).toThrow(/`path` must be the absolute path of a file/);
});

test('a file listed without a size (null or none) reads as size 0, sizeUnknown; store and link carry the picker\'s maxSize for it', async () => {
  const s = setup({ token: 'T' });
  const up = s.make();
  const listed = up.cloud.list('facebook', '/1/');
  const r = await s.transport.next();
  r.respond(200, { facebook: { client: 'facebook', filename: '/1/', next: null, contents: [
    { name: 'a.jpg', path: '/1/2', folder: false, mimetype: 'image/jpeg', size: null, bytes: null },
    { name: 'b.jpg', path: '/1/3', folder: false, mimetype: 'image/jpeg' },
    { name: 'c.jpg', path: '/1/4', folder: false, mimetype: 'image/jpeg', size: 0, bytes: 0 },
  ] } });
  expect((await listed).files).toEqual([
    { name: 'a.jpg', path: '/1/2', size: 0, sizeUnknown: true, mimetype: 'image/jpeg' },
    { name: 'b.jpg', path: '/1/3', size: 0, sizeUnknown: true, mimetype: 'image/jpeg' },
    { name: 'c.jpg', path: '/1/4', size: 0, mimetype: 'image/jpeg' },
  ]);
  const stored = up.cloud.store({ cloud: 'facebook', path: '/1/2', maxSize: 1000 }, { location: 's3' });
  await s.env.advance(0);
  const r2 = await s.transport.next();
  expect(r2.json.clouds).toEqual({ facebook: { path: '/1/2', maxSize: 1000, store: { location: 's3' } } });
  r2.respond(413, { error: 'facebook: /1/2 is 3000 bytes, above the picker\'s maxSize of 1000 bytes', provider: 'facebook', cause: 'toolarge', size: 3000, maxSize: 1000 });
  await expect(stored.promise).rejects.toThrow(/above the picker's maxSize of 1000 bytes/);
  await expect(stored.promise).rejects.toMatchObject({ name: 'NetworkError', status: 413, reason: 'toolarge', size: 3000, maxSize: 1000 });
  const linked = up.cloud.link({ cloud: 'facebook', path: '/1/2', maxSize: 5000 });
  await s.env.advance(0);
  const r3 = await s.transport.next();
  expect(r3.json.clouds).toEqual({ facebook: { path: '/1/2', maxSize: 5000 } });
  r3.respond(200, { facebook: { url: 'http://127.0.0.1:9/cloud/file/L', filename: 'a.jpg', size: 3000, mimetype: 'image/jpeg', client: 'facebook', path: '/1/2' } });
  expect(await linked.promise).toMatchObject({ filename: 'a.jpg', size: 3000, linked: true });
});

test('folderLink asks /link/ for the folder and resolves with its url; a cloud API without folder links (404) gives null', async () => {
  const s = setup({ token: 'T' });
  const up = s.make();
  const linked = up.cloud.folderLink('ftp', '/photos/2024/');
  const r = await s.transport.next();
  expect(r.req.url).toBe('http://127.0.0.1:9/cloud/link/');
  expect(r.json).toEqual({ apikey: 'KEY', flow: 'web', token: 'T', clouds: { ftp: { path: '/photos/2024/' } } });
  r.respond(200, { token: 'T4', ftp: { url: 'http://127.0.0.1:9/cloud/file/FOLDER1', filename: '2024', size: null, mimetype: 'application/x-directory', client: 'ftp', path: '/photos/2024/', folder: true } });
  expect(await linked).toBe('http://127.0.0.1:9/cloud/file/FOLDER1');
  expect(s.cloud.token).toBe('T4');
  const none = up.cloud.folderLink('dropbox', '/');
  const r2 = await s.transport.next();
  expect(r2.json.clouds).toEqual({ dropbox: { path: '/' } });
  r2.respond(404, { error: 'Not Found' });
  expect(await none).toBeNull();
  await expect(up.cloud.folderLink('ftp', 'photos')).rejects.toThrow(/`path` must be the absolute path of a folder/);
});

test('logout names one cloud or none (every cloud)', async () => {
  const s = setup({ token: 'T' });
  const up = s.make();
  const one = up.cloud.logout('ftp');
  const r = await s.transport.next();
  expect(r.req.url).toBe('http://127.0.0.1:9/cloud/auth/logout');
  expect(r.json).toEqual({ apikey: 'KEY', flow: 'web', token: 'T', clouds: { ftp: {} } });
  r.respond(200, { token: 'T3', ftp: { logout: true } });
  await one;
  expect(s.cloud.token).toBe('T3');
  const all = up.cloud.logout();
  const r2 = await s.transport.next();
  expect(r2.json).toEqual({ apikey: 'KEY', flow: 'web', token: 'T3' });
  r2.respond(200, { token: 'T4' });
  await all;
});

test('a copy cancelled before the client has loaded is cancelled without a request', async () => {
  const s = setup();
  const task = s.up.cloud.store({ cloud: 'ftp', path: '/a.txt' }, {});
  task.cancel();
  await expect(task.promise).rejects.toMatchObject({ name: 'AbortError' });
  await s.env.advance(10);
  expect(s.transport.log).toEqual([]);
});

test('an OAuth listing asks for the popup; only the cloud API\'s origin and shape sign in, and the token is kept', async () => {
  const s = setup();
  const listed = s.up.cloud.list('dropbox', '/');
  const r = await s.transport.next();
  r.respond(200, { dropbox: { client: 'dropbox', filename: '/', contents: [], next: null, auth: { kind: 'oauth', redirect_url: 'http://127.0.0.1:9/cloud/auth/dropbox/start?s=ST' } } });
  expect(await listed).toEqual({ folders: [], files: [], signIn: { redirect: 'http://127.0.0.1:9/cloud/auth/dropbox/start?s=ST' } });
  const ok = { type: 'fp-cloud-auth', cloud: 'dropbox', token: 'OAUTH' };
  // another origin, another cloud, another shape: not an answer, nothing kept
  expect(await s.up.cloud.oauthMessage('dropbox', 'http://127.0.0.1:10', ok)).toBeNull();
  expect(await s.up.cloud.oauthMessage('dropbox', 'http://evil.example', ok)).toBeNull();
  expect(await s.up.cloud.oauthMessage('ftp', 'http://127.0.0.1:9', ok)).toBeNull();
  expect(await s.up.cloud.oauthMessage('dropbox', 'http://127.0.0.1:9', { type: 'other', cloud: 'dropbox', token: 'X' })).toBeNull();
  expect(await s.up.cloud.oauthMessage('dropbox', 'http://127.0.0.1:9', 'fp-cloud-auth')).toBeNull();
  expect(await s.up.cloud.oauthMessage('dropbox', 'http://127.0.0.1:9', { type: 'fp-cloud-auth', cloud: 'dropbox' })).toBeNull();
  // a refusal says why
  expect(await s.up.cloud.oauthMessage('dropbox', 'http://127.0.0.1:9', { type: 'fp-cloud-auth', cloud: 'dropbox', error: 'signin', message: 'dropbox: access denied' })).toEqual({ signedIn: false, message: 'dropbox: access denied' });
  expect(await s.up.cloud.oauthMessage('dropbox', 'http://127.0.0.1:9', ok)).toEqual({ signedIn: true });
  const again = s.up.cloud.list('dropbox', '/');
  const r2 = await s.transport.next();
  expect(r2.json.token).toBe('OAUTH');
  r2.respond(200, { dropbox: { client: 'dropbox', filename: '/', contents: [], next: null } });
  await again;
});

test('origins are read as a browser serializes them', () => {
  expect(originOf('http://127.0.0.1:8080/cloud')).toBe('http://127.0.0.1:8080');
  expect(originOf('HTTPS://Cloud.Filestackapi.com:443/x?y')).toBe('https://cloud.filestackapi.com');
  expect(originOf('http://h:80')).toBe('http://h');
  expect(originOf('http://[::1]:9/cloud')).toBe('http://[::1]:9');
  expect(originOf('http://u:p@h:81/')).toBe('http://h:81');
  expect(originOf('/cloud')).toBe('');
  expect(originOf('javascript:alert(1)')).toBe('');
});

test('offered asks once for every cloud named, with key and security; a server without `/offered` or a failure means "cannot say"', async () => {
  const s = setup({}, { policy: 'P', signature: 'S' });
  const asked = s.up.cloud.offered(['ftp', 'dropbox', 'box']);
  const r = await s.transport.next();
  expect(r.req).toMatchObject({ method: 'POST', url: 'http://127.0.0.1:9/cloud/offered' });
  expect(r.json).toEqual({ apikey: 'KEY', flow: 'web', clouds: { ftp: {}, dropbox: {}, box: {} }, policy: 'P', signature: 'S' });
  r.respond(200, { offered: ['ftp', 'box', 7] });
  expect(await asked).toEqual(['ftp', 'box']);
  const filestack = s.up.cloud.offered(['dropbox']);
  (await s.transport.next()).respond(404, { error: 'not found' });
  expect(await filestack).toBeNull();
  const other = s.up.cloud.offered(['dropbox']);
  (await s.transport.next()).respond(200, { dropbox: { client: 'dropbox' } });
  expect(await other).toBeNull();
});

describe('thumbnails', () => {
  const g = globalThis as unknown as { fetch?: unknown };
  const saved = g.fetch;
  afterEach(() => {
    g.fetch = saved;
  });
  const answer = (status: number, type: string, body: string, token?: string) => ({
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (h: string) => (h.toLowerCase() === 'content-type' ? type : h.toLowerCase() === 'x-cloud-token' && token ? token : null) },
    text: () => Promise.resolve(body),
    blob: () => Promise.resolve(new Blob([body], { type })),
  });

  test('a listed file marked `thumb` reads as thumbnail: true; others have no such field', async () => {
    const s = setup();
    const listed = s.up.cloud.list('dropbox', '/');
    const r = await s.transport.next();
    r.respond(200, { dropbox: { contents: [{ name: 'a.jpg', path: '/a.jpg', mimetype: 'image/jpeg', size: 1, thumb: true, thumbnail: null }, { name: 'b.txt', path: '/b.txt', size: 1, thumb: 'yes' }] } });
    const files = (await listed).files;
    expect(files.map((f) => f.thumbnail)).toEqual([true, undefined]);
  });

  test('POSTs key, token, security and the file to <cloudApi>/thumbnail without cookies; only an image answer resolves', async () => {
    const s = setup({}, { policy: 'P', signature: 'S' });
    const seen: { url: string; init: { method: string; body: string; credentials: string; signal?: AbortSignal } }[] = [];
    let next = answer(200, 'image/jpeg', 'JPEGBYTES');
    g.fetch = (url: string, init: { method: string; body: string; credentials: string }) => {
      seen.push({ url, init });
      return Promise.resolve(next);
    };
    const ctl = new AbortController();
    const blob = await s.up.cloud.thumbnail({ cloud: 'dropbox', path: '/a.jpg' }, ctl.signal);
    expect(blob.type).toBe('image/jpeg');
    expect(seen[0].url).toBe('http://127.0.0.1:9/cloud/thumbnail');
    expect([seen[0].init.method, seen[0].init.credentials, seen[0].init.signal]).toEqual(['POST', 'omit', ctl.signal]);
    expect(JSON.parse(seen[0].init.body)).toEqual({ apikey: 'KEY', flow: 'web', clouds: { dropbox: { path: '/a.jpg' } }, policy: 'P', signature: 'S' });
    next = answer(200, 'text/html', '<p>hi</p>');
    await expect(s.up.cloud.thumbnail({ cloud: 'dropbox', path: '/a.jpg' })).rejects.toMatchObject({ name: 'NetworkError', provider: 'dropbox' });
    next = answer(404, 'application/json', JSON.stringify({ error: 'dropbox: /a.txt: Dropbox has no thumbnail of this file', provider: 'dropbox', cause: 'notfound' }));
    await expect(s.up.cloud.thumbnail({ cloud: 'dropbox', path: '/a.txt' })).rejects.toMatchObject({ name: 'NetworkError', status: 404, reason: 'notfound' });
    await expect(s.up.cloud.thumbnail({ cloud: 'dropbox', path: '' })).rejects.toThrow(/path/);
    expect(seen).toHaveLength(3);
    // a sign-in refreshed on the way comes back in X-Cloud-Token: the next call sends it
    next = answer(200, 'image/png', 'PNG', 'T-NEW');
    await s.up.cloud.thumbnail({ cloud: 'dropbox', path: '/a.jpg' });
    await s.up.cloud.thumbnail({ cloud: 'dropbox', path: '/a.jpg' });
    expect(JSON.parse(seen[4].init.body).token).toBe('T-NEW');
  });
});
