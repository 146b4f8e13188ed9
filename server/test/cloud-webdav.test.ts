/**
 * The cloud API over a real WebDAV server (webdav-server on loopback, started here), reached through a small
 * fault-injecting HTTP proxy of this test (so the provider can answer 429, 503, or cut a download short).
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import { mkdtempSync, promises as fsp } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startServer, RunningServer } from '../src/index';
import { DemoSource, seedFolder, startWebdavSource, DEMO_FILES } from '../src/cloud/demoSources';
import { MiB, Reply, bytes, postJson } from './helpers';

type Fault = { status: number; headers?: Record<string, string> } | { cutAfter: number } | null;

let srv: RunningServer;
let dav: DemoSource;
let proxy: http.Server;
let proxyUrl: string;
let fault: Fault = null;
let root: string;
const BIG = bytes(11 * MiB + 5, 3);

/** Forwards to the WebDAV server, or applies `fault` to GETs and PROPFINDs. */
function startProxy(target: string): Promise<http.Server> {
  const t = new URL(target);
  const p = http.createServer((req, res) => {
    const f = fault;
    if (f && 'status' in f) {
      req.resume();
      res.writeHead(f.status, f.headers || {});
      res.end();
      return;
    }
    const up = http.request({ host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers }, (ur) => {
      res.writeHead(ur.statusCode || 500, ur.headers);
      if (f && 'cutAfter' in f && req.method === 'GET') {
        let sent = 0;
        ur.on('data', (c: Buffer) => {
          if (sent >= f.cutAfter) return;
          res.write(c.subarray(0, f.cutAfter - sent));
          sent += c.length;
          if (sent >= f.cutAfter) res.destroy();
        });
        return;
      }
      ur.pipe(res);
    });
    req.pipe(up);
  });
  return new Promise((resolve) => p.listen(0, '127.0.0.1', () => resolve(p)));
}

const api = (p: string, s: RunningServer = srv): string => s.url + '/cloud' + p;
const stored = async (s: RunningServer): Promise<string[]> => (await s.storage.listObjects()).map((o) => o.key).filter((k) => k.indexOf('.fp-') !== 0);

async function signIn(creds: Record<string, unknown> = { ...dav.credentials, url: proxyUrl }, s: RunningServer = srv): Promise<Reply> {
  return postJson(api('/auth/credentials', s), { apikey: 'demo', clouds: { webdav: creds } });
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'fp-cloud-dav-'));
  await seedFolder(root, { ...DEMO_FILES, 'big/big.bin': BIG });
  dav = await startWebdavSource(root);
  proxy = await startProxy(String(dav.credentials.url));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`;
  srv = await startServer({ cloud: { allowHosts: ['127.0.0.1'], partSize: 5 * MiB } });
}, 30000);
afterEach(() => {
  fault = null;
});
afterAll(async () => {
  await srv.close();
  await new Promise((r) => proxy.close(r));
  await dav.close();
  await fsp.rm(root, { recursive: true, force: true });
});

test('sign in, list, store and link a WebDAV file; bytes identical', async () => {
  const s = await signIn();
  expect(s.status).toBe(200);
  const token = s.json.token;
  const list = await postJson(api('/folder/list'), { apikey: 'demo', token, clouds: { webdav: { path: '/photos/' } } });
  expect(list.status).toBe(200);
  expect(list.json.webdav.contents.map((e: { path: string; folder: boolean }) => [e.path, e.folder])).toEqual([
    ['/photos/2024/', true],
    ['/photos/pixel.png', false],
  ]);
  const st = await postJson(api('/store/'), { apikey: 'demo', token, clouds: { webdav: { path: '/docs/report.pdf', store: { filename: 'renamed.pdf' } } } });
  expect(st.status).toBe(200);
  expect(st.json.webdav).toMatchObject({ filename: 'renamed.pdf', mimetype: 'application/pdf', size: DEMO_FILES['docs/report.pdf'].length, client: 'webdav' });
  expect(Buffer.from(await (await fetch(st.json.webdav.url)).arrayBuffer()).equals(DEMO_FILES['docs/report.pdf'])).toBe(true);
  const link = await postJson(api('/link/'), { apikey: 'demo', token, clouds: { webdav: { path: '/readme.txt' } } });
  expect(Buffer.from(await (await fetch(link.json.webdav.url)).arrayBuffer()).equals(DEMO_FILES['readme.txt'])).toBe(true);
});

test('WebDAV cannot search: listings say searchable: false, a search is 400 naming the field', async () => {
  const token = (await signIn()).json.token;
  const list = await postJson(api('/folder/list'), { apikey: 'demo', token, clouds: { webdav: { path: '/' } } });
  expect(list.json.webdav.searchable).toBe(false);
  const r = await postJson(api('/folder/list'), { apikey: 'demo', token, clouds: { webdav: { path: '/', search: 'pixel' } } });
  expect(r.status).toBe(400);
  expect(r.json).toMatchObject({ provider: 'webdav', cause: 'badrequest' });
  expect(r.json.error).toContain('clouds.webdav.search: this source cannot search');
}, 30000);

test('a large file is stored as multipart, bytes identical', async () => {
  const token = (await signIn()).json.token;
  const st = await postJson(api('/store/'), { apikey: 'demo', token, clouds: { webdav: { path: '/big/big.bin' } } });
  expect(st.status).toBe(200);
  expect(Buffer.from(await (await fetch(st.json.webdav.url)).arrayBuffer()).equals(BIG)).toBe(true);
}, 30000);

describe('failures', () => {
  test('wrong password: 401 signin', async () => {
    const r = await signIn({ ...dav.credentials, url: proxyUrl, password: 'nope' });
    expect(r.status).toBe(401);
    expect(r.json).toMatchObject({ provider: 'webdav', cause: 'signin' });
  });

  test('missing path: 404 notfound', async () => {
    const token = (await signIn()).json.token;
    const r = await postJson(api('/store/'), { apikey: 'demo', token, clouds: { webdav: { path: '/missing.txt' } } });
    expect(r.status).toBe(404);
    expect(r.json).toMatchObject({ provider: 'webdav', cause: 'notfound' });
  });

  test('provider 429 (Retry-After passed on) and 503', async () => {
    const token = (await signIn()).json.token;
    fault = { status: 429, headers: { 'Retry-After': '7' } };
    const r = await postJson(api('/folder/list'), { apikey: 'demo', token, clouds: { webdav: { path: '/' } } });
    expect(r.status).toBe(429);
    expect(r.json).toMatchObject({ provider: 'webdav', cause: 'ratelimit' });
    expect(r.headers.get('retry-after')).toBe('7');
    fault = { status: 503 };
    const u = await postJson(api('/folder/list'), { apikey: 'demo', token, clouds: { webdav: { path: '/' } } });
    expect(u.status).toBe(502);
    expect(u.json).toMatchObject({ provider: 'webdav', cause: 'upstream' });
  });

  test('a download cut short stores nothing (single PUT and multipart)', async () => {
    const token = (await signIn()).json.token;
    const before = await stored(srv);
    fault = { cutAfter: 20 };
    const small = await postJson(api('/store/'), { apikey: 'demo', token, clouds: { webdav: { path: '/docs/report.pdf' } } });
    expect(small.status).toBe(502);
    expect(small.json).toMatchObject({ provider: 'webdav', cause: 'upstream' });
    fault = { cutAfter: 6 * MiB };
    const big = await postJson(api('/store/'), { apikey: 'demo', token, clouds: { webdav: { path: '/big/big.bin' } } });
    expect(big.status).toBe(502);
    expect(await stored(srv)).toEqual(before);
    expect(await srv.storage.listMultipartUploads()).toEqual([]);
  }, 30000);

  test('server stopped: 502 upstream', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'fp-cloud-dav2-'));
    await seedFolder(dir);
    const other = await startWebdavSource(dir);
    const token = (await signIn(other.credentials)).json.token;
    await other.close();
    const r = await postJson(api('/folder/list'), { apikey: 'demo', token, clouds: { webdav: { path: '/' } } });
    expect(r.status).toBe(502);
    expect(r.json).toMatchObject({ provider: 'webdav', cause: 'upstream' });
    await fsp.rm(dir, { recursive: true, force: true });
  });
});
