/** `/multipart/start` with `idempotency_key`: a start sent again answers the same upload, from any instance. */
import { startServer, RunningServer } from '../src/index';
import { bytes, md5b64, postJson, putPart } from './helpers';

jest.setTimeout(30000);
let srv: RunningServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());

const storageId = (uploadId: string) => uploadId.split('~')[0];
const records = async () => (await srv.storage.listObjects()).filter((o) => /^\.fp-fii\/start-/.test(o.key));

test('the same key answers the same upload; storage holds one upload', async () => {
  const body = { apikey: 'demo', filename: 'k.bin', size: 10, idempotency_key: 'key-aaaaaaaa-1' };
  const a = await postJson(srv.url + '/multipart/start', body);
  const b = await postJson(srv.url + '/multipart/start', body);
  expect(a.status).toBe(200);
  expect(b.status).toBe(200);
  expect(b.json.upload_id).toBe(a.json.upload_id);
  expect(b.json.uri).toBe(a.json.uri);
  const open = (await srv.storage.listMultipartUploads()).filter((u) => u.uploadId === storageId(a.json.upload_id));
  expect(open).toHaveLength(1);
  expect((await records()).length).toBe(1);
  const ab = await postJson(srv.url + '/multipart/abort', { apikey: 'demo', uri: a.json.uri, region: a.json.region, upload_id: a.json.upload_id });
  expect(ab.json).toEqual({ status: 'Aborted' });
  expect(await records()).toEqual([]);
});

test('without a key every start is a new upload; a key used for another file is refused', async () => {
  const plain = { apikey: 'demo', filename: 'p.bin', size: 10 };
  const a = await postJson(srv.url + '/multipart/start', plain);
  const b = await postJson(srv.url + '/multipart/start', plain);
  expect(b.json.upload_id).not.toBe(a.json.upload_id);
  const k = { apikey: 'demo', filename: 'q.bin', size: 10, idempotency_key: 'key-bbbbbbbb-2' };
  expect((await postJson(srv.url + '/multipart/start', k)).status).toBe(200);
  const other = await postJson(srv.url + '/multipart/start', { ...k, size: 11 });
  expect(other.status).toBe(409);
  expect(other.json.error).toMatch(/^idempotency_key: /);
  const bad = await postJson(srv.url + '/multipart/start', { ...k, idempotency_key: 'no/slash' });
  expect(bad.status).toBe(400);
  expect(bad.json.error).toMatch(/^idempotency_key: /);
});

test('completing the upload removes its start record', async () => {
  const file = bytes(100, 2);
  const before = (await records()).length;
  const s = (await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'c.bin', size: file.length, idempotency_key: 'key-cccccccc-3' })).json;
  const ref = { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id };
  expect((await records()).length).toBe(before + 1);
  const up = (await postJson(srv.url + '/multipart/upload', { ...ref, part: 1, size: file.length, md5: md5b64(file) })).json;
  const put = await putPart(up.url, up.headers, file);
  const c = await postJson(srv.url + '/multipart/complete', { ...ref, size: file.length, parts: [{ part_number: 1, etag: put.headers.get('etag') }] });
  expect(c.status).toBe(200);
  expect((await records()).length).toBe(before);
});
