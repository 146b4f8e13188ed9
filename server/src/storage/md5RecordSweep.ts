/**
 * Removes the MD5 records (`.fp-md5/<key>`, routes/fileMd5.ts) whose file is gone or was replaced: a file removed
 * through the API takes its record with it, but one deleted or overwritten directly in storage leaves its record
 * behind, counting for nothing. A record goes when no object is at its key or the object's ETag is not the one it
 * names, and only once older than the grace (so a record written meanwhile for a new version is never caught between
 * its write and the object's). What does not read as a record is left alone. Each pass checks at most `limit` records
 * and the next one goes on after the last it checked (by path, buckets in order), starting over once all were seen.
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import { MD5_RECORD_PREFIX } from '../routes/fileMd5';

/** s3rver's name of an object's file: `<last segment of the key>._S3rver_object` */
const OBJECT_SUFFIX = '._S3rver_object';
/** the records' folder in a bucket's folder */
const RECORDS = MD5_RECORD_PREFIX.replace(/\/$/, '');
/** records checked per pass by default */
export const MD5_RECORDS_PER_PASS = 1000;

export interface Md5RecordSweepOptions {
  /** s3rver's data folder (one folder per bucket) */
  dir: string;
  /** The ETag of `bucket/key` (quoted or not), or null when no object is there. */
  etagOf(bucket: string, key: string): Promise<string | null>;
  /** Removes the object `bucket/key` (the record). */
  remove(bucket: string, key: string): Promise<void>;
  graceMs: number;
  /** records checked in one pass at most */
  limit: number;
  /** Where the previous pass stopped (bucket, then the record's path segments); updated by the pass. */
  cursor: { after: string[] };
}

async function sortedEntries(dir: string): Promise<string[]> {
  try {
    return (await fsp.readdir(dir)).sort();
  } catch {
    return [];
  }
}

/**
 * The records' files under `dir` in path order (each as its segments from the data folder), after `after`: at depth 0
 * the buckets, at depth 1 only their records' folder, below it every `._S3rver_object` file.
 */
async function* recordsAfter(dir: string, after: string[], at: string[] = []): AsyncGenerator<string[]> {
  const depth = at.length;
  for (const name of await sortedEntries(dir)) {
    const onCursor = after.length > depth;
    if ((onCursor && name < after[depth]) || (depth === 1 && name !== RECORDS)) continue;
    const tail = onCursor && name === after[depth] ? after : [];
    const p = path.join(dir, name);
    const st = await fsp.lstat(p).catch(() => null);
    if (!st) continue;
    if (st.isDirectory()) yield* recordsAfter(p, tail, at.concat(name));
    else if (depth >= 2 && name.endsWith(OBJECT_SUFFIX) && tail.length === 0) yield at.concat(name);
  }
}

/** Whether the record in `file`, for `bucket/key`, counts for nothing any more. */
async function stale(o: Md5RecordSweepOptions, file: string, bucket: string, key: string): Promise<boolean> {
  let rec: { etag?: unknown; md5?: unknown; mac?: unknown } | null;
  try {
    rec = JSON.parse(await fsp.readFile(file, 'utf8')) as typeof rec;
  } catch {
    return false;
  }
  if (!rec || typeof rec.etag !== 'string' || typeof rec.md5 !== 'string' || typeof rec.mac !== 'string') return false;
  const st = await fsp.stat(file).catch(() => null);
  if (!st || Date.now() - st.mtimeMs < o.graceMs) return false;
  const etag = await o.etagOf(bucket, key);
  return etag === null || etag.replace(/"/g, '') !== rec.etag;
}

/** One pass: checks up to `limit` records after the cursor; resolves with how many were removed. */
export async function sweepMd5Records(o: Md5RecordSweepOptions): Promise<number> {
  let checked = 0;
  let removed = 0;
  for await (const segs of recordsAfter(o.dir, o.cursor.after)) {
    if (checked >= o.limit) return removed;
    checked++;
    o.cursor.after = segs;
    const bucket = segs[0];
    const recordKey = segs.slice(1).join('/').slice(0, -OBJECT_SUFFIX.length);
    const key = recordKey.slice(MD5_RECORD_PREFIX.length);
    try {
      if (!(await stale(o, path.join(o.dir, ...segs), bucket, key))) continue;
      await o.remove(bucket, recordKey);
      removed++;
    } catch {
      // storage could not say (or remove): the record stays for a later pass
    }
  }
  o.cursor.after = [];
  return removed;
}
