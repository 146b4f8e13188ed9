/**
 * The built-in storage keeps an object assembled from parts as the list of its part files (no second write of the
 * bytes on complete): every read, copy, delete, overwrite and restart serves it as the bytes it holds, over real HTTP
 * (the reference server and its embedded storage on loopback).
 */
import { createHash } from 'crypto';
import { mkdtempSync, promises as fsp, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Readable } from 'stream';
import { startServer, RunningServer } from '../src/index';
import { builtinClient } from '../src/storage/builtin';
import type { Storage } from '../src/storage/Storage';
import { linkParts, newPartsFolder, PARTS_ROOT, writeManifest } from '../src/storage/partList';
import { sweepOrphanParts } from '../src/storage/orphanSweep';
import { MiB, bytes, download, reply, split, uploadJson } from './helpers';

const SECRET = 'layout-test-secret';
const md5 = (b: Buffer) => createHash('md5').update(b).digest('hex');
const multipartEtag = (parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts.map((p) => createHash('md5').update(p).digest()))).digest('hex') + '-' + parts.length;

let dataDir: string;
let srv: RunningServer;
let st: Storage;

async function start(): Promise<void> {
  srv = await startServer({ dataDir, sharedSecret: SECRET });
  st = builtinClient(srv.storage.endpoint, SECRET, srv.storage.bucket, 'us-east-1', 3600);
}
async function stop(): Promise<void> {
  st.destroy();
  await srv.close();
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'fp-layout-'));
  await start();
});
afterAll(async () => {
  await stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const bucketDir = () => path.join(srv.storage.dir as string, srv.storage.bucket);
const objectFile = (key: string) => path.join(bucketDir(), key + '._S3rver_object');
const partFolders = async () => (await fsp.readdir(path.join(bucketDir(), PARTS_ROOT)).catch(() => [] as string[])).sort();

/** A multipart upload of `parts` to `key` straight through the storage's S3 API. */
async function storeParts(key: string, parts: Buffer[]): Promise<string> {
  const id = await st.createMultipart(srv.storage.bucket, key, 'application/octet-stream', { 'fp-test': 'yes' });
  const stored = [];
  for (let i = 0; i < parts.length; i++) stored.push({ partNumber: i + 1, etag: await st.uploadPart(srv.storage.bucket, key, id, i + 1, Readable.from([parts[i]]), parts[i].length), size: parts[i].length });
  return st.complete(srv.storage.bucket, key, id, stored);
}

async function read(key: string, range?: string): Promise<Buffer> {
  const o = await st.get(srv.storage.bucket, key, range);
  return Buffer.from(await (o.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray());
}

describe('an upload through the API', () => {
  const file = bytes(11 * MiB + 7, 3);
  const parts = split(file, 5 * MiB);
  let url = '';
  let key = '';

  beforeAll(async () => {
    const r = await uploadJson(srv.url, file, { filename: 'parts.bin' });
    expect(r.status).toBe(200);
    url = r.json.url;
    key = r.json.key;
  });

  test('is stored as a link to its part list, and reads back byte for byte', async () => {
    expect((await fsp.lstat(objectFile(key))).isSymbolicLink()).toBe(true);
    const got = await download(url);
    expect(got.status).toBe(200);
    expect(got.body.equals(file)).toBe(true);
  });

  test('ranges: first byte, last byte, across one and two part boundaries, suffixes, and 416 beyond the end', async () => {
    const n = file.length;
    const cases: [string, number, number][] = [
      ['bytes=0-0', 0, 0],
      [`bytes=${n - 1}-${n - 1}`, n - 1, n - 1],
      [`bytes=${5 * MiB - 3}-${5 * MiB + 2}`, 5 * MiB - 3, 5 * MiB + 2],
      [`bytes=${5 * MiB - 1}-${10 * MiB}`, 5 * MiB - 1, 10 * MiB],
      [`bytes=${10 * MiB}-`, 10 * MiB, n - 1],
      ['bytes=-10', n - 10, n - 1],
      [`bytes=-${MiB + 20}`, n - MiB - 20, n - 1],
      [`bytes=-${n + 5}`, 0, n - 1],
    ];
    for (const [range, a, b] of cases) {
      const got = await download(url, { Range: range });
      expect([range, got.status]).toEqual([range, 206]);
      expect(got.headers.get('content-range')).toBe(`bytes ${a}-${b}/${n}`);
      expect(got.body.equals(file.subarray(a, b + 1))).toBe(true);
      // straight from storage too
      expect((await read(key, range)).equals(file.subarray(a, b + 1))).toBe(true);
    }
    expect((await download(url, { Range: `bytes=${n}-` })).status).toBe(416);
    await expect(st.get(srv.storage.bucket, key, `bytes=${n}-`)).rejects.toThrow(/range/i);
    await expect(st.get(srv.storage.bucket, key, 'bytes=-0')).rejects.toThrow(/range/i);
  });

  test('HEAD answers the size and the multipart ETag, as before; /metadata the MD5 of the bytes', async () => {
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe(String(file.length));
    expect(head.headers.get('etag')).toBe(`"${multipartEtag(parts)}"`);
    const h = await st.head(srv.storage.bucket, key);
    expect(h && h.size).toBe(file.length);
    expect(h && h.etag).toBe(multipartEtag(parts));
    expect((await reply(await fetch(url + '/metadata?md5=true'))).json.md5).toBe(md5(file));
    expect((await srv.storage.listObjects()).filter((o) => o.key === key)).toEqual([{ key, size: file.length }]);
  });
});

describe('storage calls on a part-list object', () => {
  const file = bytes(10 * MiB + 3, 5);
  const parts = split(file, 5 * MiB);

  test('CopyObject links the same parts: the copy reads the same, and survives the source being deleted', async () => {
    await storeParts('copy/src.bin', parts);
    const before = await partFolders();
    await st.copy({ bucket: srv.storage.bucket, key: 'copy/src.bin' }, srv.storage.bucket, 'copy/dest.bin', 'text/plain', { 'fp-x': '1' }, false);
    expect((await partFolders()).length).toBe(before.length + 1);
    expect((await read('copy/dest.bin')).equals(file)).toBe(true);
    const h = await st.head(srv.storage.bucket, 'copy/dest.bin');
    expect(h && [h.size, h.contentType, h.metadata['fp-x']]).toEqual([file.length, 'text/plain', '1']);
    await st.delete(srv.storage.bucket, 'copy/src.bin');
    expect(await partFolders()).toHaveLength(before.length);
    expect((await read('copy/dest.bin', 'bytes=5242879-5242880')).equals(file.subarray(5 * MiB - 1, 5 * MiB + 1))).toBe(true);
  });

  test('delete removes the link and its part files', async () => {
    await storeParts('gone.bin', parts);
    const before = await partFolders();
    await st.delete(srv.storage.bucket, 'gone.bin');
    expect(await st.head(srv.storage.bucket, 'gone.bin')).toBeNull();
    await expect(fsp.lstat(objectFile('gone.bin'))).rejects.toThrow(/ENOENT/);
    expect((await partFolders()).length).toBe(before.length - 1);
  });

  test('overwrites: plain by parts, parts by parts, parts by plain; each replaced part list is removed', async () => {
    const k = 'over/write.bin';
    const folders0 = (await partFolders()).length;
    await st.putObject(srv.storage.bucket, k, Buffer.from('plain one'), 9, 'text/plain', {}, false);
    expect((await read(k)).toString()).toBe('plain one');
    expect(await storeParts(k, parts)).toBe(multipartEtag(parts));
    expect((await read(k)).equals(file)).toBe(true);
    const other = bytes(5 * MiB + 11, 9);
    await storeParts(k, split(other, 5 * MiB));
    expect((await read(k)).equals(other)).toBe(true);
    expect((await partFolders()).length).toBe(folders0 + 1);
    await st.putObject(srv.storage.bucket, k, Buffer.from('plain two'), 9, 'text/plain', {}, false);
    expect((await read(k)).toString()).toBe('plain two');
    expect((await st.head(srv.storage.bucket, k))?.etag).toBe(md5(Buffer.from('plain two')));
    expect((await partFolders()).length).toBe(folders0);
    expect((await fsp.lstat(objectFile(k))).isFile()).toBe(true);
  });

  test('a plain object keeps its layout, and suffix ranges read it right too', async () => {
    const body = Buffer.from('0123456789abcdef');
    await st.putObject(srv.storage.bucket, 'plain.txt', body, body.length, 'text/plain', {}, false);
    expect((await fsp.lstat(objectFile('plain.txt'))).isFile()).toBe(true);
    expect((await read('plain.txt', 'bytes=-4')).toString()).toBe('cdef');
    expect((await read('plain.txt', 'bytes=0-0')).toString()).toBe('0');
  });
});

describe('crash safety and restart', () => {
  const file = bytes(10 * MiB + 1, 7);
  const parts = split(file, 5 * MiB);

  test('a completion cut off before its link leaves the old object, and the orphan sweep removes its folder', async () => {
    await storeParts('crash.bin', parts);
    const kept = await partFolders();
    // what a completion cut off half way leaves: parts linked (one without a manifest, one with it) but no link made
    const dir1 = await newPartsFolder(bucketDir());
    await linkParts(dir1, [[path.join(bucketDir(), PARTS_ROOT, kept[0], '1'), '1']]);
    const dir2 = await newPartsFolder(bucketDir());
    await linkParts(dir2, [[path.join(bucketDir(), PARTS_ROOT, kept[0], '1'), '1']]);
    await writeManifest(dir2, { version: 1, key: 'crash.bin', size: 5 * MiB, etag: 'x-1', modified: new Date().toISOString(), metadata: {}, parts: [{ file: '1', size: 5 * MiB, md5: 'x' }] });
    expect((await read('crash.bin')).equals(file)).toBe(true);
    const sweep = { dir: srv.storage.dir as string, objectPath: (b: string, k: string) => path.join(srv.storage.dir as string, b, k + '._S3rver_object') };
    // too young to be judged an orphan
    expect(await sweepOrphanParts({ ...sweep, graceMs: 60000 })).toBe(0);
    expect(await sweepOrphanParts({ ...sweep, graceMs: 0 })).toBe(2);
    expect(await partFolders()).toEqual(kept);
    expect((await read('crash.bin')).equals(file)).toBe(true);
  });

  test('after a restart over the same data folder, part-list objects and plain files of an earlier version read back', async () => {
    await storeParts('restart.bin', parts);
    // an object as the previous version stored a completed upload: one plain file, the multipart ETag beside it
    await fsp.writeFile(objectFile('earlier.bin'), file);
    await fsp.writeFile(objectFile('earlier.bin') + '.md5', multipartEtag(parts));
    await stop();
    await start();
    expect((await read('restart.bin')).equals(file)).toBe(true);
    expect((await read('restart.bin', 'bytes=-3')).equals(file.subarray(file.length - 3))).toBe(true);
    expect((await read('earlier.bin')).equals(file)).toBe(true);
    expect((await read('earlier.bin', 'bytes=5242880-5242881')).equals(file.subarray(5 * MiB, 5 * MiB + 2))).toBe(true);
    expect((await st.head(srv.storage.bucket, 'earlier.bin'))?.etag).toBe(multipartEtag(parts));
    const keys = (await srv.storage.listObjects()).map((o) => o.key);
    expect(keys).toEqual(expect.arrayContaining(['restart.bin', 'earlier.bin']));
  });
});
