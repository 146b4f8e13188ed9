/**
 * The bench's discarding storage double (bench/sinkStorage.ts) behind the unchanged reference server: our engine and a
 * raw presigned PUT store through it, the bytes are counted and dropped, and it answers what S3 would (ETags, parts,
 * the multipart ETag, the object's head) and refuses what S3 refuses (a part it does not hold, a short body).
 */
import { randomBytes, createHash } from 'crypto';
import { S3Client, CreateMultipartUploadCommand, CompleteMultipartUploadCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { startSink, Sink } from './sinkStorage';
import { init } from '../src/client';

interface RunningServer { url: string; close(): Promise<void> }
const { startServer } = require('../server/src/index') as { startServer(o: Record<string, unknown>): Promise<RunningServer> };

const MIB = 1024 * 1024;
jest.setTimeout(120000);

let sink: Sink;
let server: RunningServer;
const s3 = (endpoint: string) => ({ endpoint, region: 'us-east-1', bucket: 'fp-sink', accessKeyId: 'bench', secretAccessKey: 'bench-secret' });
beforeAll(async () => {
  sink = await startSink();
  server = await startServer({ port: 0, apps: [{ apikey: 'sinkkey' }], s3: s3(sink.url), completeWaitMs: 60000 });
});
afterAll(async () => {
  if (server) await server.close();
  if (sink) await sink.close();
});

async function post<T>(url: string, body: unknown): Promise<T> {
  const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (r.status !== 200) throw new Error(url + ' answered ' + r.status + ' ' + (await r.text()));
  return (await r.json()) as T;
}

test('our engine stores a multipart file through the sink, which keeps its size and drops its bytes', async () => {
  const before = sink.discarded();
  const bytes = randomBytes(11 * MIB);
  const stored = await init('sinkkey', undefined, { hosts: server.url }).upload(new Blob([bytes]), {}, { path: 'ours/' });
  expect(stored.size).toBe(bytes.length);
  expect(sink.discarded() - before).toBe(bytes.length);
  // the object the server completed: its size and the server's own metadata, as S3 keeps them
  const head = await new S3Client({ endpoint: sink.url, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } })
    .send(new HeadObjectCommand({ Bucket: 'fp-sink', Key: String(stored.key) }));
  expect(head.ContentLength).toBe(bytes.length);
  expect(head.ETag).toMatch(/^"[0-9a-f]{32}-3"$/);
  expect(head.Metadata && head.Metadata['fp-upload']).toBeTruthy();
});

test('a raw presigned PUT of a whole file: ETag exposed to browsers, a short body refused', async () => {
  const size = 3 * MIB;
  const ids = await post<{ location_url: string; uri: string; region: string; upload_id: string }>(server.url + '/multipart/start', { apikey: 'sinkkey', filename: 'raw.bin', mimetype: 'application/octet-stream', size, store: { location: 's3' } });
  const target = await post<{ url: string; headers: Record<string, string> }>(ids.location_url + '/multipart/upload', { apikey: 'sinkkey', uri: ids.uri, region: ids.region, upload_id: ids.upload_id, part: 1, size, store: { location: 's3' } });
  expect(target.url.indexOf(sink.url + '/')).toBe(0);
  const preflight = await fetch(target.url, { method: 'OPTIONS', headers: { Origin: 'http://127.0.0.1:1', 'Access-Control-Request-Method': 'PUT' } });
  expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  const put = await fetch(target.url, { method: 'PUT', headers: target.headers, body: new Uint8Array(size) });
  expect(put.status).toBe(200);
  expect(put.headers.get('access-control-expose-headers')).toBe('ETag');
  expect(put.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
  await post(ids.location_url + '/multipart/abort', { apikey: 'sinkkey', uri: ids.uri, region: ids.region, upload_id: ids.upload_id });
  // a body shorter than its Content-Length (the connection closed early) is not a part
  const http = await import('http');
  const status = await new Promise<number>((resolve) => {
    const u = new URL(target.url);
    const req = http.request({ method: 'PUT', hostname: u.hostname, port: u.port, path: u.pathname + u.search, headers: { 'Content-Length': '10' } }, (res) => resolve(res.statusCode || 0));
    req.on('error', () => resolve(-1));
    req.end(Buffer.alloc(4));
    setTimeout(() => req.destroy(), 200);
  });
  expect(status).not.toBe(200);
});

test('complete names the part the PUT carried: its Content-MD5 is its ETag; a part it does not hold is refused', async () => {
  const client = new S3Client({ endpoint: sink.url, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
  const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket: 'fp-sink', Key: 'direct.bin' }));
  const body = randomBytes(1000);
  const md5 = createHash('md5').update(body).digest();
  const put = await fetch(sink.url + '/fp-sink/direct.bin?partNumber=1&uploadId=' + UploadId, { method: 'PUT', headers: { 'Content-MD5': md5.toString('base64') }, body });
  expect(put.headers.get('etag')).toBe('"' + md5.toString('hex') + '"');
  await expect(client.send(new CompleteMultipartUploadCommand({ Bucket: 'fp-sink', Key: 'direct.bin', UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: '"' + 'f'.repeat(32) + '"' }] } })))
    .rejects.toMatchObject({ name: 'InvalidPart' });
  const done = await client.send(new CompleteMultipartUploadCommand({ Bucket: 'fp-sink', Key: 'direct.bin', UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: '"' + md5.toString('hex') + '"' }] } }));
  expect(done.ETag).toBe('"' + createHash('md5').update(md5).digest('hex') + '-1"');
});
