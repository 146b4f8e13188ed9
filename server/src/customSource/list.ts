/** `GET /api/customsource/list`: one page of a folder of a custom source bucket (ListObjectsV2, Delimiter `/`). */
import type { Ctx } from '../context';
import type { Fields } from '../http/body';
import { badRequest, notFound } from '../http/errors';
import { checkSecurity, findApp } from '../security/policy';
import { optInt, optString } from '../validate';
import { findSource, folderPath, hiddenKey, lastSegment } from './paths';

export interface ListedFolder {
  name: string;
  path: string;
}

export interface ListedFile {
  name: string;
  path: string;
  size: number;
  mimetype: string;
  /** ms since the epoch */
  modified?: number;
}

export interface Listing {
  folders: ListedFolder[];
  files: ListedFile[];
  /** cursor of the next page, when there is one */
  next?: string;
}

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 1000;
/** HEAD requests (for each file's type) in flight at once. */
const HEADS_AT_ONCE = 8;

/** Maps `items` through `fn`, at most `limit` at a time, keeping the order. */
async function mapLimited<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export async function listSource(ctx: Ctx, f: Fields): Promise<Listing> {
  const app = findApp(ctx.cfg.apps, f.key !== undefined ? f.key : f.apikey);
  checkSecurity(app, f, { calls: ['pick', 'read'] });
  const source = findSource(ctx.cfg.customSources, app.apikey, optString(f, 'container', 63));
  const prefix = folderPath(source, optString(f, 'path', 1024));
  const limit = optInt(f, 'limit', 1, MAX_PAGE) || DEFAULT_PAGE;
  const after = readCursor(optString(f, 'cursor', 2048), prefix);
  if (!(await ctx.storage.ensureBucket(source.bucket, false))) throw notFound(`container: bucket "${source.bucket}" does not exist on this storage`);
  // one more than asked after a cursor: a folder named by the cursor comes back once more (its keys sort after it)
  const page = await ctx.storage.listFolder(source.bucket, prefix, after ? limit + 1 : limit, after);
  const items: Item[] = [];
  for (const p of page.prefixes) if (!hiddenKey(p)) items.push({ key: p, folder: true });
  // a "folder marker" object (the prefix itself, or any key ending in `/`) is not a file
  for (const o of page.objects) if (o.key !== prefix && o.key.charAt(o.key.length - 1) !== '/' && !hiddenKey(o.key)) items.push({ key: o.key, size: o.size, lastModified: o.lastModified });
  items.sort((x, y) => Buffer.compare(Buffer.from(x.key), Buffer.from(y.key)));
  let shown = after ? items.filter((i) => Buffer.compare(Buffer.from(i.key), Buffer.from(after)) > 0) : items;
  let more = page.truncated;
  if (shown.length > limit) {
    shown = shown.slice(0, limit);
    more = true;
  }
  const folders = shown.filter((i) => i.folder).map((i) => ({ name: lastSegment(i.key), path: i.key }));
  const files = await mapLimited(shown.filter((i) => !i.folder), HEADS_AT_ONCE, async (o) => {
    const head = await ctx.storage.head(source.bucket, o.key);
    const file: ListedFile = { name: lastSegment(o.key), path: o.key, size: head ? head.size : o.size || 0, mimetype: mediaType(head ? head.contentType : undefined) };
    const when = (head && head.lastModified) || o.lastModified;
    if (when) file.modified = when.getTime();
    return file;
  });
  const out: Listing = { folders, files };
  if (more && shown.length) out.next = Buffer.from(shown[shown.length - 1].key).toString('base64url');
  return out;
}

interface Item {
  key: string;
  folder?: boolean;
  size?: number;
  lastModified?: Date;
}

/** The cursor is the base64url of the last key (or folder) of the previous page; it must lie in the folder listed. */
function readCursor(cursor: string | undefined, prefix: string): string | undefined {
  if (!cursor) return undefined;
  const key = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!key || key.indexOf(prefix) !== 0 || key === prefix) throw badRequest('cursor: not a cursor of this folder (pass the `next` of the previous page)');
  return key;
}

/**
 * A stored object's Content-Type as a file's type: without parameters (`text/plain; charset=utf-8` is `text/plain`,
 * as a browser names the same file picked from the computer), `application/octet-stream` when there is none.
 */
export function mediaType(contentType: string | undefined): string {
  return (contentType || '').split(';')[0].trim().toLowerCase() || 'application/octet-stream';
}
