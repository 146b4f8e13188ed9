/**
 * ListObjects over the built-in storage's data folder: s3rver's own listing, except that it walks the folder without
 * following links (a part-list object's `<key>._S3rver_object` is a link to a folder, see partList.ts, and s3rver's
 * walk would descend into it instead of listing the object) and skips the folders of open uploads and part lists.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PARTS_ROOT } from './partList';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- s3rver's object model has no typed entry point
const S3Object = require('s3rver/lib/models/object') as new (bucket: string, key: string, content: null, metadata: unknown) => unknown;

const OBJECT_SUFFIX = '._S3rver_object';
const SKIPPED = [PARTS_ROOT, '._S3rver_uploads'];

export interface ListOptions {
  delimiter?: string;
  startAfter?: string;
  prefix?: string;
  maxKeys?: number;
}

export interface Listing {
  objects: unknown[];
  commonPrefixes: string[];
  isTruncated: boolean;
}

/** Files and links under `dir` (posix paths), descending into the folders `enter` accepts. */
function* walk(dir: string, enter: (dirPath: string) => boolean, top: boolean): Generator<string> {
  for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.posix.join(dir, d.name);
    if (!d.isDirectory()) yield p;
    else if (!(top && SKIPPED.indexOf(d.name) >= 0) && enter(p)) yield* walk(p, enter, false);
  }
}

/** The keys under `prefix` (s3rver's rules for `startAfter`, `delimiter` and `maxKeys`), in walk order. */
function keysOf(bucketPath: string, o: Required<ListOptions>): { keys: string[]; commonPrefixes: Set<string>; isTruncated: boolean } {
  const startAfterPath = [bucketPath, o.startAfter].join('/');
  const prefixPath = [bucketPath, o.prefix].join('/');
  const enter = (dirPath: string): boolean => {
    if (dirPath < startAfterPath && startAfterPath.indexOf(dirPath) === -1) return false;
    if (dirPath.startsWith(prefixPath)) return !(o.delimiter && dirPath.slice(prefixPath.length).indexOf(o.delimiter) !== -1);
    return prefixPath.startsWith(dirPath);
  };
  const commonPrefixes = new Set<string>();
  const keys: string[] = [];
  for (const keyPath of walk(bucketPath, enter, true)) {
    if (!keyPath.endsWith(OBJECT_SUFFIX)) continue;
    const key = keyPath.slice(bucketPath.length + 1, -OBJECT_SUFFIX.length);
    if (key <= o.startAfter || !key.startsWith(o.prefix)) continue;
    if (o.delimiter) {
      const idx = key.slice(o.prefix.length).indexOf(o.delimiter);
      if (idx !== -1) {
        commonPrefixes.add(key.slice(0, o.prefix.length + idx + 1));
        continue;
      }
    }
    if (keys.length >= o.maxKeys) return { keys, commonPrefixes, isTruncated: true };
    keys.push(key);
  }
  return { keys, commonPrefixes, isTruncated: false };
}

export async function listObjects(bucketPath: string, bucket: string, options: ListOptions, getMetadata: (key: string) => Promise<Record<string, unknown>>): Promise<Listing> {
  const o = { delimiter: options.delimiter || '', startAfter: options.startAfter || '', prefix: options.prefix || '', maxKeys: options.maxKeys === undefined ? Infinity : options.maxKeys };
  const { keys, commonPrefixes, isTruncated } = keysOf(bucketPath.split(path.sep).join('/'), o);
  const metas = await Promise.all(
    keys.map((k) =>
      getMetadata(k).catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return undefined;
        throw e;
      }),
    ),
  );
  const objects: unknown[] = [];
  keys.forEach((k, i) => {
    if (metas[i] !== undefined) objects.push(new S3Object(bucket, k, null, metas[i]));
  });
  return { objects, commonPrefixes: Array.from(commonPrefixes).sort(), isTruncated };
}
