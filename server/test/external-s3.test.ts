/**
 * The `s3` option (any S3 endpoint): here a plain s3rver without our gate, standing in for AWS S3 or MinIO, so the
 * code paths of external storage run (ListParts / AbortMultipartUpload missing there: the server falls back to the
 * client's ETags; checking part bytes against a declared md5 is the storage's job, through the signed Content-MD5).
 */
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startServer, RunningServer } from '../src/index';
import { startEmbeddedS3, EmbeddedS3 } from '../src/storage/embedded';
import { MiB, bytes, download, md5b64, postJson, putPart, split, uploadJson } from './helpers';

let s3: EmbeddedS3;
let srv: RunningServer;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'fp-ext-'));
  s3 = await startEmbeddedS3(path.join(dir, 's3'));
  srv = await startServer({ s3: { endpoint: s3.endpoint, region: 'eu-west-1', bucket: 'ext-bucket', accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } });
});
afterAll(async () => {
  await srv.close();
  await s3.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the default bucket is created, with its region, and a multipart upload round-trips', async () => {
  expect(srv.storage.endpoint).toBe(s3.endpoint);
  const file = bytes(7 * MiB, 2);
  const r = await uploadJson(srv.url, file, { filename: 'ext.bin' });
  expect(r.status).toBe(200);
  expect(r.json.container).toBe('ext-bucket');
  expect((await download(r.json.url)).body.equals(file)).toBe(true);
  expect((await srv.storage.getObject(r.json.key)).equals(file)).toBe(true);
  const start = await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'a', size: 1 });
  expect(start.json.region).toBe('eu-west-1');
});

test('a declared md5 is a signed Content-MD5 of the part URL (S3 itself refuses other bytes)', async () => {
  const file = bytes(6 * MiB, 3);
  const s = (await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'c.bin', size: file.length })).json;
  const parts = split(file, 5 * MiB);
  const etags = [];
  for (let i = 0; i < parts.length; i++) {
    const up = await postJson(srv.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: i + 1, size: parts[i].length, md5: md5b64(parts[i]) });
    expect(up.json.headers).toEqual({ 'Content-MD5': md5b64(parts[i]) });
    expect(new URL(up.json.url).searchParams.get('X-Amz-SignedHeaders')).toContain('content-md5');
    const put = await putPart(up.json.url, up.json.headers, parts[i]);
    etags.push({ part_number: i + 1, etag: put.headers.get('etag') });
  }
  const c = await postJson(srv.url + '/multipart/complete', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, size: file.length, parts: etags });
  expect(c.status).toBe(200);
  expect((await download(c.json.url)).body.equals(file)).toBe(true);
});

test('store API and file API work against external storage', async () => {
  const r = await (await fetch(srv.url + '/api/store/S3?key=demo&filename=e.txt', { method: 'POST', body: 'external' })).json();
  expect(r.container).toBe('ext-bucket');
  expect((await download(r.url)).body.toString()).toBe('external');
});
