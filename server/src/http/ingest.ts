/**
 * The body of a store or write call, in any of its three forms (raw bytes, multipart field `fileUpload`, form `url=`
 * that the server fetches), streamed to a temporary file with a size bound and an MD5, never held in memory.
 */
import { IncomingMessage } from 'http';
import { createHash, randomBytes } from 'crypto';
import { createWriteStream, promises as fsp } from 'fs';
import * as path from 'path';
import { Readable, Transform, TransformCallback } from 'stream';
import { pipeline } from 'stream/promises';
import busboy from 'busboy';
import { HttpError, badRequest } from './errors';
import { Fields, mediaType, readFields } from './body';
import { throttle } from '../faults';
import { FetchPolicy, guardedFetch } from '../security/fetchGuard';

export interface Spooled {
  file: string;
  size: number;
  md5: string;
  filename?: string;
  mimetype?: string;
  /** the fields that came with a multipart body (policy, signature …) */
  fields: Fields;
  /** the source URL, for form `url=` */
  sourceUrl?: string;
}

/** What the body turned out to be: bytes sent by the caller, or a URL the server is asked to fetch. */
export type BodyKind = 'bytes' | 'url';

export interface IngestOptions {
  tmpDir: string;
  limit: number;
  base64decode: boolean;
  bytesPerSecond?: number;
  /** Which hosts `url=` may reach (server-side request forgery guard). */
  fetch: FetchPolicy;
  /**
   * Called with the fields known so far (a form's, or a multipart body's fields before its file) once the kind of
   * body is known and BEFORE any byte is spooled or any URL fetched: throw (403) to refuse the call unread.
   */
  authorize(fields: Fields, kind: BodyKind): void;
}

class Base64Decode extends Transform {
  private rest = '';
  _transform(chunk: Buffer, _e: BufferEncoding, cb: TransformCallback): void {
    const text = this.rest + chunk.toString('latin1').replace(/[\s]/g, '');
    if (/[^A-Za-z0-9+/=_-]/.test(text)) return cb(badRequest('body: base64decode=true but the body is not base64'));
    const whole = text.length - (text.length % 4);
    this.rest = text.slice(whole);
    cb(null, Buffer.from(text.slice(0, whole), 'base64'));
  }
  _flush(cb: TransformCallback): void {
    cb(null, this.rest ? Buffer.from(this.rest, 'base64') : undefined);
  }
}

function counter(limit: number, onDone: (size: number, md5: string) => void): Transform {
  const hash = createHash('md5');
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _e, cb) {
      size += chunk.length;
      if (size > limit) return cb(new HttpError(413, `body: larger than the limit of ${limit} bytes`));
      hash.update(chunk);
      cb(null, chunk);
    },
    flush(cb) {
      onDone(size, hash.digest('hex'));
      cb();
    },
  });
}

async function spool(src: Readable, o: IngestOptions): Promise<{ file: string; size: number; md5: string }> {
  const file = path.join(o.tmpDir, 'spool-' + randomBytes(8).toString('hex'));
  let size = 0;
  let md5 = '';
  const stages: NodeJS.ReadWriteStream[] = [];
  if (o.bytesPerSecond) stages.push(throttle(o.bytesPerSecond));
  if (o.base64decode) stages.push(new Base64Decode());
  stages.push(counter(o.limit, (s, m) => ((size = s), (md5 = m))));
  try {
    await (pipeline as (...a: unknown[]) => Promise<void>)(src, ...stages, createWriteStream(file));
  } catch (e) {
    await fsp.rm(file, { force: true });
    if (e instanceof HttpError) throw e;
    throw badRequest('body: the upload was interrupted');
  }
  return { file, size, md5 };
}

async function fetchUrl(raw: string, o: IngestOptions): Promise<Spooled> {
  const r = await guardedFetch('url', raw, o.fetch, 60000);
  if (r.status < 200 || r.status > 299) {
    r.body.resume();
    throw badRequest(`url: fetching it answered HTTP ${r.status}`);
  }
  const declared = Number(r.headers['content-length']);
  if (declared > o.limit) {
    r.body.destroy();
    throw new HttpError(413, `url: the remote file is larger than the limit of ${o.limit} bytes`);
  }
  const s = await spool(r.body, { ...o, base64decode: false });
  let last = '';
  try {
    last = decodeURIComponent(r.url.pathname.split('/').pop() || '');
  } catch {
    last = '';
  }
  const type = r.headers['content-type'];
  return { ...s, fields: {}, sourceUrl: r.url.href, filename: last || undefined, mimetype: (typeof type === 'string' ? type : '').split(';')[0] || undefined };
}

function fromMultipart(req: IncomingMessage, o: IngestOptions): Promise<Spooled> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { fields: 100, fieldSize: 64 * 1024, files: 1 } });
    } catch {
      reject(badRequest('body: malformed multipart/form-data (no boundary)'));
      return;
    }
    const fields: Fields = {};
    let file: Promise<{ file: string; size: number; md5: string }> | null = null;
    let meta: { filename?: string; mimetype?: string } = {};
    let fileStream: Readable | null = null;
    let failed = false;
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      req.unpipe(bb);
      // a refused call is not read on (the answer closes the connection); other failures drain the body
      if (!(e instanceof HttpError && e.status === 403)) req.resume();
      // ends the spooling pipeline (which then removes its file)
      if (fileStream) fileStream.destroy(e instanceof Error ? e : new Error(String(e)));
      reject(e);
    };
    bb.on('field', (k, v) => {
      if (!(k in fields)) fields[k] = v;
    });
    bb.on('file', (name, stream, info) => {
      if (name !== 'fileUpload' || file) {
        stream.resume();
        return;
      }
      try {
        o.authorize(fields, 'bytes');
      } catch (e) {
        stream.resume();
        fail(e);
        return;
      }
      meta = { filename: info.filename || undefined, mimetype: info.mimeType || undefined };
      fileStream = stream;
      file = spool(stream, o);
      file.catch(fail);
    });
    bb.on('error', () => fail(badRequest('body: malformed multipart/form-data')));
    bb.on('close', () => {
      if (failed) return;
      if (file) {
        file.then((s) => resolve({ ...s, ...meta, fields }), fail);
      } else if (typeof fields.url === 'string') {
        try {
          o.authorize(fields, 'url');
        } catch (e) {
          fail(e);
          return;
        }
        fetchUrl(fields.url, o).then((s) => resolve({ ...s, fields }), fail);
      } else {
        fail(badRequest('fileUpload: required (a multipart file field named "fileUpload")'));
      }
    });
    req.on('aborted', () => fail(badRequest('body: the upload was interrupted')));
    req.on('close', () => {
      if (!req.complete) fail(badRequest('body: the upload was interrupted'));
    });
    req.pipe(bb);
  });
}

export async function ingest(req: IncomingMessage, o: IngestOptions): Promise<Spooled> {
  const type = mediaType(req);
  if (type === 'multipart/form-data') return fromMultipart(req, o);
  if (type === 'application/x-www-form-urlencoded') {
    const f = await readFields(req, 64 * 1024);
    if (typeof f.url !== 'string' || !f.url) throw badRequest('url: required (form field url=<http(s) URL>)');
    o.authorize(f, 'url');
    return { ...(await fetchUrl(f.url, o)), fields: f };
  }
  o.authorize({}, 'bytes');
  const declared = Number(req.headers['content-length']);
  if (declared > o.limit && !o.base64decode) {
    req.resume();
    throw new HttpError(413, `body: larger than the limit of ${o.limit} bytes`);
  }
  const s = await spool(req, o);
  return { ...s, fields: {}, mimetype: type || undefined };
}

export async function discard(s: Spooled | undefined): Promise<void> {
  if (s) await fsp.rm(s.file, { force: true });
}
