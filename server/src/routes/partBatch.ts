/**
 * Our extension of `/multipart/upload`: the URLs of several parts in one call. `/multipart/start` answers
 * `part_urls_batch: <n>` (at most how many more parts one call may ask for); a client that knows it sends, next to the
 * usual `part`, `size` and `md5`, a list `batch: [{part, size, md5}]` of other parts of the same upload, and the
 * answer carries, next to the usual `url` and `headers`, `batch: [{part, url, headers}]` in the same order.
 * Filestack-protocol clients never send `batch` and ignore the fields they do not know, so they are unaffected.
 */
import type { Fields } from '../http/body';
import { badRequest } from '../http/errors';
import { md5Hex } from '../validate';

/** How many more parts one `/multipart/upload` call may ask for. */
export const PART_URLS_BATCH = 16;

export interface BatchPart {
  part: number;
  size: number;
  md5?: string;
}

function intIn(v: unknown, field: string, min: number, max: number): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw badRequest(`${field}: expected an integer ${min}..${max}, got ${JSON.stringify(v)}`);
  return n;
}

/** The `batch` list of a `/multipart/upload` call (empty when absent), checked; `part` is the call's own part. */
export function readBatch(f: Fields, part: number, maxPart: number): BatchPart[] {
  const v = f.batch;
  if (v === undefined || v === null || v === '') return [];
  if (!Array.isArray(v)) throw badRequest('batch: expected a list of {part, size, md5}');
  if (v.length > PART_URLS_BATCH) throw badRequest(`batch: at most ${PART_URLS_BATCH} parts per call, got ${v.length}`);
  const seen: Record<number, true> = { [part]: true };
  return v.map((item, i) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw badRequest(`batch[${i}]: expected {part, size, md5}`);
    const o = item as Record<string, unknown>;
    const p = intIn(o.part, `batch[${i}].part`, 1, 10000);
    if (seen[p]) throw badRequest(`batch[${i}].part: part ${p} is asked for twice`);
    seen[p] = true;
    const size = intIn(o.size, `batch[${i}].size`, 1, maxPart);
    if (o.md5 !== undefined && (typeof o.md5 !== 'string' || o.md5.length > 64)) throw badRequest(`batch[${i}].md5: expected the part's base64 MD5`);
    const md5 = o.md5 as string | undefined;
    if (md5 !== undefined) md5Hex(`batch[${i}].md5`, md5);
    return { part: p, size, md5 };
  });
}
