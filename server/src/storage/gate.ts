/**
 * The gate in front of the embedded s3rver (which checks neither V4 signatures, nor expiry, nor Content-MD5, and
 * lets anonymous requests through). It lets pass:
 *  - the server's own calls (a random token header);
 *  - presigned PUTs whose signature re-derives exactly and that have not expired, for uploads still open;
 *  - anonymous GET/HEAD of objects stored with `access: public` (stored metadata `fp-access: public`).
 * Everything else is answered 403 in S3's XML error form. It also tracks part PUTs in flight, so an abort can cut them.
 */
import { IncomingMessage, ServerResponse } from 'http';
import { timingSafeEqual } from 'crypto';
import type { Storage } from './Storage';
import type { GateHandler } from './embedded';
import { FII_PREFIX, UploadRegistry } from '../uploads';

function s3Error(res: ServerResponse, status: number, code: string, message: string): void {
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
  res.writeHead(status, { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(body), 'Access-Control-Allow-Origin': '*' });
  res.end(body);
}

/** `20261123T121240Z` -> Date */
function amzDate(s: string | null): Date | null {
  const m = s && /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(s);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6])) : null;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export interface Gate {
  handler: GateHandler;
  /** Destroys the part PUTs in flight for this upload and resolves when they are gone. */
  cutOff(uploadId: string): Promise<void>;
}

export function createGate(storage: Storage, uploads: UploadRegistry, token: string): Gate {
  const inflight = new Map<string, Set<IncomingMessage>>();

  function track(uploadId: string, req: IncomingMessage, res: ServerResponse): void {
    let set = inflight.get(uploadId);
    if (!set) inflight.set(uploadId, (set = new Set()));
    set.add(req);
    res.on('close', () => {
      const s = inflight.get(uploadId);
      if (s) {
        s.delete(req);
        if (!s.size) inflight.delete(uploadId);
      }
    });
  }

  async function checkPresigned(req: IncomingMessage, url: URL, bucket: string, key: string): Promise<string | null> {
    const q = url.searchParams;
    const date = amzDate(q.get('X-Amz-Date'));
    const expires = Number(q.get('X-Amz-Expires'));
    const signature = q.get('X-Amz-Signature') || '';
    if (!date || !(expires > 0)) return 'AccessDenied:the presigned URL is malformed';
    if (date.getTime() + expires * 1000 < Date.now()) return 'AccessDenied:Request has expired';
    const signed = (q.get('X-Amz-SignedHeaders') || '').split(';');
    const md5 = signed.indexOf('content-md5') >= 0 ? String(req.headers['content-md5'] || '') : undefined;
    const uploadId = q.get('uploadId');
    const part = Number(q.get('partNumber'));
    const again =
      uploadId !== null
        ? await storage.presignPart(bucket, key, uploadId, part, md5, date, expires)
        : await storage.presignPut(bucket, key, md5, date, expires);
    const expected = new URL(again).searchParams.get('X-Amz-Signature') || '';
    if (!sameText(expected, signature)) return 'SignatureDoesNotMatch:The request signature we calculated does not match the signature you provided';
    return null;
  }

  const handler: GateHandler = (req, res, pass) => {
    if (req.method === 'OPTIONS') return pass();
    if (req.headers['x-fp-internal'] === token) return pass();
    const url = new URL(req.url || '/', 'http://storage');
    const segs = url.pathname.split('/').slice(1);
    let bucket = '';
    let key = '';
    try {
      bucket = decodeURIComponent(segs[0] || '');
      key = segs.slice(1).map(decodeURIComponent).join('/');
    } catch {
      return s3Error(res, 400, 'InvalidURI', 'Could not parse the specified URI');
    }
    if (!bucket || !key) return s3Error(res, 403, 'AccessDenied', 'Access Denied');
    (async () => {
      if (req.method === 'PUT' && url.searchParams.has('X-Amz-Signature')) {
        const err = await checkPresigned(req, url, bucket, key);
        if (err) {
          const i = err.indexOf(':');
          return s3Error(res, 403, err.slice(0, i), err.slice(i + 1));
        }
        const uploadId = url.searchParams.get('uploadId') || (key.indexOf(FII_PREFIX) === 0 ? key.split('/')[1] : null);
        if (!uploadId || !uploads.isOpen(uploadId)) return s3Error(res, 404, 'NoSuchUpload', 'The specified upload does not exist or was aborted or completed');
        track(uploadId, req, res);
        return pass();
      }
      if ((req.method === 'GET' || req.method === 'HEAD') && !url.search) {
        const head = await storage.head(bucket, key);
        if (head && head.metadata['fp-access'] === 'public') return pass();
      }
      s3Error(res, 403, 'AccessDenied', 'Access Denied');
    })().catch(() => s3Error(res, 500, 'InternalError', 'internal error'));
  };

  async function cutOff(uploadId: string): Promise<void> {
    const set = inflight.get(uploadId);
    if (!set || !set.size) return;
    const waits: Promise<void>[] = [];
    for (const req of set) {
      waits.push(new Promise<void>((resolve) => (req.socket.destroyed ? resolve() : req.socket.once('close', () => resolve()))));
      req.socket.destroy();
    }
    await Promise.all(waits);
  }

  return { handler, cutOff };
}
