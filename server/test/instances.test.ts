/**
 * Three API instances over one built-in storage behind a round-robin balancer: every call of an upload may land on
 * another instance, and every instance answers for every upload and every file.
 */
import { existsSync } from 'fs';
import { Cluster, startCluster } from './cluster';
import { MiB, bytes, download, md5b64, postForm, postJson, putPart, split, uploadJson } from './helpers';

let c: Cluster;
beforeAll(async () => {
  // every instance sweeps every 100 ms (storage timestamps decide, so they must not disturb uploads in progress)
  c = await startCluster(3, { sweepIntervalMs: 100, uploadTtlMs: 10 * 60 * 1000 });
}, 30000);
afterAll(() => c.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fii = () => c.instances[0].storage.listObjects().then((l) => l.filter((o) => o.key.indexOf('.fp-fii/') === 0));

test('JSON generation: start, parts and complete land on different instances; every instance serves the file', async () => {
  const before = c.instances.map((s) => c.balancer.hits[s.url] || 0);
  const file = bytes(16 * MiB + 9, 31);
  const r = await uploadJson(c.balancer.url, file, { filename: 'rr.bin', partSize: 5 * MiB });
  expect(r.status).toBe(200);
  expect(r.json.url).toBe(c.balancer.url + '/api/file/' + r.json.handle);
  // 1 start + 4 uploads + 1 complete over 3 instances: each got two
  expect(c.instances.map((s, i) => (c.balancer.hits[s.url] || 0) - before[i])).toEqual([2, 2, 2]);
  for (const s of c.instances) expect((await download(s.url + '/api/file/' + r.json.handle)).body.equals(file)).toBe(true);
}, 60000);

test('form-data generation (store_* fields, a parts string) across instances, and a repeated complete answers the same file', async () => {
  const file = bytes(6 * MiB, 32);
  const b = c.balancer.url;
  const s = (await postForm(b + '/multipart/start', { apikey: 'demo', filename: 'old.jpg', mimetype: 'image/jpeg', size: file.length, store_location: 's3', store_path: 'legacy/' })).json;
  expect(s.location_url).toBe(b);
  const etags: string[] = [];
  const parts = split(file, 5 * MiB);
  for (let i = 0; i < parts.length; i++) {
    const up = await postForm(b + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: i + 1, size: parts[i].length, md5: md5b64(parts[i]), store_location: 's3' });
    expect(up.status).toBe(200);
    const put = await putPart(up.json.url, up.json.headers, parts[i]);
    etags.push(`${i + 1}:${put.headers.get('etag')}`);
  }
  const fields = { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, size: file.length, parts: etags.join(';'), store_location: 's3' };
  const first = await postForm(b + '/multipart/complete', fields);
  expect(first.status).toBe(200);
  expect(first.json.key).toMatch(/^legacy\/[0-9A-F]{12}_old\.jpg$/);
  for (const inst of c.instances) {
    const again = await postForm(inst.url + '/multipart/complete', fields);
    expect(again.status).toBe(200);
    expect(again.json.handle).toBe(first.json.handle);
  }
  expect((await download(first.json.url)).body.equals(file)).toBe(true);
}, 60000);

test('intelligent ingestion across instances while all three sweep every 100 ms', async () => {
  const file = bytes(9 * MiB + 77, 33);
  const b = c.balancer.url;
  const s = (await postJson(b + '/multipart/start', { apikey: 'demo', filename: 'fii.bin', size: file.length, fii: true, store: { location: 's3' } })).json;
  expect(s.upload_type).toBe('intelligent_ingestion');
  const ids = { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id };
  const parts = split(file, 8 * MiB);
  for (let p = 0; p < parts.length; p++) {
    const chunks = split(parts[p], 2 * MiB);
    for (let i = 0; i < chunks.length; i++) {
      const up = await postJson(b + '/multipart/upload', { ...ids, part: p + 1, size: chunks[i].length, offset: i * 2 * MiB, md5: md5b64(chunks[i]) });
      expect((await putPart(up.json.url, up.json.headers, chunks[i])).status).toBe(200);
      await sleep(120); // let every sweeper pass over the staged chunks
    }
    const staged = (await fii()).filter((o) => new RegExp('/' + (p + 1) + '/\\d+$').test(o.key));
    expect(staged.length).toBe(chunks.length);
    expect((await postJson(b + '/multipart/commit', { ...ids, part: p + 1, size: file.length })).status).toBe(200);
  }
  await sleep(300);
  const done = await postJson(b + '/multipart/complete', { ...ids, size: file.length });
  expect(done.status).toBe(200);
  expect((await download(done.json.url)).body.equals(file)).toBe(true);
  expect(await fii()).toEqual([]);
}, 60000);

test('v2 file API across instances: stored on A; read, metadata, write and remove on B and C', async () => {
  const [a, b2, c3] = c.instances;
  const stored = await (await fetch(a.url + '/api/store/S3?key=demo&filename=note.txt&mimetype=text/plain', { method: 'POST', body: 'stored on A' })).json();
  const handle = stored.url.split('/').pop() as string;
  expect((await download(b2.url + '/api/file/' + handle)).body.toString()).toBe('stored on A');
  const meta = await (await fetch(c3.url + '/api/file/' + handle + '/metadata')).json();
  expect(meta).toMatchObject({ handle, filename: 'note.txt', mimetype: 'text/plain', size: 11 });
  const w = await fetch(b2.url + '/api/file/' + handle, { method: 'POST', body: 'written on B' });
  expect(w.status).toBe(200);
  expect((await download(c3.url + '/api/file/' + handle)).body.toString()).toBe('written on B');
  expect((await fetch(c3.url + '/api/file/' + handle + '/remove', { method: 'POST' })).status).toBe(200);
  for (const s of c.instances) expect((await fetch(s.url + '/api/file/' + handle)).status).toBe(404);
}, 60000);

test('a completion answered 202 by one instance is polled to its result on the others', async () => {
  const slow = await c.add({ completeWaitMs: 1 });
  const file = bytes(12 * MiB, 34);
  const s = (await postJson(slow.url + '/multipart/start', { apikey: 'demo', filename: 'big.bin', size: file.length })).json;
  const etags = [];
  const parts = split(file, 6 * MiB);
  for (let i = 0; i < parts.length; i++) {
    const up = await postJson(slow.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: i + 1, size: parts[i].length });
    etags.push({ part_number: i + 1, etag: (await putPart(up.json.url, up.json.headers, parts[i])).headers.get('etag') });
  }
  const body = { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, size: file.length, parts: etags };
  expect((await postJson(slow.url + '/multipart/complete', body)).status).toBe(202);
  const handles = new Set<string>();
  for (const other of c.instances) {
    let last = await postJson(other.url + '/multipart/complete', body);
    for (let i = 0; i < 200 && last.status === 202; i++) {
      await sleep(50);
      last = await postJson(other.url + '/multipart/complete', body);
    }
    expect(last.status).toBe(200);
    handles.add(last.json.handle);
  }
  expect(handles.size).toBe(1);
  expect((await download(c.balancer.url + '/api/file/' + Array.from(handles)[0])).body.equals(file)).toBe(true);
  await slow.close();
}, 60000);

test('one instance shuts down while another stores: the store finishes, only the stopped instance\'s scratch folder goes', async () => {
  const leaving = await c.add();
  const a = c.instances[0];
  let push!: (chunk: Uint8Array | null) => void;
  const body = new ReadableStream<Uint8Array>({ start: (ctl) => void (push = (x) => (x ? ctl.enqueue(x) : ctl.close())) });
  const storing = fetch(a.url + '/api/store/S3?key=demo&filename=during.bin', { method: 'POST', body, duplex: 'half' } as RequestInit);
  push(new Uint8Array(512 * 1024).fill(1));
  await sleep(200);
  await leaving.close();
  expect(existsSync(leaving.scratchDir)).toBe(false);
  expect(existsSync(a.scratchDir)).toBe(true);
  push(new Uint8Array(512 * 1024).fill(2));
  push(null);
  const r = await storing;
  expect(r.status).toBe(200);
  const got = await download((await r.json()).url);
  expect(got.body.length).toBe(MiB);
  expect(got.body[MiB - 1]).toBe(2);
}, 60000);

test('sameOriginStorage over a storage of its own: part URLs on the instance\'s origin are passed on to the storage', async () => {
  const same = await c.add({ sameOriginStorage: true, publicUrl: undefined });
  try {
    const file = bytes(5 * MiB + 3, 35);
    const s = (await postJson(same.url + '/multipart/start', { apikey: 'demo', filename: 'same.bin', size: file.length, store: { access: 'public' } })).json;
    const up = await postJson(same.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: file.length, md5: md5b64(file) });
    expect(up.json.url.indexOf(same.url + '/s3/')).toBe(0);
    const corrupted = await putPart(up.json.url, up.json.headers, Buffer.alloc(file.length));
    expect(corrupted.status).toBe(400);
    const put = await putPart(up.json.url, up.json.headers, file);
    expect(put.status).toBe(200);
    const done = await postJson(c.balancer.url + '/multipart/complete', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, size: file.length, parts: [{ part_number: 1, etag: put.headers.get('etag') }] });
    expect(done.status).toBe(200);
    // a public file is readable at the storage path on the instance's origin too
    expect((await download(same.url + '/s3' + s.uri)).body.equals(file)).toBe(true);
  } finally {
    await same.close();
  }
}, 60000);
