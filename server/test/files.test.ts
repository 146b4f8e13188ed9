/** Store semantics (object keys, containers, access) and the file API v2 calls, over real HTTP. */
import * as http from 'http';
import { AddressInfo } from 'net';
import { startServer, RunningServer } from '../src/index';
import { asBody, bytes, download, postJson, reply, uploadJson } from './helpers';

let srv: RunningServer;
let origin: http.Server;
let originUrl: string;
beforeAll(async () => {
  srv = await startServer({ apps: [{ apikey: 'demo' }], createBuckets: false, fetchAllowHosts: ['127.0.0.1', 'localhost'] });
  // a loopback "remote" site for url= stores
  origin = http.createServer((req, res) => {
    if (req.url === '/pic.png') {
      res.writeHead(200, { 'Content-Type': 'image/png' });
      res.end(Buffer.from('PNGDATA'));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => origin.listen(0, '127.0.0.1', () => r()));
  originUrl = `http://127.0.0.1:${(origin.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await srv.close();
  await new Promise((r) => origin.close(r));
});

async function storeRaw(query: string, body: Buffer | string, type = 'text/plain') {
  return reply(await fetch(`${srv.url}/api/store/S3?key=demo${query}`, { method: 'POST', headers: { 'Content-Type': type }, body: asBody(body) }));
}

describe('store options', () => {
  test('path as key, path ending in / as folder, no path = <uniqueid>_<filename> at the root', async () => {
    const exact = await uploadJson(srv.url, bytes(100), { filename: 'a.png', store: { location: 's3', path: '/myfiles/1234.png' } });
    expect(exact.json.key).toBe('myfiles/1234.png');
    const folder = await uploadJson(srv.url, bytes(100), { filename: 'myphoto.png', store: { location: 's3', path: 'myfiles/' } });
    expect(folder.json.key).toMatch(/^myfiles\/[0-9A-F]{12}_myphoto\.png$/);
    const root = await uploadJson(srv.url, bytes(100), { filename: 'myphoto.png', store: { location: 'S3' } });
    expect(root.json.key).toMatch(/^[0-9A-F]{12}_myphoto\.png$/);
    const keys = (await srv.storage.listObjects()).map((o) => o.key);
    expect(keys).toEqual(expect.arrayContaining([exact.json.key, folder.json.key, root.json.key]));
  });

  test('azure, gcs, dropbox and rackspace unconfigured name the settings to add; other locations are refused; in any case', async () => {
    for (const loc of ['azure', 'Azure']) {
      const r = await uploadJson(srv.url, bytes(10), { store: { location: loc } });
      expect(r.status).toBe(400);
      expect(r.json.error).toBe('store.location: location "azure" is not configured on this server: set FP_AZURE_ACCOUNT and FP_AZURE_KEY (option `azure`) (see server/README.md)');
    }
    const gcs = await uploadJson(srv.url, bytes(10), { store: { location: 'GCS' } });
    expect(gcs.json.error).toBe('store.location: location "gcs" is not configured on this server: set FP_GCS_ACCESS_KEY, FP_GCS_SECRET and FP_GCS_BUCKET (option `gcs`) (see server/README.md)');
    const dropbox = await uploadJson(srv.url, bytes(10), { store: { location: 'Dropbox' } });
    expect(dropbox.json.error).toBe('store.location: location "dropbox" is not configured on this server: set FP_DROPBOX_TOKEN, or FP_DROPBOX_REFRESH_TOKEN with FP_DROPBOX_APP_KEY and FP_DROPBOX_APP_SECRET (option `dropbox`) (see server/README.md)');
    const rackspace = await uploadJson(srv.url, bytes(10), { store: { location: 'RACKSPACE' } });
    expect(rackspace.status).toBe(400);
    expect(rackspace.json.error).toBe('store.location: location "rackspace" is not configured on this server: set FP_RACKSPACE_USERNAME and FP_RACKSPACE_API_KEY, or FP_RACKSPACE_TOKEN and FP_RACKSPACE_STORAGE_URL (option `rackspace`) (see server/README.md)');
    const stored = await fetch(`${srv.url}/api/store/rackspace?key=demo`, { method: 'POST', body: 'x' });
    expect(stored.status).toBe(400);
    expect(((await stored.json()) as { error: string }).error).toMatch(/^location: location "rackspace" is not configured on this server/);
    const bad = await uploadJson(srv.url, bytes(10), { store: { location: 'ftp' } });
    expect(bad.json.error).toMatch(/^store\.location: expected one of s3, azure/);
  });

  test('container: an unknown bucket is a 400; with createBuckets it is created', async () => {
    const r = await uploadJson(srv.url, bytes(10), { store: { location: 's3', container: 'no-such-bucket' } });
    expect(r.status).toBe(400);
    expect(r.json.error).toBe('store.container: bucket "no-such-bucket" does not exist on this storage');
    const c = await startServer({ createBuckets: true });
    try {
      const ok = await uploadJson(c.url, bytes(10), { store: { location: 's3', container: 'user-photos', region: 'eu-west-1' } });
      expect(ok.status).toBe(200);
      expect(ok.json.container).toBe('user-photos');
      expect(await c.storage.listObjects('user-photos')).toEqual([{ key: ok.json.key, size: 10 }]);
    } finally {
      await c.close();
    }
  });

  test('access public is readable straight from storage; private is refused there (and both through the file API)', async () => {
    const pub = await uploadJson(srv.url, Buffer.from('public bytes'), { filename: 'p.txt', store: { location: 's3', access: 'public' } });
    const priv = await uploadJson(srv.url, Buffer.from('private bytes'), { filename: 'q.txt', store: { location: 's3' } });
    const direct = (k: string) => `${srv.storage.endpoint}/${srv.storage.bucket}/${k.split('/').map(encodeURIComponent).join('/')}`;
    const a = await download(direct(pub.json.key));
    expect(a.status).toBe(200);
    expect(a.body.toString()).toBe('public bytes');
    const b = await download(direct(priv.json.key));
    expect(b.status).toBe(403);
    expect((await download(priv.json.url)).body.toString()).toBe('private bytes');
    // also for the store API
    const s = await storeRaw('&access=public&filename=x.txt', 'x');
    expect((await download(direct(s.json.key))).status).toBe(200);
    const t = await storeRaw('&filename=y.txt', 'y');
    expect((await download(direct(t.json.key))).status).toBe(403);
  });
});

describe('file API', () => {
  let file: { url: string; key: string; handle: string };
  const content = Buffer.from('0123456789héllo wörld');
  beforeAll(async () => {
    const r = await storeRaw('&filename=' + encodeURIComponent('hello wörld.txt') + '&mimetype=text/plain&path=docs/', content);
    expect(r.status).toBe(200);
    file = { url: r.json.url, key: r.json.key, handle: r.json.url.split('/').pop() };
  });

  test('store answers the v2 FPFile JSON', async () => {
    const r = await storeRaw('&filename=a.txt&path=x/y.txt&container=' + srv.storage.bucket, 'abc');
    expect(r.json).toEqual({ url: expect.stringMatching(new RegExp('^' + srv.url + '/api/file/[A-Za-z0-9]{20}$')), filename: 'a.txt', type: 'text/plain', mimetype: 'text/plain', size: 3, key: 'x/y.txt', container: srv.storage.bucket, path: 'x/y.txt', writeable: true });
  });

  test('content: type, disposition (dl=true), Range/206, HEAD, /cdn, base64encode', async () => {
    const d = await download(file.url);
    expect(d.body.equals(content)).toBe(true);
    expect(d.headers.get('content-type')).toBe('text/plain');
    expect(d.headers.get('content-disposition')).toMatch(/^inline; filename="hello w_rld.txt"; filename\*=UTF-8''hello%20w%C3%B6rld\.txt$/);
    expect((await download(file.url + '?dl=true')).headers.get('content-disposition')).toMatch(/^attachment;/);
    const part = await download(file.url, { Range: 'bytes=2-5' });
    expect(part.status).toBe(206);
    expect(part.body.toString()).toBe('2345');
    expect(part.headers.get('content-range')).toBe(`bytes 2-5/${content.length}`);
    expect((await download(file.url, { Range: 'bytes=999-' })).status).toBe(416);
    const head = await fetch(file.url, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe(String(content.length));
    expect((await download(srv.url + '/cdn/' + file.handle)).body.equals(content)).toBe(true);
    const b64 = await download(file.url + '?plugin=js_lib&base64encode=true&_cacheBust=1');
    expect(b64.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(b64.body.toString()).toBe(content.toString('base64'));
  });

  test('metadata', async () => {
    const m = await reply(await fetch(file.url + '/metadata?plugin=js_lib&width=true&uploaded=true'));
    expect(m.status).toBe(200);
    expect(m.json).toMatchObject({ filename: 'hello wörld.txt', mimetype: 'text/plain', size: content.length, container: srv.storage.bucket, key: file.key, writeable: true });
    expect(Math.abs(m.json.uploaded - Date.now())).toBeLessThan(60000);
    expect(m.json.md5).toMatch(/^[0-9a-f]{32}$/);
    expect((await fetch(srv.url + '/api/file/AAAAAAAAAAAAAAAAAAAA/metadata')).status).toBe(404);
  });

  test('a "+<filename>" appended to the URL (also percent-encoded) is cosmetic: content, metadata, HEAD and /cdn serve the handle', async () => {
    for (const suffix of ['+hello.txt', '+' + encodeURIComponent('hello wörld.txt'), '+', '+a+b%2Fc.txt']) {
      const d = await download(file.url + suffix);
      expect(d.status).toBe(200);
      expect(d.body.equals(content)).toBe(true);
      const m = await reply(await fetch(file.url + suffix + '/metadata'));
      expect(m.status).toBe(200);
      expect(m.json).toMatchObject({ filename: 'hello wörld.txt', key: file.key });
      expect((await fetch(file.url + suffix, { method: 'HEAD' })).headers.get('content-length')).toBe(String(content.length));
      expect((await download(srv.url + '/cdn/' + file.handle + suffix)).body.equals(content)).toBe(true);
    }
    expect((await download(file.url + '+x/y.txt')).status).toBe(404);
    expect((await download(srv.url + '/api/file/AAAAAAAAAAAAAAAAAAAA+hello.txt')).status).toBe(404);
  });

  test('write: raw body, multipart fileUpload, form url=', async () => {
    const before = (await reply(await fetch(file.url + '/metadata'))).json;
    expect(before.created).toBe(before.uploaded);
    const w1 = await reply(await fetch(file.url + '?nonce=fp&mimetype=text/csv&plugin=js_lib', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: 'a,b' }));
    expect(w1.status).toBe(200);
    expect(w1.json).toMatchObject({ url: file.url, size: 3, type: 'text/csv', key: file.key, writeable: true });
    expect((await download(file.url)).body.toString()).toBe('a,b');
    const fd = new FormData();
    fd.append('fileUpload', new Blob(['from a form']), 'ignored.txt');
    const w2 = await reply(await fetch(file.url, { method: 'POST', body: fd }));
    expect(w2.json.size).toBe(11);
    expect((await download(file.url)).body.toString()).toBe('from a form');
    const w3 = await reply(await fetch(file.url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'url=' + encodeURIComponent(originUrl + '/pic.png') }));
    expect(w3.json).toMatchObject({ size: 7, type: 'image/png' });
    expect((await download(file.url)).body.toString()).toBe('PNGDATA');
    const b64 = await reply(await fetch(file.url + '?base64decode=true', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: Buffer.from('decoded!').toString('base64') }));
    expect(b64.json.size).toBe(8);
    expect((await download(file.url)).body.toString()).toBe('decoded!');
    const after = (await reply(await fetch(file.url + '/metadata'))).json;
    expect(after.created).toBe(before.created);
    expect(after.uploaded).toBeGreaterThanOrEqual(before.uploaded);
  });

  test('store from multipart fileUpload and from url=', async () => {
    const fd = new FormData();
    fd.append('fileUpload', new Blob(['hello'], { type: 'text/markdown' }), 'notes.md');
    const a = await reply(await fetch(srv.url + '/api/store/S3?key=demo', { method: 'POST', body: fd }));
    expect(a.json).toMatchObject({ filename: 'notes.md', type: 'text/markdown', size: 5 });
    const b = await reply(await fetch(srv.url + '/api/store/S3?key=demo', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' }, body: 'url=' + encodeURIComponent(originUrl + '/pic.png') }));
    expect(b.json).toMatchObject({ filename: 'pic.png', type: 'image/png', size: 7 });
    const missing = await reply(await fetch(srv.url + '/api/store/S3?key=demo', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'url=' + encodeURIComponent(originUrl + '/nope') }));
    expect(missing.status).toBe(400);
    expect(missing.json.error).toBe('url: fetching it answered HTTP 404');
    const ftp = await reply(await fetch(srv.url + '/api/store/S3?key=demo', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'url=' + encodeURIComponent('file:///etc/passwd') }));
    expect(ftp.status).toBe(400);
    expect(ftp.json.error).toBe('url: only http and https URLs can be fetched');
    const b64 = await storeRaw('&base64decode=true&filename=b.bin', Buffer.from([0, 1, 2, 255]).toString('base64'));
    expect((await download(b64.json.url)).body.equals(Buffer.from([0, 1, 2, 255]))).toBe(true);
  });

  test('remove: POST /remove with form key=, and DELETE', async () => {
    const a = await storeRaw('&filename=r.txt', 'r');
    const r = await reply(await fetch(a.json.url + '/remove?_cacheBust=1&plugin=js_lib', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'key=demo' }));
    expect(r.status).toBe(200);
    expect((await fetch(a.json.url)).status).toBe(404);
    expect((await srv.storage.listObjects()).map((o) => o.key)).not.toContain(a.json.key);
    const b = await storeRaw('&filename=s.txt', 's');
    expect((await fetch(b.json.url, { method: 'DELETE' })).status).toBe(200);
    expect((await fetch(b.json.url + '/metadata')).status).toBe(404);
    expect((await fetch(b.json.url, { method: 'DELETE' })).status).toBe(404);
  });

  test('CORS: any origin, preflight', async () => {
    const pre = await fetch(srv.url + '/multipart/start', { method: 'OPTIONS', headers: { Origin: 'http://example.test', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-headers')).toBe('content-type');
    const r = await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'a', size: 1 }, { Origin: 'http://example.test' });
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
  });
});
