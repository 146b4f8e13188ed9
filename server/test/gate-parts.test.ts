/**
 * Part PUTs to the built-in storage, which its gate stores itself once the presigned URL is verified (no s3rver
 * request stack): the answer s3rver gave (ETag, CORS headers of the bucket's configuration, S3 XML errors), the
 * signature checked on every PUT, a Content-MD5 checked in the same pass that makes the ETag, and the bucket's CORS
 * configuration followed when it changes.
 */
import { createHash } from 'crypto';
import { PutBucketCorsCommand } from '@aws-sdk/client-s3';
import { startServer, RunningServer } from '../src/index';
import { builtinClient } from '../src/storage/builtin';
import type { Storage } from '../src/storage/Storage';
import { asBody, bytes, md5b64, postJson, putPart } from './helpers';

const SECRET = 'gate-parts-test-secret';
let srv: RunningServer;
let st: Storage;
beforeAll(async () => {
  srv = await startServer({ sharedSecret: SECRET });
  st = builtinClient(srv.storage.endpoint, SECRET, srv.storage.bucket, 'us-east-1', 3600);
}, 30000);
afterAll(async () => {
  st.destroy();
  await srv.close();
}, 30000);

interface Started { uri: string; region: string; upload_id: string; location_url: string }
const storageId = (uploadId: string): string => uploadId.split('~')[0];

async function start(size: number): Promise<Started> {
  const r = await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'g.bin', size, store: { location: 's3' } });
  expect(r.status).toBe(200);
  return r.json as Started;
}

async function target(s: Started, part: number, body: Buffer, md5 = md5b64(body)): Promise<{ url: string; headers: Record<string, string> }> {
  const r = await postJson(s.location_url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part, size: body.length, md5, store: { location: 's3' } });
  expect(r.status).toBe(200);
  return r.json;
}

const keyOf = (s: Started): string => s.uri.split('/').slice(2).join('/');

test('a part PUT is answered as s3rver answered it: its MD5 as ETag, the bucket CORS headers', async () => {
  const body = bytes(70000, 3);
  const s = await start(body.length);
  const t = await target(s, 1, body);
  const r = await fetch(t.url, { method: 'PUT', headers: { ...t.headers, Origin: 'http://page.test' }, body: asBody(body) });
  expect(r.status).toBe(200);
  expect(r.headers.get('etag')).toBe('"' + createHash('md5').update(body).digest('hex') + '"');
  expect(r.headers.get('access-control-allow-origin')).toBe('*');
  expect(r.headers.get('access-control-expose-headers')).toBe('ETag');
  expect(r.headers.get('access-control-max-age')).toBe('3000');
  expect(await r.text()).toBe('');
  const parts = await st.listParts(srv.storage.bucket, keyOf(s), storageId(s.upload_id));
  expect(parts).toEqual([{ partNumber: 1, etag: createHash('md5').update(body).digest('hex'), size: body.length }]);
}, 30000);

test('bytes that do not match the signed Content-MD5 are refused (400 BadDigest) and not kept', async () => {
  const body = bytes(4096, 4);
  const s = await start(body.length);
  const t = await target(s, 1, body);
  const r = await putPart(t.url, t.headers, bytes(4096, 5));
  expect(r.status).toBe(400);
  expect(await r.text()).toContain('<Code>BadDigest</Code>');
  expect(r.headers.get('access-control-allow-origin')).toBe('*');
  expect(await st.listParts(srv.storage.bucket, keyOf(s), storageId(s.upload_id))).toEqual([]);
}, 30000);

test('every PUT is verified: a changed signature, part number or Content-MD5 is refused, nothing stored', async () => {
  const body = bytes(2048, 6);
  const s = await start(body.length);
  const t = await target(s, 2, body);
  const u = new URL(t.url);
  const sig = u.searchParams.get('X-Amz-Signature') as string;
  u.searchParams.set('X-Amz-Signature', (sig[0] === 'a' ? 'b' : 'a') + sig.slice(1));
  const forged = await putPart(u.toString(), t.headers, body);
  expect(forged.status).toBe(403);
  expect(await forged.text()).toContain('SignatureDoesNotMatch');
  const other = new URL(t.url);
  other.searchParams.set('partNumber', '3');
  expect((await putPart(other.toString(), t.headers, body)).status).toBe(403);
  const changed = bytes(2048, 7);
  expect((await putPart(t.url, { 'Content-MD5': md5b64(changed) }, changed)).status).toBe(403);
  expect(await st.listParts(srv.storage.bucket, keyOf(s), storageId(s.upload_id))).toEqual([]);
  expect((await putPart(t.url, t.headers, body)).status).toBe(200);
}, 30000);

test('a part of an aborted upload is refused (404 NoSuchUpload)', async () => {
  const body = bytes(1024, 8);
  const s = await start(body.length);
  const t = await target(s, 1, body);
  const a = await postJson(s.location_url + '/multipart/abort', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, store: { location: 's3' } });
  expect(a.status).toBe(200);
  const r = await putPart(t.url, t.headers, body);
  expect(r.status).toBe(404);
  expect(await r.text()).toContain('<Code>NoSuchUpload</Code>');
}, 30000);

test('a change of the bucket CORS configuration is followed', async () => {
  const body = bytes(1024, 9);
  const s = await start(body.length);
  const t = await target(s, 1, body);
  const rules = { CORSRules: [{ AllowedOrigins: ['http://only.test'], AllowedMethods: ['PUT'], AllowedHeaders: ['*'], ExposeHeaders: ['ETag', 'x-amz-request-id'] }] };
  await st.client.send(new PutBucketCorsCommand({ Bucket: srv.storage.bucket, CORSConfiguration: rules }));
  try {
    const ok = await fetch(t.url, { method: 'PUT', headers: { ...t.headers, Origin: 'http://only.test' }, body: asBody(body) });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://only.test');
    expect(ok.headers.get('access-control-expose-headers')).toBe('ETag, x-amz-request-id');
    expect(ok.headers.get('access-control-max-age')).toBeNull();
    const elsewhere = await fetch(t.url, { method: 'PUT', headers: { ...t.headers, Origin: 'http://other.test' }, body: asBody(body) });
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
  } finally {
    await st.setCors(srv.storage.bucket);
  }
  const back = await fetch(t.url, { method: 'PUT', headers: { ...t.headers, Origin: 'http://other.test' }, body: asBody(body) });
  expect(back.headers.get('access-control-allow-origin')).toBe('*');
}, 30000);
