/** The upload API over real HTTP: both protocol generations, intelligent ingestion, integrity, 202, abort, sweeper. */
import { mkdtempSync, rmSync } from 'fs';
import { createHash } from 'crypto';
import * as os from 'os';
import * as path from 'path';
import { startServer, RunningServer } from '../src/index';
import { MiB, bytes, download, md5b64, postForm, postJson, putPart, split, uploadJson } from './helpers';

let srv: RunningServer;
/** The upload id storage gave: the first of the three `~`-separated fields of `upload_id`. */
const storageId = (uploadId: string): string => uploadId.split('~')[0];
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());

async function startJson(file: Buffer, extra: Record<string, unknown> = {}) {
  const r = await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'f.bin', mimetype: 'application/octet-stream', size: file.length, store: { location: 's3' }, ...extra });
  expect(r.status).toBe(200);
  return r.json as { uri: string; region: string; upload_id: string; location_url: string; upload_type?: string };
}

describe('regular multipart upload', () => {
  test('JSON generation (store{} and parts array): byte-identical on download', async () => {
    const file = bytes(11 * MiB + 123, 7);
    const r = await uploadJson(srv.url, file, { filename: 'movie.mp4', mimetype: 'video/mp4' });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ filename: 'movie.mp4', size: file.length, mimetype: 'video/mp4', container: srv.storage.bucket, status: 'Stored' });
    expect(r.json.url).toBe(srv.url + '/api/file/' + r.json.handle);
    expect(r.json.key).toMatch(/^[0-9A-F]{12}_movie\.mp4$/);
    const d = await download(r.json.url);
    expect(d.status).toBe(200);
    expect(d.headers.get('content-type')).toBe('video/mp4');
    expect(d.body.equals(file)).toBe(true);
    expect((await srv.storage.getObject(r.json.key)).equals(file)).toBe(true);
    // complete does not hash the assembled object again: its ETag is S3's multipart one (MD5 of the part MD5s, -count)
    const partMd5s = split(file, 5 * MiB).map((p) => createHash('md5').update(p).digest());
    expect(d.headers.get('etag')).toBe('"' + createHash('md5').update(Buffer.concat(partMd5s)).digest('hex') + '-3"');
    // while the metadata's md5 is still the MD5 of the bytes
    const m = await fetch(r.json.url + '/metadata');
    expect((await m.json()).md5).toBe(createHash('md5').update(file).digest('hex'));
  });

  test('form-data generation (store_* fields and a parts string)', async () => {
    const file = bytes(6 * MiB, 3);
    const start = await postForm(srv.url + '/multipart/start', { apikey: 'demo', filename: 'photo.jpg', mimetype: 'image/jpeg', size: file.length, store_location: 's3', store_path: 'legacy/', store_access: 'public' });
    expect(start.status).toBe(200);
    const s = start.json;
    expect(s).toEqual(expect.objectContaining({ region: 'us-east-1', location_url: srv.url }));
    const parts = split(file, 5 * MiB);
    const etags: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      const up = await postForm(s.location_url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: i + 1, size: parts[i].length, md5: md5b64(parts[i]), store_location: 's3' });
      expect(up.status).toBe(200);
      expect(up.json.headers).toEqual({ 'Content-MD5': md5b64(parts[i]) });
      const put = await putPart(up.json.url, up.json.headers, parts[i]);
      expect(put.status).toBe(200);
      etags.push(`${i + 1}:${put.headers.get('etag')}`);
    }
    const c = await postForm(s.location_url + '/multipart/complete', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, filename: 'photo.jpg', mimetype: 'image/jpeg', size: file.length, parts: etags.join(';'), store_location: 's3' });
    expect(c.status).toBe(200);
    expect(c.json.key).toMatch(/^legacy\/[0-9A-F]{12}_photo\.jpg$/);
    expect((await download(c.json.url)).body.equals(file)).toBe(true);
    // a repeated complete answers the same file (clients re-send complete)
    const again = await postForm(s.location_url + '/multipart/complete', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, parts: etags.join(';') });
    expect(again.status).toBe(200);
    expect(again.json.handle).toBe(c.json.handle);
  });

  test('x-www-form-urlencoded bodies are accepted too', async () => {
    const body = new URLSearchParams({ apikey: 'demo', filename: 'a.txt', mimetype: 'text/plain', size: '10' });
    const r = await fetch(srv.url + '/multipart/start', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: body.toString() });
    expect(r.status).toBe(200);
    expect((await r.json()).upload_id).toBeTruthy();
  });
});

describe('part URLs in batches (our extension)', () => {
  test('start offers it; one upload call answers several parts, each PUT passes the gate with its own signed MD5', async () => {
    const file = bytes(13 * MiB, 5);
    const s = await startJson(file);
    expect((s as Record<string, unknown>).part_urls_batch).toBe(16);
    const parts = split(file, 5 * MiB);
    const ids = { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id };
    const up = await postJson(srv.url + '/multipart/upload', { ...ids, part: 1, size: parts[0].length, md5: md5b64(parts[0]), batch: [2, 3].map((n) => ({ part: n, size: parts[n - 1].length, md5: md5b64(parts[n - 1]) })) });
    expect(up.status).toBe(200);
    const batch = up.json.batch as { part: number; url: string; headers: Record<string, string> }[];
    expect(batch.map((b) => b.part)).toEqual([2, 3]);
    expect(batch[1].headers).toEqual({ 'Content-MD5': md5b64(parts[2]) });
    // a batch URL is the part's own: part 3's bytes at part 2's URL are refused
    expect((await putPart(batch[0].url, { 'Content-MD5': md5b64(parts[2]) }, parts[2])).status).toBe(403);
    const targets = [{ url: up.json.url as string, headers: up.json.headers as Record<string, string> }, ...batch];
    const etags: { part_number: number; etag: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const put = await putPart(targets[i].url, targets[i].headers, parts[i]);
      expect(put.status).toBe(200);
      etags.push({ part_number: i + 1, etag: String(put.headers.get('etag')) });
    }
    const c = await postJson(srv.url + '/multipart/complete', { ...ids, parts: etags });
    expect(c.status).toBe(200);
    expect((await download(c.json.url)).body.equals(file)).toBe(true);
  });

  test('a malformed batch is refused naming the field; Filestack-protocol calls without it are unchanged', async () => {
    const file = bytes(6 * MiB, 6);
    const s = await startJson(file);
    const ids = { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: 5 * MiB, md5: md5b64(file.subarray(0, 5 * MiB)) };
    const bad = async (batch: unknown, message: RegExp) => {
      const r = await postJson(srv.url + '/multipart/upload', { ...ids, batch });
      expect(r.status).toBe(400);
      expect(JSON.stringify(r.json)).toMatch(message);
    };
    await bad({ part: 2 }, /batch: expected a list/);
    await bad([{ part: 1, size: 10 }], /batch\[0\]\.part: part 1 is asked for twice/);
    await bad([{ part: 2, size: 0 }], /batch\[0\]\.size/);
    await bad([{ part: 2, size: 10, md5: 'nope' }], /batch\[0\]\.md5/);
    await bad(Array.from({ length: 17 }, (_, i) => ({ part: i + 2, size: 10 })), /at most 16/);
    const plain = await postJson(srv.url + '/multipart/upload', ids);
    expect(plain.status).toBe(200);
    expect(plain.json.batch).toBeUndefined();
  });
});

describe('integrity', () => {
  test('a part whose bytes do not match the declared md5 is refused by storage (signed Content-MD5) and not kept', async () => {
    const file = bytes(7 * MiB, 9);
    const s = await startJson(file);
    const parts = split(file, 5 * MiB);
    const etags = [];
    for (let i = 0; i < parts.length; i++) {
      const up = await postJson(srv.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: i + 1, size: parts[i].length, md5: md5b64(parts[i]) });
      expect(new URL(up.json.url).searchParams.get('X-Amz-SignedHeaders')).toContain('content-md5');
      // part 2 arrives corrupted (same length, other bytes), with the header the server asked for
      const sent = i === 1 ? Buffer.from(parts[i]).fill(0x41, 0, 100) : parts[i];
      const put = await putPart(up.json.url, up.json.headers, sent);
      if (i === 1) {
        expect(put.status).toBe(400);
        expect(await put.text()).toContain('<Code>BadDigest</Code>');
      } else {
        expect(put.status).toBe(200);
      }
      etags.push({ part_number: i + 1, etag: put.headers.get('etag') || '"0123456789abcdef0123456789abcdef"' });
    }
    const c = await postJson(srv.url + '/multipart/complete', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, size: file.length, parts: etags });
    expect(c.status).toBe(400);
    expect(c.json.error).toBe('parts: part 2 is not in storage (never uploaded, or lost)');
    const key = s.uri.slice(srv.storage.bucket.length + 2);
    expect((await srv.storage.listObjects()).map((o) => o.key)).not.toContain(key);
    // the upload stays open: the part can be sent again and the upload completed
    const up = await postJson(srv.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 2, size: parts[1].length, md5: md5b64(parts[1]) });
    const put = await putPart(up.json.url, up.json.headers, parts[1]);
    expect(put.status).toBe(200);
    etags[1].etag = put.headers.get('etag') as string;
    const ok = await postJson(srv.url + '/multipart/complete', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, size: file.length, parts: etags });
    expect(ok.status).toBe(200);
    expect((await download(ok.json.url)).body.equals(file)).toBe(true);
  });

  test('a Content-MD5 header other than the signed one is refused (SignatureDoesNotMatch)', async () => {
    const file = bytes(1000, 4);
    const s = await startJson(file);
    const up = await postJson(srv.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: 1000, md5: md5b64(file) });
    const other = Buffer.alloc(1000, 7);
    const put = await putPart(up.json.url, { 'Content-MD5': md5b64(other) }, other);
    expect(put.status).toBe(403);
    expect(await put.text()).toContain('SignatureDoesNotMatch');
  });

  test('an ETag list that is not what storage holds is refused', async () => {
    const file = bytes(1000);
    const s = await startJson(file);
    const up = await postJson(srv.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: 1000 });
    expect((await putPart(up.json.url, up.json.headers, file)).status).toBe(200);
    const c = await postJson(srv.url + '/multipart/complete', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, size: 1000, parts: [{ part_number: 1, etag: '"0123456789abcdef0123456789abcdef"' }] });
    expect(c.status).toBe(400);
    expect(c.json.error).toMatch(/part 1: the ETag/);
    const missing = await postJson(srv.url + '/multipart/complete', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, size: 1000, parts: '1:x;2:y' });
    expect(missing.status).toBe(400);
  });

  test('a sum of parts other than the declared size is refused', async () => {
    const file = bytes(1000);
    const s = await startJson(Buffer.alloc(2000));
    const up = await postJson(srv.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: 1000 });
    const put = await putPart(up.json.url, up.json.headers, file);
    const c = await postJson(srv.url + '/multipart/complete', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, parts: [{ part_number: 1, etag: put.headers.get('etag') }] });
    expect(c.status).toBe(400);
    expect(c.json.error).toMatch(/^size: the parts hold 1000 bytes, but start declared 2000/);
  });
});

describe('intelligent ingestion (fii, offset, commit)', () => {
  test('chunks of 1 MiB per 8 MiB part, commit per part, complete without parts', async () => {
    const file = bytes(9 * MiB + 5, 11);
    const s = await startJson(file, { fii: true });
    expect(s.upload_type).toBe('intelligent_ingestion');
    const parts = split(file, 8 * MiB);
    for (let p = 0; p < parts.length; p++) {
      const chunks = split(parts[p], MiB);
      let offset = 0;
      // send chunks out of order: the server assembles by offset
      const order = chunks.map((_c, i) => i).reverse();
      for (const i of order) {
        offset = i * MiB;
        const up = await postJson(srv.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: p + 1, size: chunks[i].length, offset, md5: md5b64(chunks[i]), fii: true });
        expect(up.status).toBe(200);
        expect((await putPart(up.json.url, up.json.headers, chunks[i])).status).toBe(200);
      }
      const cm = await postJson(srv.url + '/multipart/commit', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: p + 1, size: file.length });
      expect(cm.status).toBe(200);
    }
    const c = await postJson(srv.url + '/multipart/complete', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, filename: 'f.bin', mimetype: 'application/octet-stream', size: file.length, fii: true });
    expect(c.status).toBe(200);
    expect((await download(c.json.url)).body.equals(file)).toBe(true);
    // the staged chunks are gone
    expect((await srv.storage.listObjects()).filter((o) => o.key.indexOf('.fp-fii/') === 0)).toEqual([]);
  });

  test('a commit with a missing chunk or a corrupted chunk is refused', async () => {
    const file = bytes(3 * MiB, 12);
    const s = await startJson(file, { fii: true });
    const chunks = split(file, MiB);
    for (const i of [0, 2]) {
      const up = await postJson(srv.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: MiB, offset: i * MiB, md5: md5b64(chunks[i]) });
      await putPart(up.json.url, up.json.headers, chunks[i]);
    }
    const gap = await postJson(srv.url + '/multipart/commit', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1 });
    expect(gap.status).toBe(400);
    expect(gap.json.error).toMatch(/part 1 is missing bytes at offset 1048576/);
    const up = await postJson(srv.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: MiB, offset: MiB, md5: md5b64(chunks[1]) });
    // a corrupted chunk is refused by storage and not kept: the gap stays
    const corrupted = await putPart(up.json.url, up.json.headers, Buffer.alloc(MiB, 1));
    expect(corrupted.status).toBe(400);
    expect(await corrupted.text()).toContain('<Code>BadDigest</Code>');
    const bad = await postJson(srv.url + '/multipart/commit', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1 });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/part 1 is missing bytes at offset 1048576/);
    expect((await srv.storage.listObjects()).filter((o) => o.key.indexOf('.fp-fii/') === 0)).toHaveLength(2);
    const ab = await postJson(srv.url + '/multipart/abort', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id });
    expect(ab.status).toBe(200);
    expect((await srv.storage.listObjects()).filter((o) => o.key.indexOf('.fp-fii/') === 0)).toEqual([]);
  });
});

describe('abort and expiry', () => {
  test('abort leaves no parts in storage, and later part PUTs are refused', async () => {
    const file = bytes(5 * MiB, 21);
    const s = await startJson(Buffer.alloc(10 * MiB));
    const up = await postJson(srv.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: file.length, md5: md5b64(file) });
    expect((await putPart(up.json.url, up.json.headers, file)).status).toBe(200);
    expect((await srv.storage.listMultipartUploads()).map((u) => u.uploadId)).toContain(storageId(s.upload_id));
    const ab = await postJson(srv.url + '/multipart/abort', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id });
    expect(ab.status).toBe(200);
    expect((await srv.storage.listMultipartUploads()).map((u) => u.uploadId)).not.toContain(storageId(s.upload_id));
    const late = await putPart(up.json.url, up.json.headers, file);
    expect(late.status).toBe(404);
    expect((await srv.storage.listMultipartUploads()).map((u) => u.uploadId)).not.toContain(storageId(s.upload_id));
    const again = await postJson(srv.url + '/multipart/abort', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id });
    expect(again.status).toBe(200);
    const c = await postJson(srv.url + '/multipart/complete', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, parts: '1:x' });
    expect(c.status).toBe(400);
    expect(c.json.error).toMatch(/^upload_id: unknown upload/);
  });

  test('an abort during a part PUT cuts it and leaves nothing behind', async () => {
    const s = await startJson(Buffer.alloc(10 * MiB));
    const up = await postJson(srv.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: 5 * MiB });
    // a PUT that sends its first bytes and then waits
    let push!: (c: Uint8Array | null) => void;
    const body = new ReadableStream<Uint8Array>({
      start(ctl) {
        push = (c) => (c ? ctl.enqueue(c) : ctl.close());
      },
    });
    const put = fetch(up.json.url, { method: 'PUT', body, headers: { 'Content-Length': String(5 * MiB) }, duplex: 'half' } as RequestInit).catch((e) => e);
    push(new Uint8Array(64 * 1024));
    await new Promise((r) => setTimeout(r, 200));
    const ab = await postJson(srv.url + '/multipart/abort', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id });
    expect(ab.status).toBe(200);
    await put;
    await new Promise((r) => setTimeout(r, 500));
    expect((await srv.storage.listMultipartUploads()).map((u) => u.uploadId)).not.toContain(storageId(s.upload_id));
  });

  test('after a restart, uploads storage still holds are swept once past the TTL', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'fp-restart-'));
    const first = await startServer({ dataDir });
    const s = (await postJson(first.url + '/multipart/start', { apikey: 'demo', filename: 'x', size: 10 })).json;
    const up = await postJson(first.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: 10 });
    await putPart(up.json.url, up.json.headers, Buffer.alloc(10));
    await first.close();
    await new Promise((res) => setTimeout(res, 300));
    const second = await startServer({ dataDir, uploadTtlMs: 200, sweepIntervalMs: 100000 });
    try {
      // the startup sweep already ran
      expect(await second.storage.listMultipartUploads()).toEqual([]);
    } finally {
      await second.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('the sweeper aborts uploads older than uploadTtlMs', async () => {
    const ttl = 1500; // room for a loaded machine: the part below must still be inside the TTL
    const short = await startServer({ uploadTtlMs: ttl, sweepIntervalMs: 100000 });
    try {
      const started = Date.now();
      const r = await postJson(short.url + '/multipart/start', { apikey: 'demo', filename: 'x', size: 10 });
      const s = r.json;
      const up = await postJson(short.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: 10 });
      await putPart(up.json.url, up.json.headers, Buffer.alloc(10));
      expect(await short.storage.listMultipartUploads()).toHaveLength(1);
      await new Promise((res) => setTimeout(res, Math.max(0, started + ttl + 200 - Date.now())));
      expect(await short.sweep()).toBe(1);
      expect(await short.storage.listMultipartUploads()).toEqual([]);
      const c = await postJson(short.url + '/multipart/complete', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, parts: '1:x' });
      expect(c.status).toBe(400);
    } finally {
      await short.close();
    }
  });
});

describe('202 while completing', () => {
  test('a completion slower than completeWaitMs answers 202, and a later identical call the result', async () => {
    const slow = await startServer({ completeWaitMs: 1 });
    try {
      const file = bytes(12 * MiB, 5);
      const start = (await postJson(slow.url + '/multipart/start', { apikey: 'demo', filename: 'big.bin', size: file.length })).json;
      const etags = [];
      const parts = split(file, 6 * MiB);
      for (let i = 0; i < parts.length; i++) {
        const up = await postJson(slow.url + '/multipart/upload', { apikey: 'demo', uri: start.uri, region: start.region, upload_id: start.upload_id, part: i + 1, size: parts[i].length });
        const put = await putPart(up.json.url, up.json.headers, parts[i]);
        etags.push({ part_number: i + 1, etag: put.headers.get('etag') });
      }
      const body = { apikey: 'demo', uri: start.uri, region: start.region, upload_id: start.upload_id, size: file.length, parts: etags };
      const first = await postJson(slow.url + '/multipart/complete', body);
      expect(first.status).toBe(202);
      let last = first;
      for (let i = 0; i < 100 && last.status === 202; i++) {
        await new Promise((r) => setTimeout(r, 50));
        last = await postJson(slow.url + '/multipart/complete', body);
      }
      expect(last.status).toBe(200);
      expect((await download(last.json.url)).body.equals(file)).toBe(true);
    } finally {
      await slow.close();
    }
  });
});

describe('sameOriginStorage (npm start): storage mounted at /s3/ on the API origin', () => {
  test('part URLs are same-origin, the upload round-trips, and the gate still applies', async () => {
    const same = await startServer({ sameOriginStorage: true });
    try {
      const file = bytes(6 * MiB + 1, 8);
      const start = (await postJson(same.url + '/multipart/start', { apikey: 'demo', filename: 's.bin', size: file.length, store: { access: 'public' } })).json;
      const up = await postJson(same.url + '/multipart/upload', { apikey: 'demo', uri: start.uri, region: start.region, upload_id: start.upload_id, part: 1, size: 5 * MiB, md5: md5b64(file.subarray(0, 5 * MiB)) });
      expect(up.json.url.indexOf(same.url + '/s3/' + same.storage.bucket + '/')).toBe(0);
      const bad = new URL(up.json.url);
      bad.searchParams.set('X-Amz-Signature', 'f'.repeat(64));
      expect((await putPart(bad.href, up.json.headers, file.subarray(0, 5 * MiB))).status).toBe(403);
      const r = await uploadJson(same.url, file, { filename: 's.bin', store: { location: 's3', access: 'public' } });
      expect(r.status).toBe(200);
      expect((await download(same.url + '/s3/' + same.storage.bucket + '/' + r.json.key)).body.equals(file)).toBe(true);
      await postJson(same.url + '/multipart/abort', { apikey: 'demo', uri: start.uri, region: start.region, upload_id: start.upload_id });
    } finally {
      await same.close();
    }
  });
});

describe('location_url', () => {
  test('a bare host (and path), as Filestack answers it, when the public URL is https', async () => {
    const https = await startServer({ publicUrl: 'https://files.example.com/fp/' });
    try {
      const s = (await postJson(https.url + '/multipart/start', { apikey: 'demo', filename: 'h.bin', size: 10 })).json;
      expect(s.location_url).toBe('files.example.com/fp');
      const up = await postJson(https.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: 10 });
      expect(up.json.location_url).toBe('files.example.com/fp');
    } finally {
      await https.close();
    }
  });
});

describe('upload ids', () => {
  test('carry the upload, signed: a changed fact or another secret is an unknown upload, another uri is named', async () => {
    const s = await startJson(Buffer.alloc(10));
    const [id, facts, mac] = s.upload_id.split('~');
    const changed = JSON.parse(Buffer.from(facts, 'base64url').toString());
    changed.s = 20;
    const forged = [id, Buffer.from(JSON.stringify(changed)).toString('base64url'), mac].join('~');
    const base = { apikey: 'demo', uri: s.uri, region: s.region, part: 1, size: 10 };
    expect((await postJson(srv.url + '/multipart/upload', { ...base, upload_id: forged })).json.error).toMatch(/^upload_id: unknown upload/);
    expect((await postJson(srv.url + '/multipart/upload', { ...base, upload_id: s.upload_id, uri: s.uri + 'x' })).json.error).toBe('uri: does not belong to this upload_id');
    const other = await startServer({ sharedSecret: 'another secret' });
    try {
      expect((await postJson(other.url + '/multipart/upload', { ...base, upload_id: s.upload_id })).json.error).toMatch(/^upload_id: unknown upload/);
    } finally {
      await other.close();
    }
  });
});
