/**
 * The gate in front of s3rver in the built-in storage (s3rver checks neither V4 signatures, nor expiry, nor
 * Content-MD5, and lets anonymous requests through). It lets pass:
 *  - the API instances' own calls (admission header made with the shared secret, see admission.ts), answering for
 *    s3rver the calls it lacks (s3compat.ts);
 *  - presigned PUTs whose signature re-derives exactly and that have not expired, for uploads storage still holds;
 *    with a signed `Content-MD5`, bytes that do not match it are refused (400 BadDigest) and not kept;
 *  - anonymous GET/HEAD of objects stored with `access: public` (stored metadata `fp-access: public`).
 * Everything else is answered 403 in S3's XML error form. It also tracks part PUTs in flight, so an abort can cut them.
 * Given the store's part write (`parts`), a verified part PUT is stored by the gate itself (directPart.ts), not handed
 * to s3rver.
 */
import { IncomingMessage, ServerResponse } from 'http';
import { timingSafeEqual } from 'crypto';
import type { Storage } from './Storage';
import type { GateHandler } from './embedded';
import { admitted, ADMISSION_HEADER } from './admission';
import { createCompat, s3Error } from './s3compat';
import { s3rverDropPart, s3rverHasUpload, uploadDir } from './s3rverDisk';
import { PartStore, putPartDirect } from './directPart';
import { FII_PREFIX } from '../uploads';
import type { UploadLocks } from './uploadLocks';

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

/** A client that signs as the storage does, for the region a presigned URL names (`us-east-1`; `auto` as GCS's); null for another. */
export type SignerFor = (region: string) => Storage | null;

async function checkPresigned(signerFor: SignerFor, req: IncomingMessage, url: URL, bucket: string, key: string): Promise<string | null> {
  const q = url.searchParams;
  const storage = signerFor((q.get('X-Amz-Credential') || '').split('/')[2] || '');
  if (!storage) return 'AuthorizationQueryParametersError:the presigned URL names a region this storage does not sign for';
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

/**
 * Once s3rver has stored the bytes (it answers with their MD5 as ETag), compares them with the signed Content-MD5;
 * on a mismatch the stored part or chunk is removed and the answer is 400 BadDigest, as S3 answers.
 */
function checkDigest(res: ServerResponse, md5b64: string, drop: () => Promise<void>): void {
  const expected = Buffer.from(md5b64, 'base64').toString('hex');
  const end = res.end.bind(res) as (...a: unknown[]) => ServerResponse;
  (res as { end: (...a: unknown[]) => ServerResponse }).end = (...args: unknown[]) => {
    const etag = String(res.getHeader('etag') || '').replace(/"/g, '');
    if (res.statusCode !== 200 || etag === expected || res.headersSent) return end(...args);
    drop().then(
      () => {
        res.removeHeader('etag');
        res.end = end as typeof res.end;
        s3Error(res, 400, 'BadDigest', 'The Content-MD5 you specified did not match what we received.');
      },
      () => res.destroy(),
    );
    return res;
  };
}

export interface Gate {
  handler: GateHandler;
  /** Destroys the part PUTs in flight for this upload and resolves when they are gone. */
  cutOff(uploadId: string): Promise<void>;
}

export interface GateOptions {
  /** the client that re-derives presigned URLs signed for a region (default: `storage` for its own region only) */
  signerFor?: SignerFor;
  /** the embedded store's part write: verified part PUTs skip s3rver's request stack (directPart.ts) */
  parts?: PartStore;
}

/** `storage`: a client of this same storage (admitted), which also re-derives presigned URLs with the shared key. */
export function createGate(dir: string, storage: Storage, secret: string, locks: UploadLocks, o: GateOptions = {}): Gate {
  const signerFor: SignerFor = o.signerFor || ((r) => (r === storage.region ? storage : null));
  /** part and chunk PUTs in flight, by upload id */
  const inflight = new Map<string, Set<IncomingMessage>>();
  const compat = createCompat(dir, cutOff, locks);

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

  async function presignedPut(req: IncomingMessage, res: ServerResponse, url: URL, bucket: string, key: string, pass: () => void): Promise<void> {
    const err = await checkPresigned(signerFor, req, url, bucket, key);
    if (err) {
      const i = err.indexOf(':');
      return s3Error(res, 403, err.slice(0, i), err.slice(i + 1));
    }
    const partUpload = url.searchParams.get('uploadId');
    if (partUpload && o.parts) {
      try {
        uploadDir(dir, bucket, partUpload);
      } catch {
        return s3Error(res, 404, 'NoSuchUpload', 'The specified upload does not exist or was aborted or completed');
      }
      track(partUpload, req, res);
      return putPartDirect(o.parts, req, res, bucket, partUpload, url.searchParams.get('partNumber') || '');
    }
    const uploadId = partUpload || (key.indexOf(FII_PREFIX) === 0 ? key.split('/')[1] : null);
    if (!uploadId || !(await s3rverHasUpload(dir, bucket, uploadId))) return s3Error(res, 404, 'NoSuchUpload', 'The specified upload does not exist or was aborted or completed');
    const md5 = req.headers['content-md5'];
    if (typeof md5 === 'string' && md5) {
      const part = Number(url.searchParams.get('partNumber'));
      checkDigest(res, md5, () => (partUpload ? s3rverDropPart(dir, bucket, partUpload, part) : storage.delete(bucket, key)));
    }
    track(uploadId, req, res);
    pass();
  }

  const handler: GateHandler = (req, res, pass) => {
    if (req.method === 'OPTIONS') return pass();
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
    if (admitted(secret, req.headers[ADMISSION_HEADER])) {
      if (bucket && compat.serve(req, res, url, bucket, key, pass)) return;
      return pass();
    }
    if (!bucket || !key) return s3Error(res, 403, 'AccessDenied', 'Access Denied');
    (async () => {
      if (req.method === 'PUT' && url.searchParams.has('X-Amz-Signature')) return presignedPut(req, res, url, bucket, key, pass);
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
