/**
 * The `gcs` location. No GCS emulator runs here: its endpoint is a stand-in that speaks the S3 protocol of GCS's XML
 * API (gcsStandIn.ts: the built-in storage on its own port), reached through the same code path as GCS itself. The
 * modern `init().upload()` in Node (40 MiB, a fault in one part), reads through the file API, stat, remove, the store
 * API, write, convert, cancel, `access`, and the protocol answers as other clients use them.
 */
import { randomBytes } from 'crypto';
import sharp from 'sharp';
import { startServer, RunningServer } from '../src/index';
import { init } from '../../src/client';
import { GcsStandIn, startGcsStandIn } from './gcsStandIn';
import { MiB, asBody, bytes, download, md5b64, postJson, putPart, uploadJson } from './helpers';
import { Stored, expectRangeAndStat, fortyMiB, sha, uploadWithFault } from './locationUpload';
import type { Storage } from '../src/storage/Storage';

jest.setTimeout(90000);

const BUCKET = 'fp-gcs-files';
let gcs: GcsStandIn;
let srv: RunningServer;
let bucket: Storage;

const gcsOptions = () => ({ accessKey: gcs.accessKey, secret: gcs.secret, bucket: BUCKET, endpoint: gcs.endpoint });

beforeAll(async () => {
  gcs = await startGcsStandIn();
  srv = await startServer({ apps: [{ apikey: 'demo' }], s3PublicAcl: true, gcs: gcsOptions() });
  bucket = gcs.client(BUCKET);
}, 30000);
afterAll(async () => {
  if (srv) await srv.close();
  if (gcs) await gcs.stop();
});

const keys = async (prefix?: string): Promise<string[]> => (await bucket.listObjects(BUCKET, prefix)).map((o) => o.key).filter((k) => k.indexOf('.fp-') !== 0);
const client = () => init('demo', undefined, { hosts: srv.url });

describe('gcs location', () => {
  let stored: Stored;
  const file = fortyMiB(7);

  test('init().upload() of 40 MiB in Node with a fault in one part: parts go straight to GCS, the retried part lands, byte-identical', async () => {
    stored = await uploadWithFault(srv, 'gcs', file, () => gcs.failPart(3, 1));
    const puts = gcs.requests.filter((r) => r.method === 'PUT' && r.path === `/${BUCKET}/${stored.key}`).map((r) => r.part);
    expect(puts.sort()).toEqual([1, 2, 3, 3, 4, 5]);
    expect(sha(await bucket.getBuffer(stored.key as string, BUCKET))).toBe(sha(file));
    const head = await bucket.head(BUCKET, stored.key as string);
    expect(head).toMatchObject({ size: file.length, contentType: 'application/x-test', metadata: { 'fp-owner': 'demo', 'fp-access': 'private' } });
    expect(await bucket.listMultipartUploads(BUCKET)).toEqual([]);
  });

  test('read: a range; stat names the location and bucket', async () => {
    await expectRangeAndStat(stored, file, { location: 'gcs', container: BUCKET });
  });

  test('remove: the object is gone from GCS and the file API answers 404', async () => {
    const r = await fetch(stored.url + '?key=demo', { method: 'DELETE' });
    expect(r.status).toBe(200);
    expect(await bucket.head(BUCKET, stored.key as string)).toBeNull();
    expect((await download(stored.url)).status).toBe(404);
  });

  test('/api/store/gcs stores one object; write replaces its bytes; access public sends x-goog-acl, private none', async () => {
    const r = await fetch(`${srv.url}/api/store/gcs?key=demo&filename=hello.txt&mimetype=text/plain&path=small/&access=public`, { method: 'POST', body: 'hello gcs' });
    expect(r.status).toBe(200);
    const j = (await r.json()) as { url: string; key: string; container: string; size: number };
    expect(j).toMatchObject({ container: BUCKET, size: 9 });
    expect(j.key).toMatch(/^small\/[^/]+_hello\.txt$/);
    expect((await bucket.getBuffer(j.key, BUCKET)).toString()).toBe('hello gcs');
    const put = gcs.requests.filter((q) => q.method === 'PUT' && q.path === `/${BUCKET}/${j.key}`);
    expect(put.map((q) => [q.headers['x-goog-acl'], q.headers['x-amz-acl']])).toEqual([['public-read', undefined]]);
    const w = await fetch(`${j.url}?key=demo`, { method: 'POST', body: 'rewritten' });
    expect(w.status).toBe(200);
    expect((await download(j.url)).body.toString()).toBe('rewritten');

    const p = (await (await fetch(`${srv.url}/api/store/gcs?key=demo&filename=p.txt&path=small/`, { method: 'POST', body: 'private' })).json()) as { key: string };
    const privatePut = gcs.requests.filter((q) => q.method === 'PUT' && q.path === `/${BUCKET}/${p.key}`);
    expect(privatePut.map((q) => q.headers['x-goog-acl'])).toEqual([undefined]);
  });

  test('cancel mid-upload leaves no object and no open multipart upload in GCS', async () => {
    const token: { cancel?: () => void } = {};
    let partDone = false;
    const p = client().upload(randomBytes(12 * MiB), { maxConcurrentUploads: 1, onProgress: (e) => { if (e.progressTotal >= 5 * MiB) partDone = true; } }, { location: 'gcs', path: 'cancelled/' }, token);
    const outcome = p.then(() => 'stored', () => 'rejected');
    for (let i = 0; i < 1000 && !partDone; i++) await new Promise((r) => setTimeout(r, 5));
    expect(partDone).toBe(true);
    (token.cancel as () => void)();
    expect(await outcome).toBe('rejected');
    for (let i = 0; i < 100 && (await bucket.listMultipartUploads(BUCKET)).length; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await bucket.listMultipartUploads(BUCKET)).toEqual([]);
    expect(await keys('cancelled/')).toEqual([]);
  });

  test('the protocol: a presigned part URL of GCS; Content-MD5 checked; abort leaves nothing', async () => {
    const data = bytes(6 * MiB, 3);
    const done = await uploadJson(srv.url, data, { store: { location: 'gcs', path: 'proto/' }, mimetype: 'text/plain', filename: 'p.txt' });
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({ status: 'Stored', size: data.length, container: BUCKET });
    expect(sha(await bucket.getBuffer(done.json.key, BUCKET))).toBe(sha(data));

    const s = (await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'm.bin', size: 10, store: { location: 'GCS' } })).json;
    const ten = randomBytes(10);
    const up = await postJson(srv.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: 10, md5: md5b64(ten) });
    expect(up.json.headers).toEqual({ 'Content-MD5': md5b64(ten) });
    expect(up.json.url.indexOf(`${gcs.endpoint}/${BUCKET}/`)).toBe(0);
    expect((await putPart(up.json.url, up.json.headers, Buffer.from('other byte'))).status).toBe(400);
    expect((await putPart(up.json.url, up.json.headers, ten)).status).toBe(200);
    expect((await bucket.listMultipartUploads(BUCKET)).length).toBe(1);
    const aborted = await postJson(srv.url + '/multipart/abort', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id });
    expect(aborted.status).toBe(200);
    expect(await bucket.listMultipartUploads(BUCKET)).toEqual([]);
  });

  test('convert reads a gcs file and stores its result at gcs (storeLocation)', async () => {
    const png = await sharp({ create: { width: 20, height: 10, channels: 3, background: '#c00' } }).png().toBuffer();
    const src = (await (await fetch(`${srv.url}/api/store/gcs?key=demo&filename=red.png&mimetype=image/png`, { method: 'POST', body: asBody(png) })).json()) as { url: string };
    const r = await fetch(src.url + '/convert', { method: 'POST', body: new URLSearchParams({ width: '10', format: 'jpg', storeLocation: 'gcs', storePath: 'thumbs/' }) });
    expect(r.status).toBe(200);
    const j = (await r.json()) as { key: string; container: string };
    expect(j.container).toBe(BUCKET);
    expect(await sharp(await bucket.getBuffer(j.key, BUCKET)).metadata()).toMatchObject({ width: 10, height: 5, format: 'jpeg' });
  });
});

test('the sweeper aborts gcs uploads older than the upload TTL', async () => {
  // the stand-in's timestamps are whole seconds: a TTL well above one second keeps the first sweep's answer sure
  const short = await startServer({ apps: [{ apikey: 'demo' }], uploadTtlMs: 2500, sweepIntervalMs: 3600000, gcs: gcsOptions() });
  try {
    const s = (await postJson(short.url + '/multipart/start', { apikey: 'demo', filename: 'old.bin', size: 10, store: { location: 'gcs' } })).json;
    const up = await postJson(short.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: 10 });
    expect((await putPart(up.json.url, up.json.headers, randomBytes(10))).status).toBe(200);
    expect((await bucket.listMultipartUploads(BUCKET)).length).toBe(1);
    expect(await short.sweep()).toBe(0);
    await new Promise((r) => setTimeout(r, 3000));
    expect(await short.sweep()).toBe(1);
    expect(await bucket.listMultipartUploads(BUCKET)).toEqual([]);
  } finally {
    await short.close();
  }
});
