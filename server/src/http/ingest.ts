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

export interface IngestOptions {
  tmpDir: string;
  limit: number;
  base64decode: boolean;
  bytesPerSecond?: number;
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
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw badRequest('url: not a valid URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw badRequest('url: only http and https URLs can be fetched');
  let r: Response;
  try {
    r = await fetch(u, { redirect: 'follow', signal: AbortSignal.timeout(60000) });
  } catch {
    throw badRequest('url: could not be fetched');
  }
  if (!r.ok || !r.body) throw badRequest(`url: fetching it answered HTTP ${r.status}`);
  const declared = Number(r.headers.get('content-length'));
  if (declared > o.limit) throw new HttpError(413, `url: the remote file is larger than the limit of ${o.limit} bytes`);
  const s = await spool(Readable.fromWeb(r.body as import('stream/web').ReadableStream), { ...o, base64decode: false });
  const last = decodeURIComponent(u.pathname.split('/').pop() || '');
  return { ...s, fields: {}, sourceUrl: u.href, filename: last || undefined, mimetype: (r.headers.get('content-type') || '').split(';')[0] || undefined };
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
      req.resume();
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
    return { ...(await fetchUrl(f.url, o)), fields: f };
  }
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
