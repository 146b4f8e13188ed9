/** Small request bodies (JSON, urlencoded, multipart fields) read with a hard size bound. */
import { IncomingMessage } from 'http';
import busboy from 'busboy';
import { HttpError, badRequest } from './errors';

export type Fields = Record<string, unknown>;

/** Bound of a JSON or form body of the upload API (a `parts` list of 10,000 entries fits). */
export const SMALL_BODY_LIMIT = 1024 * 1024;

export function mediaType(req: IncomingMessage): string {
  return String(req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
}

export function readBuffer(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) {
      req.resume();
      reject(new HttpError(413, `request body is larger than ${limit} bytes`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (c: Buffer) => {
      if (failed) return;
      size += c.length;
      if (size > limit) {
        failed = true;
        reject(new HttpError(413, `request body is larger than ${limit} bytes`));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => !failed && resolve(Buffer.concat(chunks)));
    req.on('error', (e) => !failed && reject(e));
    req.on('aborted', () => !failed && reject(new HttpError(400, 'request aborted')));
  });
}

function fromUrlencoded(text: string): Fields {
  const out: Fields = {};
  new URLSearchParams(text).forEach((v, k) => {
    if (!(k in out)) out[k] = v;
  });
  return out;
}

function fromJson(text: string): Fields {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw badRequest('body: expected valid JSON');
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw badRequest('body: expected a JSON object');
  return v as Fields;
}

function fromMultipart(req: IncomingMessage, limit: number): Promise<Fields> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: req.headers, limits: { fieldSize: limit, fields: 200, files: 0 } });
    } catch {
      reject(badRequest('body: malformed multipart/form-data (no boundary)'));
      return;
    }
    const out: Fields = {};
    let size = 0;
    let done = false;
    const fail = (e: Error) => {
      if (done) return;
      done = true;
      req.unpipe(bb);
      req.resume();
      reject(e);
    };
    bb.on('field', (name, value) => {
      size += name.length + value.length;
      if (size > limit) fail(new HttpError(413, `request body is larger than ${limit} bytes`));
      else if (!(name in out)) out[name] = value;
    });
    bb.on('file', (name, stream) => {
      stream.resume();
      fail(badRequest(`${name}: file fields are not accepted here`));
    });
    bb.on('filesLimit', () => fail(badRequest('body: file fields are not accepted here')));
    bb.on('error', () => fail(badRequest('body: malformed multipart/form-data')));
    bb.on('close', () => {
      if (!done) {
        done = true;
        resolve(out);
      }
    });
    req.on('aborted', () => fail(badRequest('request aborted')));
    req.pipe(bb);
  });
}

/** The fields of a small body, whatever its form (JSON, urlencoded, multipart). */
export async function readFields(req: IncomingMessage, limit = SMALL_BODY_LIMIT): Promise<Fields> {
  const type = mediaType(req);
  if (type === 'multipart/form-data') return fromMultipart(req, limit);
  const buf = await readBuffer(req, limit);
  const text = buf.toString('utf8');
  if (!text.trim()) return {};
  if (type === 'application/json' || type.endsWith('+json')) return fromJson(text);
  if (type === 'application/x-www-form-urlencoded') return fromUrlencoded(text);
  return text.trim().charAt(0) === '{' ? fromJson(text) : fromUrlencoded(text);
}

export function queryFields(url: URL): Fields {
  const out: Fields = {};
  url.searchParams.forEach((v, k) => {
    if (!(k in out)) out[k] = v;
  });
  return out;
}
