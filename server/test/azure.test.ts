/**
 * The `azure` location against Azurite over loopback HTTP: the engine's modern `init().upload()` in Node sends its
 * parts straight to Azure, reads through the file API, stat, remove, the store API, cancel, and the protocol answers
 * as other clients use them.
 */
import { createHash, randomBytes } from 'crypto';
import { startServer, RunningServer } from '../src/index';
import { init } from '../../src/client';
import { Azurite, AZURITE_ACCOUNT, AZURITE_KEY, startAzurite } from './azurite';
import sharp from 'sharp';
import { MiB, asBody, bytes, download, md5b64, postForm, postJson, putPart, split, uploadJson } from './helpers';

jest.setTimeout(60000);

const CONTAINER = 'fp-azure-files';
let az: Azurite;
let srv: RunningServer;

beforeAll(async () => {
  az = await startAzurite();
  srv = await startServer({ apps: [{ apikey: 'demo' }], azure: { account: AZURITE_ACCOUNT, key: AZURITE_KEY, endpoint: az.endpoint, container: CONTAINER } });
}, 30000);
afterAll(async () => {
  if (srv) await srv.close();
  if (az) await az.stop();
});

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const container = () => az.service.getContainerClient(CONTAINER);

/** Every blob under `prefix`, also one that holds only uncommitted blocks. */
async function blobNames(prefix?: string): Promise<string[]> {
  const out: string[] = [];
  for await (const b of container().listBlobsFlat({ prefix, includeUncommitedBlobs: true })) out.push(b.name);
  return out;
}

function client() {
  return init('demo', undefined, { hosts: srv.url });
}

describe('azure location', () => {
  let stored: { handle: string; key?: string; url: string; size: number };
  const file = randomBytes(12 * MiB);

  test('init().upload() of 12 MiB in Node: parts go straight to Azure, Put Block List commits them, byte-identical', async () => {
    stored = await client().upload(new Blob([file], { type: 'application/x-test' }), {}, { location: 'azure', path: 'engine/' });
    expect(stored).toMatchObject({ size: file.length, url: srv.url + '/api/file/' + stored.handle });
    expect(stored.key).toMatch(/^engine\/[^/]+$/);
    const back = await download(stored.url);
    expect(back.status).toBe(200);
    expect(sha(back.body)).toBe(sha(file));
    const blob = container().getBlockBlobClient(stored.key as string);
    expect(sha(await blob.downloadToBuffer())).toBe(sha(file));
    const props = await blob.getProperties();
    expect(props.contentType).toBe('application/x-test');
    expect(props.metadata).toMatchObject({ fp_owner: 'demo', fp_access: 'private' });
    const blocks = await blob.getBlockList('all');
    expect(blocks.committedBlocks!.map((b) => Buffer.from(b.name as string, 'base64').toString())).toEqual(['fp-part-00001', 'fp-part-00002', 'fp-part-00003']);
    expect(blocks.uncommittedBlocks).toEqual([]);
    // the parts and the upload's facts are gone
    expect(await blobNames('.fp-azure/')).toEqual([]);
  });

  test('read: a range, and base64; stat names the location and container', async () => {
    const part = await download(stored.url, { Range: 'bytes=10-19' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 10-19/${file.length}`);
    expect(part.body).toEqual(file.subarray(10, 20));
    const b64 = await download(stored.url + '?base64encode=true');
    expect(b64.body.toString()).toBe(file.toString('base64'));
    const meta = await download(stored.url + '/metadata');
    expect(meta.status).toBe(200);
    expect(JSON.parse(meta.body.toString())).toMatchObject({ size: file.length, mimetype: 'application/x-test', location: 'azure', container: CONTAINER, key: stored.key });
  });

  test('remove: the blob is gone from Azure and the file API answers 404', async () => {
    const r = await fetch(stored.url + '?key=demo', { method: 'DELETE' });
    expect(r.status).toBe(200);
    expect(await container().getBlobClient(stored.key as string).exists()).toBe(false);
    expect((await download(stored.url)).status).toBe(404);
  });

  test('/api/store/azure of a small body stores one blob; write replaces its bytes', async () => {
    const r = await fetch(`${srv.url}/api/store/azure?key=demo&filename=hello.txt&mimetype=text/plain&path=small/`, { method: 'POST', body: 'hello azure' });
    expect(r.status).toBe(200);
    const j = (await r.json()) as { url: string; key: string; container: string; size: number };
    expect(j).toMatchObject({ container: CONTAINER, size: 11 });
    expect(j.key).toMatch(/^small\/[^/]+_hello\.txt$/);
    expect((await container().getBlobClient(j.key).downloadToBuffer()).toString()).toBe('hello azure');
    const w = await fetch(`${j.url}?key=demo`, { method: 'POST', body: 'rewritten' });
    expect(w.status).toBe(200);
    expect((await download(j.url)).body.toString()).toBe('rewritten');
  });

  test('cancel mid-upload leaves no committed blob, no uncommitted block and no parts', async () => {
    const token: { cancel?: () => void } = {};
    let partDone = false;
    const p = client().upload(randomBytes(12 * MiB), { maxConcurrentUploads: 1, onProgress: (e) => { if (e.progressTotal >= 5 * MiB) partDone = true; } }, { location: 'azure', path: 'cancelled/' }, token);
    const outcome = p.then(() => 'stored', () => 'rejected');
    for (let i = 0; i < 1000 && !partDone; i++) await new Promise((r) => setTimeout(r, 5));
    expect(partDone).toBe(true);
    (token.cancel as () => void)();
    expect(await outcome).toBe('rejected');
    for (let i = 0; i < 100 && (await blobNames('.fp-azure/')).length; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await blobNames('.fp-azure/')).toEqual([]);
    expect(await blobNames('cancelled/')).toEqual([]);
  });

  test('the protocol as filestack-js and the 0.5.x form use it: the part PUT answers an ETag; Content-MD5 is checked by Azure', async () => {
    const data = bytes(6 * MiB, 3);
    const done = await uploadJson(srv.url, data, { store: { location: 'azure', path: 'proto/' }, mimetype: 'text/plain', filename: 'p.txt' });
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({ status: 'Stored', size: data.length, container: CONTAINER });
    expect(sha(await container().getBlobClient(done.json.key).downloadToBuffer())).toBe(sha(data));

    const start = await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'm.bin', size: 10, store: { location: 'azure' } });
    expect(start.status).toBe(200);
    const s = start.json;
    const ten = randomBytes(10);
    const up = await postJson(srv.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: 10, md5: md5b64(ten) });
    expect(up.json.headers).toEqual({ 'x-ms-blob-type': 'BlockBlob', 'Content-MD5': md5b64(ten) });
    expect(up.json.url).toMatch(new RegExp('^' + az.endpoint + '/' + CONTAINER + '/'));
    expect((await putPart(up.json.url, up.json.headers, Buffer.from('other byte'))).status).toBe(400);
    const ok = await putPart(up.json.url, up.json.headers, ten);
    expect(ok.status).toBe(201);
    expect(ok.headers.get('etag')).toBeTruthy();
    const aborted = await postJson(srv.url + '/multipart/abort', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id });
    expect(aborted.status).toBe(200);
    expect(await blobNames('.fp-azure/')).toEqual([]);
  });

  test('form-data generation (store_* fields, a parts string): the same Azure path; a repeated complete answers the same file', async () => {
    const file = bytes(6 * MiB, 4);
    const start = await postForm(srv.url + '/multipart/start', { apikey: 'demo', filename: 'photo.jpg', mimetype: 'image/jpeg', size: file.length, store_location: 'azure', store_path: 'legacy/', store_access: 'public' });
    expect(start.status).toBe(200);
    const s = start.json;
    const parts = split(file, 5 * MiB);
    const etags: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      const up = await postForm(s.location_url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: i + 1, size: parts[i].length, md5: md5b64(parts[i]), store_location: 'azure' });
      expect(up.status).toBe(200);
      const put = await putPart(up.json.url, up.json.headers, parts[i]);
      expect(put.status).toBe(201);
      etags.push(`${i + 1}:${put.headers.get('etag')}`);
    }
    const c = await postForm(s.location_url + '/multipart/complete', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, filename: 'photo.jpg', mimetype: 'image/jpeg', size: file.length, parts: etags.join(';'), store_location: 'azure' });
    expect(c.status).toBe(200);
    expect(c.json).toMatchObject({ container: CONTAINER, mimetype: 'image/jpeg' });
    expect(c.json.key).toMatch(/^legacy\/[0-9A-F]{12}_photo\.jpg$/);
    expect((await download(c.json.url)).body.equals(file)).toBe(true);
    expect((await container().getBlobClient(c.json.key).getProperties()).metadata).toMatchObject({ fp_access: 'public' });
    const again = await postForm(s.location_url + '/multipart/complete', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, parts: etags.join(';') });
    expect(again.status).toBe(200);
    expect(again.json.handle).toBe(c.json.handle);
    // an ETag that is not the stored part's is refused, as for S3
    const s2 = (await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'e.bin', size: 10, store: { location: 'azure' } })).json;
    const up2 = await postJson(srv.url + '/multipart/upload', { apikey: 'demo', uri: s2.uri, region: s2.region, upload_id: s2.upload_id, part: 1, size: 10 });
    expect((await putPart(up2.json.url, up2.json.headers, randomBytes(10))).status).toBe(201);
    const wrong = await postJson(srv.url + '/multipart/complete', { apikey: 'demo', uri: s2.uri, region: s2.region, upload_id: s2.upload_id, size: 10, parts: [{ part_number: 1, etag: '"0x8D000000000000"' }] });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error).toBe('parts: part 1: the ETag sent does not match the part storage holds');
    await postJson(srv.url + '/multipart/abort', { apikey: 'demo', uri: s2.uri, region: s2.region, upload_id: s2.upload_id });
  });

  test("convert reads an azure file and stores its result at azure (storeLocation)", async () => {
    const png = await sharp({ create: { width: 20, height: 10, channels: 3, background: '#c00' } }).png().toBuffer();
    const src = (await (await fetch(`${srv.url}/api/store/azure?key=demo&filename=red.png&mimetype=image/png`, { method: 'POST', body: asBody(png) })).json()) as { url: string };
    const r = await fetch(src.url + '/convert', { method: 'POST', body: new URLSearchParams({ width: '10', format: 'jpg', storeLocation: 'azure', storePath: 'thumbs/' }) });
    expect(r.status).toBe(200);
    const j = (await r.json()) as { key: string; container: string; mimetype: string };
    expect(j).toMatchObject({ container: CONTAINER, mimetype: 'image/jpeg' });
    expect(j.key).toMatch(/^thumbs\//);
    expect(await sharp(await container().getBlobClient(j.key).downloadToBuffer()).metadata()).toMatchObject({ width: 10, height: 5, format: 'jpeg' });
  });

  test('a container name Azure refuses is a 400 naming store.container', async () => {
    const r = await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'f.bin', size: 10, store: { location: 'azure', container: 'dotted.name' } });
    expect(r.status).toBe(400);
    expect(r.json.error).toBe('store.container: an Azure container name is 3-63 characters of a-z, 0-9 and single "-", got "dotted.name"');
  });

  test('intelligent ingestion is refused for azure with a 400 naming fii', async () => {
    const r = await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'f.bin', size: 10, fii: true, store: { location: 'azure' } });
    expect(r.status).toBe(400);
    expect(r.json.error).toBe('fii: intelligent ingestion is served for location s3 only, not for "azure" (upload in parts without fii)');
  });
});

test('the sweeper drops azure uploads older than the upload TTL: their parts and record', async () => {
  // the TTL leaves room for a loaded machine between the start and the first sweep, which must keep the young upload
  const ttl = 4000;
  const short = await startServer({ apps: [{ apikey: 'demo' }], uploadTtlMs: ttl, sweepIntervalMs: 3600000, azure: { account: AZURITE_ACCOUNT, key: AZURITE_KEY, endpoint: az.endpoint, container: CONTAINER } });
  try {
    const started = Date.now();
    const s = (await postJson(short.url + '/multipart/start', { apikey: 'demo', filename: 'old.bin', size: 10, store: { location: 'azure' } })).json;
    const up = await postJson(short.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: 10 });
    expect((await putPart(up.json.url, up.json.headers, randomBytes(10))).status).toBe(201);
    expect((await blobNames('.fp-azure/')).length).toBe(2);
    expect(await short.sweep()).toBe(0);
    await new Promise((r) => setTimeout(r, Math.max(0, started + ttl + 500 - Date.now())));
    expect(await short.sweep()).toBe(1);
    expect(await blobNames('.fp-azure/')).toEqual([]);
  } finally {
    await short.close();
  }
});
