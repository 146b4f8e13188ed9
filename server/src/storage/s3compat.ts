/**
 * The S3 calls s3rver lacks, answered by the built-in storage's gate for the API instances (admitted calls only), in
 * S3's own XML so the AWS SDK reads them as from any S3: ListParts, ListMultipartUploads, AbortMultipartUpload. It
 * also runs one CompleteMultipartUpload per upload at a time (two instances completing the same upload would have
 * s3rver write the object twice at once) and answers NoSuchUpload once the upload is gone.
 */
import { IncomingMessage, ServerResponse } from 'http';
import { s3rverAbort, s3rverHasUpload, s3rverParts, s3rverUploads } from './s3rverDisk';
import type { UploadLocks } from './uploadLocks';

const XMLNS = 'http://s3.amazonaws.com/doc/2006-03-01/';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sendXml(res: ServerResponse, status: number, body: string): void {
  const text = '<?xml version="1.0" encoding="UTF-8"?>\n' + body;
  res.writeHead(status, { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(text), 'Access-Control-Allow-Origin': '*' });
  res.end(text);
}

export function s3Error(res: ServerResponse, status: number, code: string, message: string): void {
  sendXml(res, status, `<Error><Code>${code}</Code><Message>${esc(message)}</Message></Error>`);
}

export interface Compat {
  /** Answers the request when it is one of the calls s3rver lacks; false = hand it to s3rver. */
  serve(req: IncomingMessage, res: ServerResponse, url: URL, bucket: string, key: string, pass: () => void): boolean;
}

async function listParts(dir: string, res: ServerResponse, bucket: string, key: string, uploadId: string): Promise<void> {
  if (!(await s3rverHasUpload(dir, bucket, uploadId))) return s3Error(res, 404, 'NoSuchUpload', 'The specified upload does not exist');
  const parts = await s3rverParts(dir, bucket, uploadId);
  const items = parts.map((p) => `<Part><PartNumber>${p.partNumber}</PartNumber><ETag>"${p.etag}"</ETag><Size>${p.size}</Size></Part>`).join('');
  sendXml(res, 200, `<ListPartsResult xmlns="${XMLNS}"><Bucket>${esc(bucket)}</Bucket><Key>${esc(key)}</Key><UploadId>${esc(uploadId)}</UploadId><IsTruncated>false</IsTruncated>${items}</ListPartsResult>`);
}

async function listUploads(dir: string, res: ServerResponse, bucket: string): Promise<void> {
  const ups = await s3rverUploads(dir, bucket);
  const items = ups.map((u) => `<Upload><Key>${esc(u.key)}</Key><UploadId>${esc(u.uploadId)}</UploadId><Initiated>${u.initiated.toISOString()}</Initiated></Upload>`).join('');
  sendXml(res, 200, `<ListMultipartUploadsResult xmlns="${XMLNS}"><Bucket>${esc(bucket)}</Bucket><IsTruncated>false</IsTruncated>${items}</ListMultipartUploadsResult>`);
}

/**
 * `cutOff(uploadId)`: destroys the part PUTs in flight of an upload being aborted; `locks`: the part writes and
 * completions s3rver's store is running, which an abort waits for before it removes the upload's folder.
 */
export function createCompat(dir: string, cutOff: (uploadId: string) => Promise<void>, locks: UploadLocks): Compat {
  /** CompleteMultipartUpload calls running, by upload id (the next one waits for the previous to end) */
  const completing = new Map<string, Promise<void>>();

  /**
   * Closes the upload to new part writes, cuts the ones in flight, waits until storage has ended every write and
   * completion of it, then removes its folder: 204 only once nothing of it is left (a failure answers 500 and a
   * retry does the whole of it again). An upload already gone (aborted or completed) answers 204 as well.
   */
  async function abort(res: ServerResponse, bucket: string, uploadId: string): Promise<void> {
    await locks.exclusive(
      uploadId,
      () => cutOff(uploadId),
      () => s3rverAbort(dir, bucket, uploadId),
    );
    res.writeHead(204, { 'Access-Control-Allow-Origin': '*' });
    res.end();
  }

  function complete(res: ServerResponse, bucket: string, uploadId: string, pass: () => void): void {
    const before = completing.get(uploadId) || Promise.resolve();
    const mine = before.then(async () => {
      if (!(await s3rverHasUpload(dir, bucket, uploadId))) return s3Error(res, 404, 'NoSuchUpload', 'The specified upload does not exist (aborted or completed)');
      await new Promise<void>((resolve) => {
        res.on('close', () => resolve());
        pass();
      });
    });
    const settled = mine.catch(() => undefined);
    completing.set(uploadId, settled);
    // `settled` never rejects (it is `mine` with its rejection caught)
    void settled.then(() => {
      if (completing.get(uploadId) === settled) completing.delete(uploadId);
    });
    mine.catch(() => s3Error(res, 500, 'InternalError', 'internal error'));
  }

  function serve(req: IncomingMessage, res: ServerResponse, url: URL, bucket: string, key: string, pass: () => void): boolean {
    const q = url.searchParams;
    const uploadId = q.get('uploadId');
    const run = (p: Promise<void>): boolean => {
      p.catch(() => s3Error(res, 500, 'InternalError', 'internal error'));
      return true;
    };
    if (req.method === 'GET' && !key && q.has('uploads')) return run(listUploads(dir, res, bucket));
    if (!key || uploadId === null) return false;
    if (req.method === 'GET') return run(listParts(dir, res, bucket, key, uploadId));
    if (req.method === 'DELETE') return run(abort(res, bucket, uploadId));
    if (req.method === 'POST') {
      complete(res, bucket, uploadId, pass);
      return true;
    }
    return false;
  }

  return { serve };
}
