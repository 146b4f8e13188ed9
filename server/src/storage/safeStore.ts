/**
 * Replaces the two calls of s3rver's file store that write into an upload's folder (UploadPart and
 * CompleteMultipartUpload) with versions that can race an abort without taking the process down. s3rver's own ones
 * open file streams without an 'error' handler (an abort that removes the folder meanwhile throws ENOENT out of the
 * process), re-create the folder of an aborted upload, and write a part in place (a stalled, superseded write
 * truncates the part a later write stored). These:
 *  - handle 'error' on every stream and answer a request error instead;
 *  - refuse a part for an upload that is gone or being aborted (404 NoSuchUpload), never re-creating its folder;
 *  - write a part to a file of its own and move it into place only when it is whole, and only when no write of the
 *    same part that began later has been stored meanwhile (the older write is refused: 409 OperationAborted), and
 *    whose bytes match its `Content-MD5` when it has one (else 400 BadDigest, nothing kept);
 *  - count the writes and completions running per upload, so an abort can wait for them to end before it removes
 *    the folder (see UploadLocks);
 *  - complete without reading, hashing or writing the bytes again (s3rver's reads, hashes and rewrites them through
 *    streams): the object becomes the list of its part files, linked into place (partList.ts), and its ETag is S3's
 *    multipart one, made from the parts' MD5s (routes/fileMd5.ts answers the bytes' MD5 in metadata);
 *  - replace an object (PutObject, complete) one change at a time per key, removing the part list it replaced.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as crypto from 'crypto';
import { Readable, Transform } from 'stream';
import { pipeline } from 'stream/promises';
import { UploadLocks } from './uploadLocks';
import { installPartLists, ListOptions, PartListStore } from './partListStore';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- s3rver's error model has no typed entry point
const S3Error = require('s3rver/lib/models/error') as new (code: string, message: string) => Error;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- s3rver's object model has no typed entry point
const S3Object = require('s3rver/lib/models/object') as new (bucket: string, key: string, content: null, metadata: unknown) => { metadata: Record<string, string> };

/** The part of s3rver's FilesystemStore these replacements use and replace. */
export interface S3rverFileStore {
  getResourcePath(bucket: string, key: string | undefined, resource: string): string;
  getBucketPath(bucket: string): string;
  getMetadata(bucket: string, key: string): Promise<Record<string, string>>;
  getSubresource(bucket: string, key: undefined, resourceType: 'cors'): Promise<unknown>;
  getObject(bucket: string, key: string, options?: { start?: number; end?: number }): Promise<unknown>;
  copyObject(srcBucket: string, srcKey: string, destBucket: string, destKey: string, replacementMetadata: Record<string, string> | null): Promise<Record<string, string>>;
  deleteObject(bucket: string, key: string): Promise<void>;
  listObjects(bucket: string, options: ListOptions): Promise<unknown>;
  putObject(object: { bucket: string; key: string; content: Readable | Buffer; metadata: Record<string, string> }): Promise<{ size: number; md5: string }>;
  putMetadata(bucket: string, key: string, metadata: Record<string, string>, md5: string): Promise<void>;
  putPart(bucket: string, uploadId: string, partNumber: string | number, content: Readable): Promise<{ size: number; md5: string }>;
  putObjectMultipart(bucket: string, uploadId: string, parts: { number: number; etag: string }[]): Promise<{ size: number; md5: string }>;
}

function noSuchUpload(): Error {
  return new S3Error('NoSuchUpload', 'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.');
}

async function exists(file: string): Promise<boolean> {
  return fs.promises.stat(file).then(
    () => true,
    () => false,
  );
}

/** Streams `content` into `file`, hashing it; every stream's error rejects. */
async function writeHashed(content: Readable | AsyncIterable<Buffer>, file: string): Promise<{ size: number; md5: string }> {
  const hash = crypto.createHash('md5');
  let size = 0;
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(content, count, fs.createWriteStream(file, { flags: 'wx' }));
  return { size, md5: hash.digest('hex') };
}

/** Writes the object whole to a file of its own, then moves it into place with its metadata (as s3rver lays it). */
async function storeObject(store: S3rverFileStore, lists: PartListStore, o: { bucket: string; key: string; content: Readable | Buffer; metadata: Record<string, string> }): Promise<{ size: number; md5: string }> {
  const target = store.getResourcePath(o.bucket, o.key, 'object');
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  try {
    const r = await writeHashed(Buffer.isBuffer(o.content) ? Readable.from([o.content]) : o.content, tmp);
    await lists.replacing(target, async () => {
      await fs.promises.rename(tmp, target);
      await store.putMetadata(o.bucket, o.key, o.metadata, r.md5);
    });
    return r;
  } finally {
    await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
  }
}

/** Installs the safe writes and the part-list layout; returns the latter (its folders being built, for the sweep). */
export function makeStoreSafe(store: S3rverFileStore, locks: UploadLocks): PartListStore {
  const lists = installPartLists(store);
  const uploadsDir = (bucket: string, uploadId: string): string => path.join(store.getResourcePath(bucket, undefined, 'uploads'), uploadId);
  /** when the newest stored write of each part began, by `<uploadId>/<part>` */
  const storedSince = new Map<string, number>();
  let seq = 0;

  store.putPart = async (bucket, uploadId, partNumber, content) => {
    const release = locks.enter(uploadId);
    if (!release) throw noSuchUpload();
    const began = ++seq;
    const dir = uploadsDir(bucket, uploadId);
    const tmp = path.join(dir, `.${partNumber}.${process.pid}.${began}.tmp`);
    let moved = false;
    try {
      if (!(await exists(path.join(dir, 'key')))) throw noSuchUpload();
      const r = await writeHashed(content, tmp);
      const declared = (content as Readable & { headers?: Record<string, unknown> }).headers?.['content-md5'];
      if (typeof declared === 'string' && declared && Buffer.from(declared, 'base64').toString('hex') !== r.md5) {
        throw new S3Error('BadDigest', 'The Content-MD5 you specified did not match what we received.');
      }
      const id = uploadId + '/' + partNumber;
      if ((storedSince.get(id) || 0) > began) throw new S3Error('OperationAborted', 'A write of this part that began later has been stored; this older one is dropped.');
      storedSince.set(id, began);
      await fs.promises.writeFile(tmp + '.md5', r.md5);
      await fs.promises.rename(tmp, path.join(dir, String(partNumber)));
      await fs.promises.rename(tmp + '.md5', path.join(dir, partNumber + '.md5'));
      moved = true;
      return r;
    } finally {
      // both files moved into place leave nothing to clean up
      if (!moved) await Promise.all([fs.promises.rm(tmp, { force: true }), fs.promises.rm(tmp + '.md5', { force: true })]).catch(() => undefined);
      release();
    }
  };

  // PutObject (chunks of intelligent ingestion among them): the same, whole or not at all, no unhandled stream error
  store.putObject = (o) => storeObject(store, lists, o);

  store.putObjectMultipart = async (bucket, uploadId, parts) => {
    const release = locks.enter(uploadId);
    if (!release) throw noSuchUpload();
    try {
      const dir = uploadsDir(bucket, uploadId);
      const [key, metadata] = await Promise.all([
        fs.promises.readFile(path.join(dir, 'key'), 'utf8'),
        fs.promises.readFile(path.join(dir, 'metadata'), 'utf8').then((t) => JSON.parse(t) as unknown),
      ]).catch(() => {
        throw noSuchUpload();
      });
      const numbers = parts.map((p) => p.number).sort((a, b) => a - b);
      const md5s = await Promise.all(numbers.map((n) => fs.promises.readFile(path.join(dir, n + '.md5'), 'utf8').then((t) => t.trim(), () => null)));
      const files: [string, string][] = numbers.map((n, i) => [path.join(dir, String(n)), md5s[i] || '']);
      for (const [f, md5] of files) if (!md5 || !(await exists(f))) throw new S3Error('InvalidPart', 'One or more of the specified parts could not be found.');
      const result = await lists.storeParts(bucket, key, new S3Object(bucket, key, null, metadata).metadata, files);
      await fs.promises.rm(dir, { recursive: true, force: true });
      return result;
    } finally {
      release();
    }
  };
  return lists;
}
