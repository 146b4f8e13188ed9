/**
 * The account behind the Dropbox double (dropbox.ts): its files and open upload sessions, and the answers of the
 * files endpoints, as Dropbox documents them. Paths are as Dropbox shows them (`/Photos/a.jpg`), looked up without
 * regard to case; folders are implied by the paths. Errors are `Refusal`s: 409 with an `error_summary`
 * (`path/not_found/`, `path/conflict/file/`, `incorrect_offset/<n>/`, `not_found/` for an unknown session,
 * `closed/`, `reset/` for an unknown cursor), 400 for a malformed path.
 */
import * as http from 'http';
import { createHash, randomBytes } from 'crypto';

export interface DoubleFile {
  path: string;
  bytes: Buffer;
  rev: string;
  modified: Date;
}

export interface UploadSession {
  chunks: Buffer[];
  length: number;
  closed: boolean;
}

export class Refusal extends Error {
  constructor(readonly status: number, readonly summary: string) {
    super(summary);
  }
}

const BLOCK = 4 * 1024 * 1024;

/** Dropbox's `content_hash`: the SHA-256 of the SHA-256s of the file's 4 MiB blocks. */
export function contentHash(b: Buffer): string {
  const blocks: Buffer[] = [];
  for (let i = 0; i < b.length; i += BLOCK) blocks.push(createHash('sha256').update(b.subarray(i, i + BLOCK)).digest());
  return createHash('sha256').update(Buffer.concat(blocks)).digest('hex');
}

/** JSON safe in an HTTP header (`Dropbox-API-Result`): every character beyond ASCII as `\uXXXX`. */
export const asciiJson = (v: unknown): string => JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4));

type Meta = Record<string, unknown>;
interface Cursor {
  entries: Meta[];
  offset: number;
  limit: number;
}

/** Most entries in one page of `list_folder`, whatever `limit` asks (Dropbox documents `limit` as approximate). */
const MAX_PAGE = 2000;

export class DropboxAccount {
  readonly files = new Map<string, DoubleFile>();
  readonly sessions = new Map<string, UploadSession>();
  private readonly cursors = new Map<string, Cursor>();

  constructor(seed: Record<string, Buffer>) {
    const modified = new Date('2024-05-01T10:00:00Z');
    for (const p of Object.keys(seed)) this.files.set(p.toLowerCase(), { path: p, bytes: seed[p], rev: randomBytes(8).toString('hex'), modified });
  }

  meta(f: DoubleFile): Meta {
    const modified = f.modified.toISOString().replace(/\.\d+Z$/, 'Z');
    return { '.tag': 'file', name: f.path.split('/').pop(), path_display: f.path, path_lower: f.path.toLowerCase(), id: 'id:' + f.rev, size: f.bytes.length, rev: f.rev, server_modified: modified, content_hash: contentHash(f.bytes) };
  }

  private folderMeta(display: string): Meta {
    return { '.tag': 'folder', name: display.split('/').pop(), path_display: display, path_lower: display.toLowerCase(), id: 'id:' + display };
  }

  lookup(path: unknown): DoubleFile {
    const f = typeof path === 'string' ? this.files.get(path.toLowerCase()) : undefined;
    if (!f) throw new Refusal(409, 'path/not_found/');
    return f;
  }

  /** The entries under `folder` ('' = the root): its direct children, or (recursive) every file and folder below it. */
  private entries(folder: string, recursive: boolean): Meta[] {
    const out = new Map<string, Meta>();
    const prefix = folder.toLowerCase() + '/';
    for (const f of this.files.values()) {
      if (f.path.toLowerCase().indexOf(prefix) !== 0) continue;
      const parts = f.path.slice(prefix.length).split('/');
      for (let depth = 1; depth < parts.length && (recursive || depth === 1); depth++) {
        const display = folder + '/' + parts.slice(0, depth).join('/');
        out.set(display.toLowerCase(), this.folderMeta(display));
      }
      if (recursive || parts.length === 1) out.set(f.path.toLowerCase(), this.meta(f));
    }
    return Array.from(out.values());
  }

  getMetadata(path: unknown): Meta {
    const p = String(path);
    const f = this.files.get(p.toLowerCase());
    if (f) return this.meta(f);
    const entries = this.entries(p, false);
    if (!entries.length) throw new Refusal(409, 'path/not_found/');
    const any = String(entries[0].path_display);
    return this.folderMeta(any.slice(0, any.lastIndexOf('/')));
  }

  listFolder(arg: Record<string, unknown>): Meta {
    const entries = this.entries(String(arg.path), !!arg.recursive);
    if (!entries.length && arg.path !== '') throw new Refusal(409, 'path/not_found/');
    const cursor = 'c.' + randomBytes(8).toString('hex');
    const c = { entries, offset: 0, limit: Math.min(Number(arg.limit) || MAX_PAGE, MAX_PAGE) };
    this.cursors.set(cursor, c);
    return this.page(c, cursor);
  }

  listContinue(arg: Record<string, unknown>): Meta {
    const c = this.cursors.get(String(arg.cursor));
    if (!c) throw new Refusal(409, 'reset/');
    return this.page(c, String(arg.cursor));
  }

  /**
   * `search_v2`: files and folders under `options.path` whose name holds every word of `query` (case-insensitive;
   * `filename_only`), as `matches[].metadata.metadata`; `max_results` (at most 1000) per page, then `search/continue_v2`.
   */
  search(arg: Record<string, unknown>): Meta {
    const query = String(arg.query || '').trim().toLowerCase();
    if (!query) throw new Refusal(400, 'Error in call to API function "files/search_v2": query must not be empty');
    const o = (arg.options || {}) as { path?: string; max_results?: number };
    const words = query.split(/\s+/);
    const hits = this.entries(o.path || '', true).filter((m) => words.every((w) => String(m.name).toLowerCase().indexOf(w) >= 0));
    const c = { entries: hits.map((m) => ({ match_type: { '.tag': 'filename' }, metadata: { '.tag': 'metadata', metadata: m } })), offset: 0, limit: Math.min(Number(o.max_results) || 100, 1000) };
    const cursor = 's.' + randomBytes(8).toString('hex');
    this.cursors.set(cursor, c);
    return this.searchPage(c, cursor);
  }

  searchContinue(arg: Record<string, unknown>): Meta {
    const c = this.cursors.get(String(arg.cursor));
    if (!c) throw new Refusal(409, 'reset/');
    return this.searchPage(c, String(arg.cursor));
  }

  private searchPage(c: Cursor, cursor: string): Meta {
    const p = this.page(c, cursor);
    const out: Meta = { matches: p.entries, has_more: p.has_more };
    if (p.has_more) out.cursor = cursor;
    return out;
  }

  private page(c: Cursor, cursor: string): Meta {
    const entries = c.entries.slice(c.offset, c.offset + c.limit);
    c.offset += entries.length;
    return { entries, cursor, has_more: c.offset < c.entries.length };
  }

  remove(path: unknown): Meta {
    const f = this.lookup(path);
    this.files.delete(f.path.toLowerCase());
    return { metadata: this.meta(f) };
  }

  commit(c: Record<string, unknown>, bytes: Buffer): Meta {
    const path = String(c.path || '');
    if (!/^\/[^/]/.test(path) || /\/$/.test(path)) throw new Refusal(400, 'Error in call: path: the path is malformed');
    if (c.mode !== 'overwrite' && this.files.has(path.toLowerCase())) throw new Refusal(409, 'path/conflict/file/');
    const f: DoubleFile = { path, bytes, rev: randomBytes(8).toString('hex'), modified: new Date() };
    this.files.set(path.toLowerCase(), f);
    return this.meta(f);
  }

  startSession(arg: Record<string, unknown>, body: Buffer): Meta {
    const id = 'session-' + randomBytes(8).toString('hex');
    this.sessions.set(id, { chunks: [body], length: body.length, closed: !!arg.close });
    return { session_id: id };
  }

  append(arg: Record<string, unknown>, body: Buffer): null {
    const s = this.session(arg.cursor, body.length);
    s.chunks.push(body);
    s.length += body.length;
    s.closed = !!arg.close;
    return null;
  }

  finish(arg: Record<string, unknown>, body: Buffer): Meta {
    const s = this.session(arg.cursor, body.length);
    const out = this.commit((arg.commit || {}) as Record<string, unknown>, Buffer.concat(s.chunks.concat([body])));
    this.sessions.delete(String((arg.cursor as { session_id: string }).session_id));
    return out;
  }

  private session(cursor: unknown, length: number): UploadSession {
    const c = (cursor || {}) as { session_id?: string; offset?: number };
    const s = this.sessions.get(String(c.session_id));
    if (!s) throw new Refusal(409, 'not_found/');
    if (c.offset !== s.length) throw new Refusal(409, `incorrect_offset/${s.length}/`);
    if (s.closed && length) throw new Refusal(409, 'closed/');
    return s;
  }

  /** `/2/files/download`: the bytes (206 and `Content-Range` for a `Range`), the metadata in `Dropbox-API-Result`. */
  download(path: unknown, range: string | undefined, res: http.ServerResponse): void {
    const f = this.lookup(path);
    const m = range ? /^bytes=(\d+)-(\d*)$/.exec(range) : null;
    const start = m ? Number(m[1]) : 0;
    const end = m && m[2] ? Math.min(Number(m[2]), f.bytes.length - 1) : f.bytes.length - 1;
    const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream', 'Dropbox-API-Result': asciiJson(this.meta(f)) };
    if (m) headers['Content-Range'] = `bytes ${start}-${end}/${f.bytes.length}`;
    res.writeHead(m ? 206 : 200, headers);
    res.end(f.bytes.subarray(start, end + 1));
  }

  /**
   * `/2/files/get_thumbnail_v2` (`resource: {.tag: path, path}`): the picture's own bytes stand for its thumbnail (the
   * double does not scale images), `application/octet-stream` with the metadata in `Dropbox-API-Result`; 409
   * `path/not_found/`, `unsupported_extension/` (not one of Dropbox's image types) or `unsupported_image/` (bytes that
   * are no PNG, JPEG or GIF).
   */
  thumbnail(arg: Record<string, unknown>, res: http.ServerResponse): void {
    const r = (arg.resource || {}) as { '.tag'?: string; path?: unknown };
    if (r['.tag'] !== 'path') throw new Refusal(400, 'resource: only .tag path is doubled');
    const f = this.lookup(r.path);
    if (!/\.(jpe?g|png|tiff?|gif|webp|ppm|bmp)$/i.test(f.path)) throw new Refusal(409, 'unsupported_extension/');
    const head = f.bytes.subarray(0, 4).toString('latin1');
    if (!/^(\x89PNG|\xff\xd8\xff|GIF8)/.test(head)) throw new Refusal(409, 'unsupported_image/');
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(f.bytes.length), 'Dropbox-API-Result': asciiJson({ file_metadata: this.meta(f) }) });
    res.end(f.bytes);
  }
}
