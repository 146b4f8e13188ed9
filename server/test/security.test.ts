/** Policy and signature (an app with a secret), presigned URL checks, and the policy matrix. */
import { startServer, RunningServer, sign, encodePolicy, Policy } from '../src/index';
import { bytes, download, md5b64, postJson, putPart, reply } from './helpers';

const SECRET = 'app-secret-123';
let srv: RunningServer;
beforeAll(async () => {
  srv = await startServer({ apps: [{ apikey: 'open' }, { apikey: 'locked', secret: SECRET }], presignExpiresSeconds: 2 });
});
afterAll(() => srv.close());

const future = () => Math.floor(Date.now() / 1000) + 3600;
function sec(p: Policy, secret = SECRET) {
  const policy = encodePolicy(p);
  return { policy, signature: sign(policy, secret) };
}
function start(extra: Record<string, unknown>, size = 100) {
  return postJson(srv.url + '/multipart/start', { apikey: 'locked', filename: 'a.txt', mimetype: 'text/plain', size, store: { location: 's3', path: 'users/7/a.txt' }, ...extra });
}

describe('policy matrix on /multipart/start', () => {
  const cases: [string, Record<string, unknown>, number, RegExp][] = [
    ['missing', {}, 403, /^policy: required/],
    ['signature missing', { policy: encodePolicy({ expiry: future() }) }, 403, /^signature: required/],
    ['expired', sec({ expiry: Math.floor(Date.now() / 1000) - 10 }), 403, /^policy: expired/],
    ['forged', { ...sec({ expiry: future() }, 'wrong-secret') }, 403, /^signature: does not match/],
    ['tampered policy', { policy: encodePolicy({ expiry: future(), call: ['pick'] }), signature: sec({ expiry: future() }).signature }, 403, /^signature: does not match/],
    ['wrong call', sec({ expiry: future(), call: ['read', 'stat'] }), 403, /^policy: `call` does not allow "pick" or "store"/],
    ['wrong path', sec({ expiry: future(), path: 'users/8/' }), 403, /^policy: `path` does not allow this key/],
    ['wrong container', sec({ expiry: future(), container: 'other-bucket' }), 403, /^policy: `container`/],
    ['too large', sec({ expiry: future(), maxSize: 99 }), 403, /^policy: size 100 is above `maxSize` 99/],
    ['too small', sec({ expiry: future(), minSize: 101 }), 403, /^policy: size 100 is below `minSize` 101/],
    ['not JSON', { policy: 'bm90IGpzb24', signature: sign('bm90IGpzb24', SECRET) }, 403, /^policy: not the base64url of a JSON object/],
  ];
  test.each(cases)('%s -> 403', async (_name, fields, status, message) => {
    const r = await start(fields);
    expect(r.status).toBe(status);
    expect(r.json.error).toMatch(message);
  });

  test('a policy that allows it works, for the whole upload (policy and signature in every call)', async () => {
    const s = sec({ expiry: future(), call: ['store'], path: 'users/7/.*', container: srv.storage.bucket, maxSize: 1000 });
    const st = await start(s);
    expect(st.status).toBe(200);
    const j = st.json;
    const body = Buffer.from('x'.repeat(100));
    const noSig = await postJson(srv.url + '/multipart/upload', { apikey: 'locked', uri: j.uri, region: j.region, upload_id: j.upload_id, part: 1, size: 100 });
    expect(noSig.status).toBe(403);
    const up = await postJson(srv.url + '/multipart/upload', { apikey: 'locked', uri: j.uri, region: j.region, upload_id: j.upload_id, part: 1, size: 100, md5: md5b64(body), ...s });
    expect(up.status).toBe(200);
    const put = await putPart(up.json.url, up.json.headers, body);
    const c = await postJson(srv.url + '/multipart/complete', { apikey: 'locked', uri: j.uri, region: j.region, upload_id: j.upload_id, size: 100, parts: [{ part_number: 1, etag: put.headers.get('etag') }], ...s });
    expect(c.status).toBe(200);
    expect(c.json.key).toBe('users/7/a.txt');
    // reading the file needs a policy too (query parameters)
    expect((await fetch(c.json.url)).status).toBe(403);
    const read = sec({ expiry: future(), call: ['read'], handle: c.json.handle });
    const ok = await download(`${c.json.url}?policy=${read.policy}&signature=${read.signature}`);
    expect(ok.status).toBe(200);
    expect(ok.body.equals(body)).toBe(true);
    const other = sec({ expiry: future(), call: ['read'], handle: 'BBBBBBBBBBBBBBBBBBBB' });
    expect((await fetch(`${c.json.url}?policy=${other.policy}&signature=${other.signature}`)).status).toBe(403);
    const stat = sec({ expiry: future(), call: ['read'] });
    expect((await fetch(`${c.json.url}/metadata?policy=${stat.policy}&signature=${stat.signature}`)).status).toBe(403);
  });

  test('store API with policy in the query; unknown apikey', async () => {
    const s = sec({ expiry: future(), call: ['store'], maxSize: 5 });
    const ok = await reply(await fetch(`${srv.url}/api/store/S3?key=locked&filename=a.txt&policy=${s.policy}&signature=${s.signature}`, { method: 'POST', body: 'abc' }));
    expect(ok.status).toBe(200);
    const big = await reply(await fetch(`${srv.url}/api/store/S3?key=locked&filename=a.txt&policy=${s.policy}&signature=${s.signature}`, { method: 'POST', body: 'abcdefgh' }));
    expect(big.status).toBe(403);
    const unknown = await reply(await fetch(`${srv.url}/api/store/S3?key=nobody`, { method: 'POST', body: 'abc' }));
    expect(unknown.status).toBe(403);
    expect(unknown.json).toEqual({ error: 'apikey: unknown API key' });
    const r = await postJson(srv.url + '/multipart/start', { apikey: 'nobody', filename: 'a', size: 1 });
    expect(r.status).toBe(403);
  });

  test('an app without a secret ignores policies', async () => {
    const r = await postJson(srv.url + '/multipart/start', { apikey: 'open', filename: 'a', size: 1 });
    expect(r.status).toBe(200);
  });
});

describe('presigned part URLs (checked by the gate in front of the embedded storage)', () => {
  async function openUpload() {
    const st = await postJson(srv.url + '/multipart/start', { apikey: 'open', filename: 'a', size: 10 });
    const j = st.json;
    const body = bytes(10);
    const up = await postJson(srv.url + '/multipart/upload', { apikey: 'open', uri: j.uri, region: j.region, upload_id: j.upload_id, part: 1, size: 10, md5: md5b64(body) });
    return { url: up.json.url as string, headers: up.json.headers as Record<string, string>, body };
  }

  test('a tampered signature, another part number or another Content-MD5 is refused', async () => {
    const u = await openUpload();
    const sig = new URL(u.url);
    sig.searchParams.set('X-Amz-Signature', '0'.repeat(64));
    expect((await putPart(sig.href, u.headers, u.body)).status).toBe(403);
    const part = new URL(u.url);
    part.searchParams.set('partNumber', '2');
    expect((await putPart(part.href, u.headers, u.body)).status).toBe(403);
    expect((await putPart(u.url, { 'Content-MD5': md5b64(Buffer.from('other')) }, u.body)).status).toBe(403);
    expect((await putPart(u.url, u.headers, u.body)).status).toBe(200);
  });

  test('an expired URL is refused (presignExpiresSeconds: 2)', async () => {
    const u = await openUpload();
    await new Promise((r) => setTimeout(r, 3100));
    const r = await putPart(u.url, u.headers, u.body);
    expect(r.status).toBe(403);
    expect(await r.text()).toMatch(/Request has expired/);
  });

  test('storage refuses anonymous writes and listings', async () => {
    expect((await fetch(`${srv.storage.endpoint}/${srv.storage.bucket}/x.txt`, { method: 'PUT', body: 'x' })).status).toBe(403);
    expect((await fetch(`${srv.storage.endpoint}/${srv.storage.bucket}`)).status).toBe(403);
  });
});
