/**
 * s3rver's file store, taught the part-list layout (partList.ts): the calls that read, copy, list or delete an object
 * serve or handle a part-list object as they do a plain file. Also fixes two range slips of s3rver's reads (`bytes=0-0`
 * answered the whole object; suffix ranges are resolved in embedded.ts, where the header is still whole).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as crypto from 'crypto';
import type { Readable } from 'stream';
import { KeyLocks } from './keyLocks';
import { listObjects, ListOptions } from './listing';
import { commitPartList, linkParts, Manifest, newPartsFolder, readLayout, removePartsFolder, writeManifest } from './partList';
import { openPartRange } from './partStream';
import type { S3rverFileStore } from './safeStore';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- s3rver's object model has no typed entry point
const S3Object = require('s3rver/lib/models/object') as {
  new (bucket: string, key: string, content: Readable | null, metadata: unknown): { metadata: Record<string, string>; range?: { start: number; end: number } };
  ALLOWED_METADATA: string[];
};

type Meta = Record<string, string>;

/** What s3rver keeps of an object's metadata (its `putMetadata`'s choice). */
export function storedMetadata(m: Record<string, unknown>): Meta {
  const out: Meta = {};
  for (const k of Object.keys(m)) if ((S3Object.ALLOWED_METADATA.indexOf(k) >= 0 || k.indexOf('x-amz-meta-') === 0) && m[k] !== undefined) out[k] = String(m[k]);
  return out;
}

function intrinsic(m: Manifest): Meta {
  return { ...m.metadata, etag: JSON.stringify(m.etag), 'last-modified': new Date(m.modified).toUTCString(), 'content-length': String(m.size) };
}

/** The S3 multipart ETag of parts with these hex MD5s. */
export function multipartEtag(md5s: string[]): string {
  const hash = crypto.createHash('md5');
  for (const m of md5s) hash.update(Buffer.from(m, 'hex'));
  return hash.digest('hex') + '-' + md5s.length;
}

/** The byte range asked, within `size`; `null`: none asked; `false`: not satisfiable. */
function rangeOf(size: number, o?: { start?: number; end?: number }): { start: number; end: number } | null | false {
  if (!o || (o.start === undefined && o.end === undefined) || !Number.isInteger(o.start === undefined ? 0 : o.start)) return null;
  const start = o.start || 0;
  const end = Math.min(o.end === undefined || !Number.isInteger(o.end) ? Infinity : o.end, size - 1);
  return size > 0 && start >= 0 && end >= start ? { start, end } : false;
}

export interface PartListStore {
  /** The object `key` becomes the parts `files` (each `[path, md5]`, in order), linked: resolves with size and ETag. */
  storeParts(bucket: string, key: string, metadata: Meta, files: [string, string][]): Promise<{ size: number; md5: string }>;
  /** Runs a change of the object at `objectPath` alone; removes the part-list folder it replaced. */
  replacing<T>(objectPath: string, fn: () => Promise<T>): Promise<T>;
  /** part-list folders being built by this process (not orphans yet) */
  building: Set<string>;
}

export function installPartLists(store: S3rverFileStore): PartListStore {
  const locks = new KeyLocks();
  const building = new Set<string>();
  const plainMetadata = store.getMetadata.bind(store);
  const plainDelete = store.deleteObject.bind(store);
  const objectPath = (bucket: string, key: string) => store.getResourcePath(bucket, key, 'object');

  const replacing = <T>(p: string, fn: () => Promise<T>): Promise<T> =>
    locks.run(p, async () => {
      const before = await readLayout(p);
      const r = await fn();
      const after = await readLayout(p);
      if (before.kind === 'parts' && (after.kind !== 'parts' || after.dir !== before.dir)) await removePartsFolder(before.dir);
      return r;
    });

  /** Builds a part-list folder from `files` and makes it the object (under the path's lock). */
  async function commitFolder(bucket: string, key: string, build: (dir: string) => Promise<Manifest>): Promise<Manifest> {
    const dir = await newPartsFolder(store.getBucketPath(bucket));
    building.add(dir);
    try {
      const m = await build(dir);
      await writeManifest(dir, m);
      await replacing(objectPath(bucket, key), () => commitPartList(objectPath(bucket, key), dir));
      return m;
    } catch (e) {
      await removePartsFolder(dir).catch(() => undefined);
      throw e;
    } finally {
      building.delete(dir);
    }
  }

  async function storeParts(bucket: string, key: string, metadata: Meta, files: [string, string][]): Promise<{ size: number; md5: string }> {
    const m = await commitFolder(bucket, key, async (dir) => {
      const names = files.map((_f, i) => String(i + 1));
      await linkParts(dir, files.map(([f], i) => [f, names[i]]));
      // the sizes of the files linked (a part written again meanwhile replaces the upload's name, not these)
      const sizes = await Promise.all(names.map((n) => fs.promises.stat(path.join(dir, n)).then((s) => s.size)));
      const parts = files.map(([, md5], i) => ({ file: names[i], size: sizes[i], md5 }));
      const size = sizes.reduce((a, b) => a + b, 0);
      return { version: 1, key, size, etag: multipartEtag(parts.map((p) => p.md5)), modified: new Date().toISOString(), metadata: storedMetadata(metadata), parts };
    });
    return { size: m.size, md5: m.etag };
  }

  store.getMetadata = async (bucket, key) => {
    const l = await readLayout(objectPath(bucket, key));
    return l.kind === 'parts' ? intrinsic(l.manifest) : plainMetadata(bucket, key);
  };

  store.getObject = (bucket, key, options) => readObject(objectPath(bucket, key), bucket, key, () => plainMetadata(bucket, key), options);

  store.copyObject = async (srcBucket, srcKey, destBucket, destKey, replacement) => {
    const src = await readLayout(objectPath(srcBucket, srcKey));
    const dest = objectPath(destBucket, destKey);
    if (src.kind === 'parts') {
      const from = src.manifest;
      await commitFolder(destBucket, destKey, async (dir) => {
        await linkParts(dir, from.parts.map((x) => [path.join(src.dir, x.file), x.file]));
        return { ...from, key: destKey, modified: new Date().toISOString(), metadata: replacement ? storedMetadata(replacement) : from.metadata };
      });
    } else {
      const meta = await plainMetadata(srcBucket, srcKey);
      const md5 = JSON.parse(meta.etag) as string;
      await replacing(dest, async () => {
        if (objectPath(srcBucket, srcKey) !== dest) await copyWhole(objectPath(srcBucket, srcKey), dest);
        await store.putMetadata(destBucket, destKey, replacement ? storedMetadata(replacement) : meta, md5);
      });
    }
    return store.getMetadata(destBucket, destKey);
  };

  store.deleteObject = (bucket, key) => replacing(objectPath(bucket, key), () => plainDelete(bucket, key));

  store.listObjects = (bucket, options) => listObjects(store.getBucketPath(bucket), bucket, options, (k) => store.getMetadata(bucket, k));

  return { storeParts, replacing, building };
}

/** s3rver's GetObject on either layout; a range is served as asked (`bytes=0-0` is one byte). */
async function readObject(p: string, bucket: string, key: string, plainMetadata: () => Promise<Meta>, options?: { start?: number; end?: number }): Promise<unknown> {
  const l = await readLayout(p);
  if (l.kind === 'none') return null;
  let meta: Meta;
  try {
    meta = l.kind === 'parts' ? intrinsic(l.manifest) : await plainMetadata();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  const size = Number(meta['content-length']);
  const range = rangeOf(size, options);
  const [start, end] = range ? [range.start, range.end] : [0, size - 1];
  let content: Readable | null = null;
  if (range !== false) {
    if (l.kind === 'parts') content = await openPartRange(l.dir, l.manifest, start, end);
    else content = await opened(fs.createReadStream(p, size > 0 ? { start, end } : {}));
  }
  const object = new S3Object(bucket, key, content, meta);
  if (range !== null) object.range = range || { start: options?.start || 0, end: options?.end === undefined ? size - 1 : options.end };
  return object;
}

function opened(stream: fs.ReadStream): Promise<Readable> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.once('open', () => resolve(stream));
  });
}

/** Copies a plain object's file to `dest` whole: the kernel copies it to a temporary name, a rename puts it in place. */
async function copyWhole(src: string, dest: string): Promise<void> {
  await fs.promises.mkdir(path.dirname(dest), { recursive: true });
  const tmp = `${dest}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  try {
    await fs.promises.copyFile(src, tmp);
    await fs.promises.rename(tmp, dest);
  } finally {
    await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
  }
}

export type { ListOptions };
