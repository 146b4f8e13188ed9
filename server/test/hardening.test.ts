/**
 * Security hardening over HTTP on loopback (real embedded storage): isolation between apps, authorisation before
 * reading or fetching, server-side request forgery, stored content served so it cannot run as script, 400s for
 * malformed requests, redaction of secrets in the request log. No traffic leaves loopback: names other than
 * 127.0.0.1 are resolved by an injected lookup, never by real DNS.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';
import type { LookupAddress, LookupOptions } from 'dns';
import sharp from 'sharp';
import { mkdtempSync, rmSync } from 'fs';
import { gzipSync } from 'zlib';
import * as os from 'os';
import * as path from 'path';
import { startServer, startBuiltinStorage, RunningServer, sign, encodePolicy, Policy } from '../src/index';
import { asBody, md5b64, postJson, putPart, reply, Reply } from './helpers';

const SECRET = 'hardening-secret';
/** Names only this test resolves: `allowed.test` is loopback (and allowed), `intranet.test` a private address. */
const NAMES: Record<string, string> = { 'allowed.test': '127.0.0.1', 'intranet.test': '10.1.2.3', 'meta.test': '169.254.169.254' };
function fakeLookup(hostname: string, options: LookupOptions, cb: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void): void {
  const address = NAMES[hostname];
  if (!address) return cb(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }), '');
  if (options.all) return cb(null, [{ address, family: 4 }]);
  cb(null, address, 4);
}

let srv: RunningServer;
let origin: http.Server;
let port = 0;
let hits: string[] = [];
beforeAll(async () => {
  srv = await startServer({ apps: [{ apikey: 'open' }, { apikey: 'other' }, { apikey: 'locked', secret: SECRET }], fetchAllowHosts: ['allowed.test'], fetchLookup: fakeLookup });
  origin = http.createServer((req, res) => {
    hits.push(req.url || '');
    if ((req.url || '').indexOf('/redirect') === 0) {
      res.statusCode = 302;
      res.setHeader('Location', decodeURIComponent((req.url || '').split('to=')[1] || ''));
      res.end();
      return;
    }
    if (req.url === '/gz') {
      res.setHeader('Content-Type', 'text/plain');
      res.setHeader('Content-Encoding', 'gzip');
      res.end(gzipSync('hello gzip'));
      return;
    }
    res.setHeader('Content-Type', 'image/png');
    res.end(PNG);
  });
  await new Promise<void>((r) => origin.listen(0, '127.0.0.1', () => r()));
  port = (origin.address() as AddressInfo).port;
  PNG = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#c33' } }).png().toBuffer();
});
afterAll(async () => {
  origin.close();
  await srv.close();
});
beforeEach(() => {
  hits = [];
});
let PNG = Buffer.alloc(0);

const future = () => Math.floor(Date.now() / 1000) + 3600;
function sec(p: Policy): { policy: string; signature: string } {
  const policy = encodePolicy({ expiry: future(), ...p });
  return { policy, signature: sign(policy, SECRET) };
}
const qs = (o: Record<string, string>) => new URLSearchParams(o).toString();

async function storeBytes(query: Record<string, string>, body: Buffer | string, type = 'application/octet-stream'): Promise<Reply> {
  return reply(await fetch(srv.url + '/api/store/S3?' + qs(query), { method: 'POST', headers: { 'Content-Type': type }, body: asBody(body) }));
}
async function storeUrl(query: Record<string, string>, url: string): Promise<Reply> {
  return reply(await fetch(srv.url + '/api/store/S3?' + qs(query), { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'url=' + encodeURIComponent(url) }));
}
async function writeUrl(fileUrl: string, url: string, query = ''): Promise<Reply> {
  return reply(await fetch(fileUrl + query, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'url=' + encodeURIComponent(url) }));
}

describe('server-side request forgery', () => {
  const refused = (): string[] => [
    `http://127.0.0.1:${port}/pic.png`,
    `http://localhost:${port}/pic.png`,
    `http://0x7f000001:${port}/pic.png`,
    `http://2130706433:${port}/pic.png`,
    `http://[::1]:${port}/pic.png`,
    `http://[::ffff:127.0.0.1]:${port}/pic.png`,
    'http://10.0.0.1/x',
    'http://192.168.1.1/x',
    'http://100.64.0.1/x',
    'http://169.254.169.254/latest/meta-data/',
    'http://[fd00::1]/x',
    'http://[fe80::1]/x',
    'http://0.0.0.0/x',
    'http://intranet.test/x',
    'http://meta.test/x',
  ];
  test('store url= refuses every loopback, private and metadata address form with a 400 naming url', async () => {
    for (const u of refused()) {
      const r = await storeUrl({ key: 'open' }, u);
      expect([u, r.status, r.json.error]).toEqual([u, 400, expect.stringMatching(/^url: refused/)]);
    }
    expect(hits).toEqual([]);
  });

  test('writeUrl and /process refuse them too', async () => {
    const f = await storeBytes({ key: 'open', filename: 'w.png' }, PNG, 'image/png');
    expect(f.status).toBe(200);
    for (const u of refused().slice(0, 5)) {
      const w = await writeUrl(f.json.url, u);
      expect([u, w.status, w.json.error]).toEqual([u, 400, expect.stringMatching(/^url: refused/)]);
      const p = await reply(await fetch(srv.url + '/process/open/resize=width:10/' + u));
      expect([u, p.status, p.json.error]).toEqual([u, 400, expect.stringMatching(/^source: refused/)]);
    }
    expect(hits).toEqual([]);
  });

  test('a redirect from an allowed host into loopback is refused at the redirect', async () => {
    const inside = `http://127.0.0.1:${port}/pic.png`;
    const r = await storeUrl({ key: 'open' }, `http://allowed.test:${port}/redirect?to=${encodeURIComponent(inside)}`);
    expect(r.status).toBe(400);
    expect(r.json.error).toMatch(/^url: refused/);
    expect(hits).toEqual(['/redirect?to=' + encodeURIComponent(inside)]);
    const meta = await storeUrl({ key: 'open' }, `http://allowed.test:${port}/redirect?to=${encodeURIComponent('http://169.254.169.254/')}`);
    expect(meta.status).toBe(400);
    expect(meta.json.error).toMatch(/^url: refused/);
  });

  test('hosts named in fetchAllowHosts are fetched (and redirects among them followed)', async () => {
    const r = await storeUrl({ key: 'open' }, `http://allowed.test:${port}/pic.png`);
    expect(r.status).toBe(200);
    expect(r.json.size).toBe(PNG.length);
    const again = await storeUrl({ key: 'open' }, `http://allowed.test:${port}/redirect?to=${encodeURIComponent(`http://allowed.test:${port}/b.png`)}`);
    expect(again.status).toBe(200);
    expect(again.json.filename).toBe('b.png');
    const p = await fetch(srv.url + `/process/open/resize=width:10/http://allowed.test:${port}/pic.png`);
    expect(p.status).toBe(200);
    expect((await sharp(Buffer.from(await p.arrayBuffer())).metadata()).width).toBe(10);
  });
});

describe('isolation between apps', () => {
  test("an app cannot store over, or start an upload onto, another app's key", async () => {
    const s = sec({ call: ['store', 'read'] });
    const mine = await storeBytes({ key: 'locked', path: 'shared/owned.txt', ...s }, 'locked bytes', 'text/plain');
    expect(mine.status).toBe(200);
    const theirs = await storeBytes({ key: 'open', path: 'shared/owned.txt' }, 'open bytes', 'text/plain');
    expect(theirs.status).toBe(403);
    expect(theirs.json.error).toMatch(/^path: the key "shared\/owned.txt" holds a file of another app/);
    const start = await postJson(srv.url + '/multipart/start', { apikey: 'other', filename: 'x.txt', size: 5, store: { location: 's3', path: 'shared/owned.txt' } });
    expect(start.status).toBe(403);
    expect(start.json.error).toMatch(/^store\.path: /);
    const read = await fetch(mine.json.url + '?' + qs(s));
    expect(await read.text()).toBe('locked bytes');
    // the owner itself may overwrite its own key
    expect((await storeBytes({ key: 'locked', path: 'shared/owned.txt', ...s }, 'new', 'text/plain')).status).toBe(200);
  });
});

describe('authorisation before reading or fetching', () => {
  test('store url= and writeUrl without a policy answer 403 without fetching', async () => {
    const r = await storeUrl({ key: 'locked' }, `http://allowed.test:${port}/pic.png`);
    expect(r.status).toBe(403);
    expect(r.json.error).toMatch(/^policy: required/);
    const s = sec({ call: ['store'] });
    const f = await storeBytes({ key: 'locked', filename: 'a.png', ...s }, PNG, 'image/png');
    expect(f.status).toBe(200);
    const w = await writeUrl(f.json.url, `http://allowed.test:${port}/pic.png`);
    expect(w.status).toBe(403);
    const wrongCall = await writeUrl(f.json.url, `http://allowed.test:${port}/pic.png`, '?' + qs(sec({ call: ['write'] })));
    expect(wrongCall.status).toBe(403);
    expect(wrongCall.json.error).toMatch(/writeUrl/);
    expect(hits).toEqual([]);
  });

  test.each([
    ['raw', 'application/octet-stream', ''],
    ['multipart', 'multipart/form-data; boundary=XyZ', '--XyZ\r\nContent-Disposition: form-data; name="fileUpload"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n'],
  ])('a 3 MiB %s body without a policy is refused before it is read', async (_kind, type, preamble) => {
    const u = new URL(srv.url + '/api/store/S3?key=locked');
    let sent = 0;
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(u, { method: 'POST', headers: { 'Content-Type': type, 'Content-Length': String(3 * 1024 * 1024 + preamble.length) } });
      req.write(preamble);
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode || 0);
        req.destroy();
      });
      req.on('error', reject);
      const chunk = Buffer.alloc(64 * 1024, 1);
      const pump = () => {
        if (sent >= 3 * 1024 * 1024) return;
        sent += chunk.length;
        req.write(chunk);
        setTimeout(pump, 50);
      };
      pump();
    });
    expect(status).toBe(403);
    expect(sent).toBeLessThan(1024 * 1024);
  });

  test("convert checks the policy's path against storePath", async () => {
    const s = sec({ call: ['store', 'convert'], path: 'allowed/' });
    const f = await storeBytes({ key: 'locked', path: 'allowed/a.png', ...s }, PNG, 'image/png');
    expect(f.status).toBe(200);
    const out = await reply(await fetch(f.json.url + '/convert?' + qs({ w: '10', storePath: 'elsewhere/', ...s }), { method: 'POST' }));
    expect(out.status).toBe(403);
    expect(out.json.error).toMatch(/`path`/);
    const ok = await reply(await fetch(f.json.url + '/convert?' + qs({ w: '10', storePath: 'allowed/out/', ...s }), { method: 'POST' }));
    expect(ok.status).toBe(200);
    expect(ok.json.key).toMatch(/^allowed\/out\//);
  });

  test('/multipart/complete repeated after success needs the same authorisation', async () => {
    const s = sec({ call: ['store'] });
    const body = Buffer.from('complete me');
    const st = await postJson(srv.url + '/multipart/start', { apikey: 'locked', filename: 'c.txt', size: body.length, store: { location: 's3' }, ...s });
    expect(st.status).toBe(200);
    const ids = { apikey: 'locked', uri: st.json.uri, region: st.json.region, upload_id: st.json.upload_id };
    const up = await postJson(srv.url + '/multipart/upload', { ...ids, part: 1, size: body.length, md5: md5b64(body), ...s });
    const put = await putPart(up.json.url, up.json.headers, body);
    const parts = [{ part_number: 1, etag: put.headers.get('etag') }];
    expect((await postJson(srv.url + '/multipart/complete', { ...ids, size: body.length, parts, ...s })).status).toBe(200);
    const again = await postJson(srv.url + '/multipart/complete', { ...ids, size: body.length, parts });
    expect(again.status).toBe(403);
    expect(again.json.handle).toBeUndefined();
    const asOpen = await postJson(srv.url + '/multipart/complete', { ...ids, apikey: 'open', size: body.length, parts });
    expect(asOpen.status).toBe(403);
  });

  test('a file removed while a write is in flight stays removed (the write answers 404)', async () => {
    const f = await storeBytes({ key: 'open', filename: 'race.txt' }, 'first', 'text/plain');
    const u = new URL(f.json.url);
    const write = new Promise<Reply>((resolve, reject) => {
      const req = http.request(u, { method: 'POST', headers: { 'Content-Type': 'text/plain', 'Content-Length': '10' } });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode || 0, json: JSON.parse(text), headers: new Headers(), text }));
      });
      req.on('error', reject);
      req.write('secon');
      setTimeout(() => {
        fetch(f.json.url, { method: 'DELETE' })
          .then((d) => {
            expect(d.status).toBe(200);
            req.end('d....');
          })
          .catch(reject);
      }, 200);
    });
    const w = await write;
    expect(w.status).toBe(404);
    expect(w.json.error).toMatch(/^handle: the file was removed/);
    expect((await fetch(f.json.url)).status).toBe(404);
    const keys = (await srv.storage.listObjects()).map((o) => o.key);
    expect(keys).not.toContain(f.json.key);
  });
});

describe('stored content is served so it cannot run as script', () => {
  const cases: [string, string, boolean][] = [
    ['text/html', '<script>parent.x=1</script>', false],
    ['application/xhtml+xml', '<html xmlns="http://www.w3.org/1999/xhtml"><script>1</script></html>', false],
    ['image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>', false],
    ['text/xml', '<a/>', false],
    ['application/x-unknown', '<script>1</script>', false],
    ['image/png', 'png', true],
    ['application/pdf', '%PDF-1.4', true],
    ['text/plain', 'plain', true],
  ];
  test.each(cases)('%s', async (type, body, inline) => {
    const f = await storeBytes({ key: 'open', filename: 'f' }, body, type);
    expect(f.status).toBe(200);
    for (const u of [f.json.url, f.json.url.replace('/api/file/', '/cdn/')]) {
      const r = await fetch(u);
      await r.arrayBuffer();
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('content-disposition')).toMatch(inline ? /^inline;/ : /^attachment;/);
      if (inline) expect(r.headers.get('content-security-policy')).toBeNull();
      else expect(r.headers.get('content-security-policy')).toMatch(/^sandbox/);
    }
  });
});

describe('malformed requests are 400s naming the field', () => {
  const cases: [string, () => Promise<Response>, RegExp][] = [
    ['bad encoding in the store location', () => fetch(srv.url + '/api/store/%E0%A4%A?key=open', { method: 'POST', body: 'x' }), /^location: malformed percent-encoding/],
    ['bad encoding in the process apikey', () => fetch(srv.url + '/process/%E0%A4%A/resize=width:10/abc'), /^process: apikey: malformed/],
    ['bad encoding in security=', () => fetch(srv.url + '/process/open/resize=width:10/security=signature:%E0%A4%A,policy:x/abc'), /^process: security: signature: malformed/],
    ['a bad security= segment', () => fetch(srv.url + '/process/open/resize=width:10/security=nonsense/abc'), /^process: security: /],
    ['path with an empty segment', () => fetch(srv.url + '/api/store/S3?key=open&path=uploads//x.txt', { method: 'POST', body: 'x' }), /^path: must not contain empty segments/],
    ['folder path with an empty segment', () => fetch(srv.url + '/api/store/S3?key=open&path=uploads//', { method: 'POST', body: 'x' }), /^path: must not contain empty segments/],
    ['start: a JSON array', () => fetch(srv.url + '/multipart/start', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[1,2]' }), /^body: expected a JSON object/],
    ['start: apikey not a string', () => fetch(srv.url + '/multipart/start', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"apikey":["open"]}' }), /^apikey: expected a string/],
    ['start: filename an object', () => fetch(srv.url + '/multipart/start', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"apikey":"open","filename":{},"size":3}' }), /^filename: expected a string/],
    ['start: size a word', () => fetch(srv.url + '/multipart/start', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"apikey":"open","filename":"a","size":"big"}' }), /^size: /],
    ['start: store a list', () => fetch(srv.url + '/multipart/start', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"apikey":"open","filename":"a","size":3,"store":[1]}' }), /^store: expected an object/],
  ];
  test.each(cases)('%s', async (_name, call, message) => {
    const r = await reply(await call());
    expect(r.status).toBe(400);
    expect(r.json.error).toMatch(message);
  });

  test('a mimetype that is no valid header value is a 400 (it used to be stored, then every GET was a 500)', async () => {
    const f = await storeBytes({ key: 'open', filename: 'm.txt' }, 'before', 'text/plain');
    const w = await writeUrl(f.json.url, `http://allowed.test:${port}/pic.png`, '?mimetype=' + encodeURIComponent('image/png; name=\u2713'));
    expect(w.status).toBe(400);
    expect(w.json.error).toMatch(/^mimetype: /);
    const s = await storeBytes({ key: 'open', filename: 'm.txt', mimetype: 'text/plain; x=\u00e9' }, 'x');
    expect(s.status).toBe(400);
    expect(s.json.error).toMatch(/^mimetype: /);
    expect((await fetch(f.json.url)).status).toBe(200);
  });

  test('writeUrl of a URL with malformed percent-encoding in its path, and of a gzip answer', async () => {
    const f = await storeBytes({ key: 'open', filename: 'p.txt' }, 'before', 'text/plain');
    const w = await writeUrl(f.json.url, `http://allowed.test:${port}/%E0%A4%A`);
    expect(w.status).toBe(200);
    expect((await fetch(f.json.url)).status).toBe(200);
    const g = await storeUrl({ key: 'open' }, `http://allowed.test:${port}/gz`);
    expect(g.status).toBe(200);
    expect(await (await fetch(g.json.url)).text()).toBe('hello gzip');
  });

  test('GET after a writeUrl answers the fetched bytes', async () => {
    const f = await storeBytes({ key: 'open', filename: 'w.txt' }, 'before', 'text/plain');
    const w = await writeUrl(f.json.url, `http://allowed.test:${port}/pic.png`);
    expect(w.status).toBe(200);
    const r = await fetch(f.json.url);
    expect(r.status).toBe(200);
    expect(Buffer.from(await r.arrayBuffer()).equals(PNG)).toBe(true);
    const meta = await reply(await fetch(f.json.url + '/metadata'));
    expect(meta.json).toMatchObject({ size: PNG.length, mimetype: 'image/png' });
  });
});

describe('the request log', () => {
  test('policy, signature and security= are redacted', async () => {
    const logged = await startServer({ apps: [{ apikey: 'open' }], log: true });
    const lines: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      await (await fetch(logged.url + '/process/open/resize=width:10/security=signature:SIGNATURESECRET,policy:POLICYSECRET/abc')).text();
      await (await fetch(logged.url + '/api/file/abc?policy=POLICYSECRET2&signature=SIGNATURESECRET2&dl=true')).text();
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      spy.mockRestore();
      await logged.close();
    }
    const text = lines.join('');
    expect(text).toMatch(/GET \/process\/open\/resize=width:10\/security=\[redacted\]\/abc \d{3}/);
    expect(text).toMatch(/GET \/api\/file\/abc\?policy=\[redacted\]&signature=\[redacted\]&dl=true 404/);
    expect(text).not.toMatch(/SECRET/);
  });
});

describe('the safety net', () => {
  test('an unexpected error is a generic 500, logged without secrets, and the server keeps serving', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'fp-net-'));
    const storage = await startBuiltinStorage({ dir: path.join(dir, 's3'), secret: 'net-secret' });
    const api = await startServer({ dataDir: path.join(dir, 'api'), storageUrl: storage.endpoint, sharedSecret: 'net-secret' });
    const lines: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      await storage.close();
      const r = await reply(await fetch(api.url + '/api/file/abcdefghijABCDEFGHIJ?policy=POLICYSECRET3&signature=SIGNATURESECRET3'));
      expect(r.status).toBe(500);
      expect(r.json).toEqual({ error: 'internal error' });
      expect((await fetch(api.url + '/health')).status).toBe(200);
    } finally {
      spy.mockRestore();
      await api.close();
      rmSync(dir, { recursive: true, force: true });
    }
    const text = lines.join('');
    expect(text).toMatch(/internal error on GET \/api\/file\/abcdefghijABCDEFGHIJ\?policy=\[redacted\]&signature=\[redacted\]/);
    expect(text).not.toMatch(/SECRET3/);
  });
});
