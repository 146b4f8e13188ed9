/**
 * UploadPart answered by the gate itself, without s3rver's Koa stack (its request logger, its own signature pass, its
 * router, the bucket's CORS and website configurations read from disk and the bucket's folder looked up on every
 * request): once the gate has verified the presigned URL, the part goes straight to the store's part write
 * (safeStore.ts), which hashes the bytes once as they are written and, from that one pass, both checks a
 * `Content-MD5` (400 BadDigest, nothing kept) and answers the ETag. The answer is the one s3rver gives: 200, the
 * quoted hex MD5 as ETag, an empty body, and the CORS headers of the bucket's configuration; errors in S3's XML form.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import type { Readable } from 'stream';
import { s3Error } from './s3compat';

/** One rule of a bucket's CORS configuration, as s3rver's model holds it. */
export interface CorsRule {
  hasWildcardOrigin: boolean;
  exposeHeaders: string[];
  maxAgeSeconds?: number;
}

/** A bucket's CORS configuration (s3rver's model). */
export interface CorsConfig {
  matchRule(origin: string, method: string): CorsRule | undefined;
}

/** What the direct path needs of the embedded storage. */
export interface PartStore {
  /** the store's part write (safeStore.ts): refuses a gone upload, a stale write, bytes not matching `Content-MD5` */
  putPart(bucket: string, uploadId: string, partNumber: string, content: Readable): Promise<{ size: number; md5: string }>;
  /** the bucket's CORS configuration, null when it has none */
  cors(bucket: string): Promise<CorsConfig | null>;
}

/** The CORS headers s3rver's middleware sets on a non-preflight request. */
function setCorsHeaders(res: ServerResponse, config: CorsConfig | null, origin: string, method: string): void {
  const rule = config ? config.matchRule(origin, method) : undefined;
  if (!rule) return;
  res.setHeader('Access-Control-Allow-Origin', rule.hasWildcardOrigin ? '*' : origin);
  if (rule.exposeHeaders.length) res.setHeader('Access-Control-Expose-Headers', rule.exposeHeaders.join(', '));
  if (rule.maxAgeSeconds !== undefined && rule.maxAgeSeconds !== null) res.setHeader('Access-Control-Max-Age', String(rule.maxAgeSeconds));
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin, Access-Control-Request-Headers, Access-Control-Request-Method');
}

/** Stores the body of `req` as part `part` of the upload and answers as s3rver's UploadPart does. */
export async function putPartDirect(store: PartStore, req: IncomingMessage, res: ServerResponse, bucket: string, uploadId: string, part: string): Promise<void> {
  if (!/^\d{1,5}$/.test(part) || +part < 1 || +part > 10000) return s3Error(res, 400, 'InvalidArgument', 'Part number must be an integer between 1 and 10000, inclusive');
  const origin = String(req.headers.origin || '');
  const config = await store.cors(bucket).catch(() => null);
  setCorsHeaders(res, config, origin, 'PUT');
  let stored: { md5: string };
  try {
    stored = await store.putPart(bucket, uploadId, part, req);
  } catch (e) {
    const err = e as { code?: unknown; status?: unknown; message?: unknown };
    if (res.headersSent || res.destroyed) return void res.destroy();
    const status = typeof err.status === 'number' ? err.status : 500;
    if (status < 500 && typeof err.code === 'string') return s3Error(res, status, err.code, String(err.message));
    return s3Error(res, 500, 'InternalError', 'We encountered an internal error. Please try again.');
  }
  res.writeHead(200, { ETag: '"' + stored.md5 + '"', 'Content-Length': '0' });
  res.end();
}
