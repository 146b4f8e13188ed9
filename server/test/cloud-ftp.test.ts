/** The cloud API over a real FTP server (ftp-srv on loopback, started here): sign-in, listing, paging, store, links, failures. */
import { mkdtempSync, promises as fsp } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startServer, RunningServer } from '../src/index';
import { DemoSource, seedFolder, startFtpSource, DEMO_FILES } from '../src/cloud/demoSources';
import { MiB, Reply, bytes, postJson } from './helpers';

let srv: RunningServer;
let ftp: DemoSource;
let root: string;
const BIG = bytes(12 * MiB + 123, 7);

const api = (p: string, s: RunningServer = srv): string => s.url + '/cloud' + p;
const stored = async (s: RunningServer): Promise<string[]> => (await s.storage.listObjects()).map((o) => o.key).filter((k) => k.indexOf('.fp-') !== 0);

async function signIn(s: RunningServer = srv, creds: Record<string, unknown> = ftp.credentials): Promise<Reply> {
  return postJson(api('/auth/credentials', s), { apikey: 'demo', clouds: { ftp: creds } });
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'fp-cloud-ftp-'));
  await seedFolder(root);
  const many: Record<string, Buffer> = {};
  for (let i = 0; i < 503; i++) many[`many/f${String(i).padStart(4, '0')}.txt`] = Buffer.from(String(i));
  await seedFolder(root, { ...many, 'big/big.bin': BIG });
  ftp = await startFtpSource(root);
  srv = await startServer({ cloud: { allowHosts: ['127.0.0.1'] } });
}, 30000);
afterAll(async () => {
  await srv.close();
  await ftp.close();
  await fsp.rm(root, { recursive: true, force: true });
});

test('not signed in: the listing says how to sign in (a credentials form), with a token', async () => {
  const r = await postJson(api('/folder/list'), { apikey: 'demo', clouds: { ftp: { path: '/' } } });
  expect(r.status).toBe(200);
  expect(r.json.ftp).toEqual({ client: 'ftp', filename: '/', contents: [], next: null, auth: { kind: 'credentials', fields: ['host', 'port', 'user', 'password', 'secure'] } });
  expect(typeof r.json.token).toBe('string');
});

test('sign in, then list folders first, then files, with sizes and mimetypes', async () => {
  const s = await signIn();
  expect(s.status).toBe(200);
  expect(s.json.ftp).toEqual({ client: 'ftp', signedIn: true });
  expect(s.text).not.toContain(String(ftp.credentials.password));
  const r = await postJson(api('/folder/list'), { apikey: 'demo', token: s.json.token, clouds: { ftp: { path: '/' } } });
  expect(r.status).toBe(200);
  expect(r.json.ftp.filename).toBe('/');
  expect(r.json.ftp.contents.map((e: { path: string }) => e.path)).toEqual(['/big/', '/docs/', '/many/', '/photos/', '/readme.txt']);
  const readme = r.json.ftp.contents[4];
  expect(readme).toMatchObject({ name: 'readme.txt', folder: false, mimetype: 'text/plain', size: DEMO_FILES['readme.txt'].length, bytes: DEMO_FILES['readme.txt'].length, thumbnail: null, link_path: '/readme.txt' });
  expect(r.json.ftp.contents[1]).toMatchObject({ name: 'docs', folder: true, size: 0 });
  const sub = await postJson(api('/folder/list'), { apikey: 'demo', token: r.json.token, clouds: { ftp: { path: '/photos/' } }, accept: ['image/*'] });
  expect(sub.json.ftp.contents.map((e: { name: string }) => e.name)).toEqual(['2024', 'pixel.png']);
});

test('a large folder comes in pages of 500 with a next cursor', async () => {
  const token = (await signIn()).json.token;
  const p1 = await postJson(api('/folder/list'), { apikey: 'demo', token, clouds: { ftp: { path: '/many/' } } });
  expect(p1.json.ftp.contents).toHaveLength(500);
  expect(p1.json.ftp.next).toBe('500');
  const p2 = await postJson(api('/folder/list'), { apikey: 'demo', token, clouds: { ftp: { path: '/many/', next: p1.json.ftp.next } } });
  expect(p2.json.ftp.contents.map((e: { name: string }) => e.name)).toEqual(['f0500.txt', 'f0501.txt', 'f0502.txt']);
  expect(p2.json.ftp.next).toBeNull();
});

test('store copies the file into storage and answers like a multipart complete', async () => {
  const token = (await signIn()).json.token;
  const r = await postJson(api('/store/'), { apikey: 'demo', token, clouds: { ftp: { path: '/docs/report.pdf', store: { location: 's3', path: 'from-ftp/' } } } });
  expect(r.status).toBe(200);
  const f = r.json.ftp;
  expect(f).toMatchObject({ filename: 'report.pdf', mimetype: 'application/pdf', type: 'application/pdf', size: DEMO_FILES['docs/report.pdf'].length, status: 'Stored', client: 'ftp', container: 'fp-uploads' });
  expect(f.key).toMatch(/^from-ftp\/.+_report\.pdf$/);
  expect(f.url).toBe(srv.url + '/api/file/' + f.handle);
  const got = Buffer.from(await (await fetch(f.url)).arrayBuffer());
  expect(got.equals(DEMO_FILES['docs/report.pdf'])).toBe(true);
});

test('a file above the multipart threshold is copied as a multipart upload, bytes identical', async () => {
  const s2 = await startServer({ cloud: { allowHosts: ['127.0.0.1'], partSize: 5 * MiB } });
  try {
    const token = (await signIn(s2)).json.token;
    const r = await postJson(api('/store/', s2), { apikey: 'demo', token, clouds: { ftp: { path: '/big/big.bin' } } });
    expect(r.status).toBe(200);
    expect(r.json.ftp.size).toBe(BIG.length);
    const got = Buffer.from(await (await fetch(r.json.ftp.url)).arrayBuffer());
    expect(got.equals(BIG)).toBe(true);
    expect(await s2.storage.listMultipartUploads()).toEqual([]);
  } finally {
    await s2.close();
  }
}, 30000);

test('link: pick without storing gives a URL that streams the provider file, and its metadata', async () => {
  const token = (await signIn()).json.token;
  const r = await postJson(api('/link/'), { apikey: 'demo', token, clouds: { ftp: { path: '/photos/pixel.png' } } });
  expect(r.status).toBe(200);
  expect(r.json.ftp).toMatchObject({ filename: 'pixel.png', mimetype: 'image/png', size: DEMO_FILES['photos/pixel.png'].length, client: 'ftp', path: '/photos/pixel.png' });
  expect(r.json.ftp.url.indexOf(srv.url + '/cloud/file/')).toBe(0);
  const res = await fetch(r.json.ftp.url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/png');
  expect(Buffer.from(await res.arrayBuffer()).equals(DEMO_FILES['photos/pixel.png'])).toBe(true);
  const meta = await (await fetch(r.json.ftp.url + '/metadata')).json();
  expect(meta).toEqual({ filename: 'pixel.png', mimetype: 'image/png', size: DEMO_FILES['photos/pixel.png'].length, client: 'ftp', path: '/photos/pixel.png' });
  expect((await fetch(r.json.ftp.url.slice(0, -3) + 'AAA')).status).toBe(404);
});

test('link of a folder (pickFolder\'s result): a URL answering its listing (paged), its metadata; missing folder 404; signing out revokes it', async () => {
  const token = (await signIn()).json.token;
  const r = await postJson(api('/link/'), { apikey: 'demo', token, clouds: { ftp: { path: '/many/' } } });
  expect(r.status).toBe(200);
  expect(r.json.ftp).toMatchObject({ filename: 'many', size: null, mimetype: 'application/x-directory', client: 'ftp', path: '/many/', folder: true });
  expect(r.json.ftp.url.indexOf(srv.url + '/cloud/file/')).toBe(0);
  const p1 = await fetch(r.json.ftp.url);
  expect([p1.status, p1.headers.get('content-type')]).toEqual([200, 'application/json; charset=utf-8']);
  const page1 = await p1.json();
  expect(page1).toMatchObject({ client: 'ftp', filename: '/many/', next: '500' });
  expect(page1.contents).toHaveLength(500);
  expect(page1.contents[0]).toMatchObject({ name: 'f0000.txt', path: '/many/f0000.txt', folder: false, size: 1 });
  const page2 = await (await fetch(r.json.ftp.url + '?next=' + page1.next)).json();
  expect(page2.contents.map((e: { name: string }) => e.name)).toEqual(['f0500.txt', 'f0501.txt', 'f0502.txt']);
  expect(page2.next).toBeNull();
  const meta = await (await fetch(r.json.ftp.url + '/metadata')).json();
  expect(meta).toEqual({ filename: 'many', mimetype: 'application/x-directory', size: null, client: 'ftp', path: '/many/', folder: true });
  const top = await postJson(api('/link/'), { apikey: 'demo', token, clouds: { ftp: { path: '/' } } });
  expect(top.json.ftp).toMatchObject({ filename: '/', path: '/', folder: true });
  expect((await (await fetch(top.json.ftp.url)).json()).contents.map((e: { path: string }) => e.path)).toEqual(['/big/', '/docs/', '/many/', '/photos/', '/readme.txt']);
  const missing = await postJson(api('/link/'), { apikey: 'demo', token, clouds: { ftp: { path: '/nope/' } } });
  expect(missing.status).toBe(404);
  expect(missing.json).toMatchObject({ provider: 'ftp', cause: 'notfound' });
  const out = await postJson(api('/auth/logout'), { apikey: 'demo', token, clouds: { ftp: {} } });
  expect(out.status).toBe(200);
  const revoked = await fetch(r.json.ftp.url);
  expect(revoked.status).toBe(401);
  expect(await revoked.json()).toMatchObject({ provider: 'ftp', cause: 'signin' });
});

test('the request log shows neither links nor passwords', async () => {
  const logged = await startServer({ cloud: { allowHosts: ['127.0.0.1'] }, log: true });
  const lines: string[] = [];
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    const token = (await signIn(logged)).json.token;
    const link = await postJson(api('/link/', logged), { apikey: 'demo', token, clouds: { ftp: { path: '/readme.txt' } } });
    expect((await fetch(link.json.ftp.url)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
  } finally {
    spy.mockRestore();
    await logged.close();
  }
  const text = lines.join('');
  expect(text).toContain('GET /cloud/file/[redacted] 200');
  expect(text).not.toContain(String(ftp.credentials.password));
});

describe('failures name the provider and the cause', () => {
  test('wrong password: 401 signin', async () => {
    const r = await signIn(srv, { ...ftp.credentials, password: 'wrong' });
    expect(r.status).toBe(401);
    expect(r.json).toMatchObject({ provider: 'ftp', cause: 'signin' });
    expect(r.json.error).toMatch(/^ftp: sign-in failed/);
  });

  test('missing path: 404 notfound, nothing stored', async () => {
    const token = (await signIn()).json.token;
    const before = await stored(srv);
    const list = await postJson(api('/folder/list'), { apikey: 'demo', token, clouds: { ftp: { path: '/nope/' } } });
    expect(list.status).toBe(404);
    expect(list.json).toMatchObject({ provider: 'ftp', cause: 'notfound' });
    const st = await postJson(api('/store/'), { apikey: 'demo', token, clouds: { ftp: { path: '/nope.txt' } } });
    expect(st.status).toBe(404);
    expect(st.json).toMatchObject({ provider: 'ftp', cause: 'notfound' });
    expect(await stored(srv)).toEqual(before);
  });

  test('server stopped: 502 upstream', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'fp-cloud-ftp2-'));
    await seedFolder(dir);
    const other = await startFtpSource(dir);
    const token = (await signIn(srv, other.credentials)).json.token;
    await other.close();
    const r = await postJson(api('/folder/list'), { apikey: 'demo', token, clouds: { ftp: { path: '/' } } });
    expect(r.status).toBe(502);
    expect(r.json).toMatchObject({ provider: 'ftp', cause: 'upstream' });
    await fsp.rm(dir, { recursive: true, force: true });
  });

  test('a loopback host is refused unless the server allows it', async () => {
    const strict = await startServer({});
    try {
      const r = await signIn(strict);
      expect(r.status).toBe(400);
      expect(r.json).toMatchObject({ provider: 'ftp', cause: 'refused' });
      const local = await signIn(strict, { ...ftp.credentials, host: 'localhost' });
      expect(local.json.cause).toBe('refused');
    } finally {
      await strict.close();
    }
  });

  test('bad fields name the field', async () => {
    const r = await signIn(srv, { host: '127.0.0.1', port: 70000 });
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ provider: 'ftp', cause: 'badrequest' });
    expect(r.json.error).toMatch(/port/);
    const unknown = await postJson(api('/folder/list'), { apikey: 'demo', clouds: { gopher: {} } });
    expect(unknown.status).toBe(400);
    expect(unknown.json).toMatchObject({ provider: 'gopher', cause: 'unavailable' });
  });
});
