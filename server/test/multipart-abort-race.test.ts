/**
 * Aborts racing part PUTs and completions on the built-in storage, over real HTTP: the process stays up (a storage
 * stream error would end this test process), both sides end cleanly, storage keeps nothing of an aborted upload, and
 * a superseded (stale) part write never replaces the part a later write stored.
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import { startServer, RunningServer } from '../src/index';
import { bytes, download, md5b64, MiB, postJson, putPart } from './helpers';

jest.setTimeout(60000);
let srv: RunningServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());

interface Started {
  uri: string;
  region: string;
  upload_id: string;
}

const ref = (s: Started) => ({ apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function start(size: number, name: string): Promise<Started> {
  const r = await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: name, size });
  expect(r.status).toBe(200);
  return r.json;
}

async function partUrl(s: Started, part: number, body: Buffer): Promise<{ url: string; headers: Record<string, string> }> {
  const r = await postJson(srv.url + '/multipart/upload', { ...ref(s), part, size: body.length, md5: md5b64(body) });
  expect(r.status).toBe(200);
  return r.json;
}

/** What s3rver's data folder still holds of open uploads (folders, part files). */
async function uploadFolders(): Promise<string[]> {
  const root = path.join(srv.storage.dir as string, srv.storage.bucket, '._S3rver_uploads');
  return fsp.readdir(root).catch(() => []);
}

/** A PUT that streams its body in slices with pauses, so an abort lands while storage writes it. */
function slowPut(url: string, headers: Record<string, string>, body: Buffer, slices: number, pauseMs: number): Promise<number | string> {
  const stream = new ReadableStream<Uint8Array>({
    async start(ctl) {
      const step = Math.ceil(body.length / slices);
      for (let i = 0; i < body.length; i += step) {
        ctl.enqueue(new Uint8Array(body.subarray(i, i + step)));
        await sleep(pauseMs);
      }
      ctl.close();
    },
  });
  const init = { method: 'PUT', body: stream, headers: { ...headers, 'Content-Length': String(body.length) }, duplex: 'half' };
  return fetch(url, init as RequestInit).then(
    (r) => r.status,
    (e: Error) => e.message,
  );
}

test('many cancels racing part PUTs: the server stays up, every abort answers 200, storage keeps nothing', async () => {
  const file = bytes(6 * MiB, 3);
  const parts = [file.subarray(0, 5 * MiB), file.subarray(5 * MiB)];
  const runs = Array.from({ length: 12 }, async (_, i) => {
    const s = await start(file.length, 'race' + i + '.bin');
    const urls = await Promise.all(parts.map((p, n) => partUrl(s, n + 1, p)));
    const puts = parts.map((p, n) => slowPut(urls[n].url, urls[n].headers, p, 8, 10 + (i % 4) * 5));
    await sleep((i % 6) * 15);
    const ab = await postJson(srv.url + '/multipart/abort', ref(s));
    const outcomes = await Promise.all(puts);
    // a late PUT is refused, never re-creating the upload
    const late = await putPart(urls[1].url, urls[1].headers, parts[1]);
    return { abort: ab.status, outcomes, late: late.status };
  });
  const results = await Promise.all(runs);
  for (const r of results) {
    expect(r.abort).toBe(200);
    expect(r.late).toBe(404);
    for (const o of r.outcomes) expect([200, 404, 'fetch failed']).toContain(o);
  }
  expect(await srv.storage.listMultipartUploads()).toEqual([]);
  expect(await uploadFolders()).toEqual([]);
  expect((await srv.storage.listObjects()).filter((o) => /^race\d+\.bin$/.test(o.key))).toEqual([]);
  expect((await fetch(srv.url + '/health')).status).toBe(200);
});

test('aborts racing completions: exactly one wins, and storage agrees with the answers', async () => {
  const file = bytes(5 * MiB + 1000, 5);
  const parts = [file.subarray(0, 5 * MiB), file.subarray(5 * MiB)];
  const runs = Array.from({ length: 8 }, async (_, i) => {
    const s = await start(file.length, 'done' + i + '.bin');
    const tags: string[] = [];
    for (let n = 0; n < parts.length; n++) {
      const u = await partUrl(s, n + 1, parts[n]);
      const put = await putPart(u.url, u.headers, parts[n]);
      expect(put.status).toBe(200);
      tags.push(String(put.headers.get('etag')));
    }
    const complete = postJson(srv.url + '/multipart/complete', { ...ref(s), size: file.length, parts: tags.map((etag, n) => ({ part_number: n + 1, etag })) });
    await sleep(i * 3);
    const [c, a] = await Promise.all([complete, postJson(srv.url + '/multipart/abort', ref(s))]);
    return { c, a };
  });
  for (const { c, a } of await Promise.all(runs)) {
    if (a.status === 200) {
      expect(c.status).toBe(400);
      expect(c.json.error).toMatch(/^upload_id: unknown upload/);
    } else {
      expect(a.status).toBe(409);
      expect(c.status).toBe(200);
      expect((await download(c.json.url)).body.equals(file)).toBe(true);
    }
  }
  expect(await srv.storage.listMultipartUploads()).toEqual([]);
  expect(await uploadFolders()).toEqual([]);
  expect((await fetch(srv.url + '/health')).status).toBe(200);
});

test('a stale part write that ends after a later write of the same part is refused and changes nothing', async () => {
  const file = bytes(2000, 9);
  const s = await start(file.length, 'stale.bin');
  const u = await partUrl(s, 1, file);
  // the stale write's bytes reach storage at once, then trickle for about 1.5 s
  const stale = slowPut(u.url, u.headers, file, 6, 250);
  await sleep(500);
  const fresh = await putPart(u.url, u.headers, file);
  expect(fresh.status).toBe(200);
  expect(await stale).toBe(409);
  const c = await postJson(srv.url + '/multipart/complete', { ...ref(s), size: file.length, parts: [{ part_number: 1, etag: fresh.headers.get('etag') }] });
  expect(c.status).toBe(200);
  expect((await download(c.json.url)).body.equals(file)).toBe(true);
});

test('a part whose bytes do not match its Content-MD5 is not kept', async () => {
  const file = bytes(1000, 11);
  const s = await start(file.length, 'digest.bin');
  const u = await partUrl(s, 1, file);
  const bad = Buffer.from(file);
  bad[10] ^= 1;
  const r = await putPart(u.url, u.headers, bad);
  expect(r.status).toBe(400);
  expect(await r.text()).toContain('<Code>BadDigest</Code>');
  const folder = path.join(srv.storage.dir as string, srv.storage.bucket, '._S3rver_uploads', (s.upload_id as string).split('~')[0]);
  expect((await fsp.readdir(folder)).sort()).toEqual(['key', 'metadata']);
  expect((await postJson(srv.url + '/multipart/abort', ref(s))).status).toBe(200);
});
