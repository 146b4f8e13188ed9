/**
 * /metadata's `md5` of a file uploaded in parts (its ETag is S3's multipart form): the MD5 of the bytes, computed on
 * the first request and then served from its record `.fp-md5/<key>`, which counts only for the ETag it names and with
 * a valid MAC; an overwrite of the key is hashed again.
 */
import { createHash, createHmac } from 'crypto';
import { startServer, RunningServer } from '../src/index';
import { deriveKey } from '../src/storage/admission';
import { builtinClient } from '../src/storage/builtin';
import type { Storage } from '../src/storage/Storage';
import { MiB, bytes, reply, uploadJson } from './helpers';

const SECRET = 'file-md5-test-secret';
let srv: RunningServer;
/** a client of the server's storage, as its API instances are */
let st: Storage;
beforeAll(async () => {
  srv = await startServer({ sharedSecret: SECRET });
  st = builtinClient(srv.storage.endpoint, SECRET, srv.storage.bucket, 'us-east-1', 3600);
}, 60000);
afterAll(async () => {
  st.destroy();
  await srv.close();
}, 60000);

const md5 = (b: Buffer): string => createHash('md5').update(b).digest('hex');
const record = (key: string): string => '.fp-md5/' + key;
const mac = (key: string, etag: string, sum: string): string =>
  createHmac('sha256', deriveKey(SECRET, 'file-md5')).update(['fp-md5', srv.storage.bucket, key, etag, sum].join('\n')).digest('base64url');

async function metadataMd5(fileUrl: string): Promise<string> {
  const r = await reply(await fetch(fileUrl + '/metadata'));
  expect(r.status).toBe(200);
  return r.json.md5 as string;
}

async function putRecord(key: string, value: unknown): Promise<void> {
  const body = Buffer.from(JSON.stringify(value));
  await st.putObject(srv.storage.bucket, record(key), body, body.length, 'application/json', {}, false);
}

test('the MD5 of the bytes, recorded once with the ETag it belongs to, and served from the record', async () => {
  const file = bytes(11 * MiB + 5, 21);
  const up = await uploadJson(srv.url, file, { store: { location: 's3', path: 'md5/once.bin' } });
  expect(up.status).toBe(200);
  const key = up.json.key as string;
  const head = await st.head(srv.storage.bucket, key);
  expect(head && head.etag).toMatch(/^[0-9a-f]{32}-3$/);
  const etag = (head && head.etag) as string;
  expect(await metadataMd5(up.json.url)).toBe(md5(file));
  const stored = JSON.parse((await st.getBuffer(record(key), srv.storage.bucket)).toString('utf8'));
  expect(stored).toEqual({ etag, md5: md5(file), mac: mac(key, etag, md5(file)) });
  // served from the record, not hashed again: a validly made record with another sum is what /metadata answers
  const other = '0123456789abcdef0123456789abcdef';
  await putRecord(key, { etag, md5: other, mac: mac(key, etag, other) });
  expect(await metadataMd5(up.json.url)).toBe(other);
  // a record without the server's MAC (e.g. an object stored at that key by a client) does not count
  await putRecord(key, { etag, md5: other, mac: mac(key, etag, md5(file)) });
  expect(await metadataMd5(up.json.url)).toBe(md5(file));
  await putRecord(key, { etag, md5: other });
  expect(await metadataMd5(up.json.url)).toBe(md5(file));
}, 60000);

test('an overwrite of the key is not answered with the MD5 of the bytes it replaced', async () => {
  const first = bytes(6 * MiB, 31);
  const second = bytes(7 * MiB + 1, 32);
  const a = await uploadJson(srv.url, first, { store: { location: 's3', path: 'md5/same.bin' } });
  expect(a.status).toBe(200);
  expect(await metadataMd5(a.json.url)).toBe(md5(first));
  const b = await uploadJson(srv.url, second, { store: { location: 's3', path: 'md5/same.bin' } });
  expect(b.status).toBe(200);
  expect(b.json.key).toBe(a.json.key);
  expect(await metadataMd5(b.json.url)).toBe(md5(second));
  const stored = JSON.parse((await st.getBuffer(record(b.json.key), srv.storage.bucket)).toString('utf8'));
  expect(stored.md5).toBe(md5(second));
  // the same bytes stored again in the same parts: the same ETag, and the recorded MD5 is theirs
  const c = await uploadJson(srv.url, second, { store: { location: 's3', path: 'md5/same.bin' } });
  expect(c.status).toBe(200);
  expect(await metadataMd5(c.json.url)).toBe(md5(second));
}, 60000);

test('removing the file removes its record', async () => {
  const file = bytes(5 * MiB + 9, 41);
  const up = await uploadJson(srv.url, file, { store: { location: 's3', path: 'md5/gone.bin' } });
  expect(await metadataMd5(up.json.url)).toBe(md5(file));
  const del = await fetch(up.json.url + '?key=demo', { method: 'DELETE' });
  expect(del.status).toBe(200);
  expect(await st.head(srv.storage.bucket, record(up.json.key))).toBeNull();
}, 60000);
