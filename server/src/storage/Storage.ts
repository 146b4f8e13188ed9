/** The `s3` location's storage, through the S3 API (@aws-sdk/client-s3 and its presigner): every call the server makes to S3. */
import { Readable } from 'stream';
import { createHash } from 'crypto';
import {
  S3Client,
  HeadBucketCommand,
  CreateBucketCommand,
  PutBucketCorsCommand,
  CreateMultipartUploadCommand,
  UploadPartCommand,
  PutObjectCommand,
  ListPartsCommand,
  CompleteMultipartUploadCommand,
  AbortMultipartUploadCommand,
  HeadObjectCommand,
  GetObjectCommand,
  DeleteObjectCommand,
  ListObjectsV2Command,
  ListMultipartUploadsCommand,
  ListBucketsCommand,
  CopyObjectCommand,
  GetObjectCommandOutput,
} from '@aws-sdk/client-s3';
import { Presigner } from './presign';
import type { S3Config } from '../config';
import type { ListedObject, OpenUploadInfo, StoredPart } from './types';
import { ADMISSION_HEADER } from './admission';
import type { ObjectHead, ObjectRead, PartTarget, StorageAdapter } from './adapter';

export type { ListedObject, OpenUploadInfo, StoredPart } from './types';
export type { ObjectHead } from './adapter';

/** What ListObjectsV2 with Delimiter `/` answered for one folder. */
export interface FolderPage {
  /** the sub-folder prefixes, each ending with `/` */
  prefixes: string[];
  objects: { key: string; size: number; lastModified?: Date }[];
  truncated: boolean;
}

const unquote = (s: string | undefined): string => (s || '').replace(/"/g, '');

/** The storage does not implement the operation (s3rver: ListParts, AbortMultipartUpload, ListMultipartUploads). */
function unsupported(e: unknown): boolean {
  const name = (e as Error).name;
  return name === 'MethodNotAllowed' || name === 'NotImplemented';
}

/** The `s3` location's storage (external S3 or the built-in storage), and the home of the handle index. */
export class Storage implements StorageAdapter {
  readonly location: string = 's3';
  readonly client: S3Client;
  /** signs presigned URLs: the same settings as `client`, without the internal token header */
  private readonly presigner: S3Client;
  /** the URLs `getSignedUrl` would give with `presigner`, without its per-call pipeline (presign.ts) */
  private readonly fast: Presigner;
  readonly endpoint: string;
  readonly bucket: string;
  readonly region: string;
  /**
   * The built-in storage (s3rver behind our gate, in this process or its own): every bucket on it is ours, and its
   * listings are not paged (see listFolder).
   */
  readonly builtin: boolean;
  /** lifetime of presigned URLs, seconds */
  private readonly expires: number;
  /** buckets known to exist (a cache) */
  private readonly known = new Set<string>();
  /** buckets this process has started uploads in (what its sweeper looks at on external storage, besides the default) */
  private readonly uploadBuckets = new Set<string>();

  /** `admission`: the built-in storage's admission header value for each call (see admission.ts). */
  constructor(cfg: S3Config, presignExpiresSeconds: number, admission?: () => string) {
    this.endpoint = cfg.endpoint.replace(/\/+$/, '');
    this.bucket = cfg.bucket;
    this.region = cfg.region;
    this.builtin = !!admission;
    this.expires = presignExpiresSeconds;
    const settings = {
      endpoint: this.endpoint,
      region: cfg.region,
      forcePathStyle: true,
      credentials: { accessKeyId: cfg.accessKeyId, secretAccessKey: cfg.secretAccessKey },
      requestChecksumCalculation: 'WHEN_REQUIRED' as const,
      responseChecksumValidation: 'WHEN_REQUIRED' as const,
      maxAttempts: 3,
    };
    this.client = new S3Client(settings);
    this.presigner = new S3Client(settings);
    this.fast = new Presigner(this.presigner, this.endpoint, cfg.region, createHash('sha256').update(JSON.stringify([cfg.accessKeyId, cfg.secretAccessKey])).digest('base64'));
    if (admission) {
      // Lets the built-in storage's gate tell the API instances' own calls from presigned client calls.
      this.client.middlewareStack.add(
        (next) => async (args) => {
          const req = args.request as { headers?: Record<string, string> };
          if (req && req.headers) req.headers[ADMISSION_HEADER] = admission();
          return next(args);
        },
        { step: 'build', name: 'fpInternalToken' },
      );
    }
  }

  /** Whether the bucket exists; creates it when `create` (cached once known). */
  async ensureBucket(bucket: string, create: boolean): Promise<boolean> {
    if (this.known.has(bucket)) return true;
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: bucket }));
      this.known.add(bucket);
      return true;
    } catch (e) {
      const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (status !== 404 && (e as Error).name !== 'NotFound' && (e as Error).name !== 'NoSuchBucket') throw e;
    }
    if (!create) return false;
    try {
      await this.client.send(new CreateBucketCommand({ Bucket: bucket }));
    } catch (e) {
      if ((e as Error).name !== 'BucketAlreadyOwnedByYou' && (e as Error).name !== 'BucketAlreadyExists') throw e;
    }
    await this.setCors(bucket);
    this.known.add(bucket);
    return true;
  }

  /** Browser PUTs from any origin, with `ETag` exposed (clients read it to complete). */
  async setCors(bucket: string): Promise<void> {
    await this.client.send(
      new PutBucketCorsCommand({
        Bucket: bucket,
        CORSConfiguration: {
          CORSRules: [
            { AllowedOrigins: ['*'], AllowedMethods: ['PUT', 'GET', 'HEAD', 'POST'], AllowedHeaders: ['*'], ExposeHeaders: ['ETag'], MaxAgeSeconds: 3000 },
          ],
        },
      }),
    );
  }

  async createMultipart(bucket: string, key: string, contentType: string, metadata: Record<string, string>): Promise<string> {
    this.uploadBuckets.add(bucket);
    const out = await this.client.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ContentType: contentType, Metadata: metadata }));
    if (!out.UploadId) throw new Error('storage returned no UploadId');
    return out.UploadId;
  }

  /** A presigned `UploadPart` URL; with `md5` (base64), `Content-MD5` is a signed header the client must send. */
  presignPart(bucket: string, key: string, uploadId: string, part: number, md5?: string, signingDate?: Date, expiresIn?: number): Promise<string> {
    return this.fast.put(bucket, key, md5, expiresIn || this.expires, signingDate, { uploadId, part });
  }

  /** The part's presigned URL; a given `md5` is the `Content-MD5` header the PUT must carry. */
  async partTarget(bucket: string, key: string, uploadId: string, part: number, md5?: string): Promise<PartTarget> {
    return { url: await this.presignPart(bucket, key, uploadId, part, md5), headers: md5 ? { 'Content-MD5': md5 } : {} };
  }

  /** A presigned `PutObject` URL (chunks of intelligent ingestion). */
  presignPut(bucket: string, key: string, md5?: string, signingDate?: Date, expiresIn?: number): Promise<string> {
    return this.fast.put(bucket, key, md5, expiresIn || this.expires, signingDate);
  }

  /**
   * The parts storage holds for an upload (ListParts; the built-in storage answers it from s3rver's data folder).
   * `null` when an external storage cannot list parts (e.g. a plain s3rver given as `s3`).
   */
  async listParts(bucket: string, key: string, uploadId: string): Promise<StoredPart[] | null> {
    const parts: StoredPart[] = [];
    let marker: string | undefined;
    for (;;) {
      let out;
      try {
        out = await this.client.send(new ListPartsCommand({ Bucket: bucket, Key: key, UploadId: uploadId, PartNumberMarker: marker }));
      } catch (e) {
        if (unsupported(e)) return null;
        throw e;
      }
      for (const p of out.Parts || []) parts.push({ partNumber: p.PartNumber || 0, etag: unquote(p.ETag), size: p.Size || 0 });
      if (!out.IsTruncated) break;
      marker = out.NextPartNumberMarker;
    }
    return parts;
  }

  async complete(bucket: string, key: string, uploadId: string, parts: StoredPart[]): Promise<string> {
    const out = await this.client.send(
      new CompleteMultipartUploadCommand({
        Bucket: bucket,
        Key: key,
        UploadId: uploadId,
        MultipartUpload: { Parts: parts.map((p) => ({ PartNumber: p.partNumber, ETag: '"' + p.etag + '"' })) },
      }),
    );
    return unquote(out.ETag);
  }

  /** Aborts the upload and removes its parts (the built-in storage's gate does it for s3rver, which lacks it). */
  async abort(bucket: string, key: string, uploadId: string): Promise<void> {
    try {
      await this.client.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }));
    } catch (e) {
      if ((e as Error).name === 'NoSuchUpload') return;
      if (unsupported(e)) {
        process.stderr.write(`server: warning: storage at ${this.endpoint} cannot abort multipart uploads; upload ${uploadId} keeps its parts there\n`);
        return;
      }
      throw e;
    }
  }

  async listMultipartUploads(bucket = this.bucket): Promise<OpenUploadInfo[]> {
    const out: OpenUploadInfo[] = [];
    let keyMarker: string | undefined;
    let idMarker: string | undefined;
    for (;;) {
      const r = await this.client.send(new ListMultipartUploadsCommand({ Bucket: bucket, KeyMarker: keyMarker, UploadIdMarker: idMarker }));
      for (const u of r.Uploads || []) out.push({ key: u.Key || '', uploadId: u.UploadId || '', initiated: u.Initiated || new Date(0) });
      if (!r.IsTruncated) break;
      keyMarker = r.NextKeyMarker;
      idMarker = r.NextUploadIdMarker;
    }
    return out;
  }

  async uploadPart(bucket: string, key: string, uploadId: string, part: number, body: Readable, length: number): Promise<string> {
    const out = await this.client.send(new UploadPartCommand({ Bucket: bucket, Key: key, UploadId: uploadId, PartNumber: part, Body: body, ContentLength: length }));
    return unquote(out.ETag);
  }

  async putObject(bucket: string, key: string, body: Readable | Buffer, length: number, contentType: string, metadata: Record<string, string>, publicAcl: boolean): Promise<string> {
    const out = await this.client.send(
      new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentLength: length, ContentType: contentType, Metadata: metadata, ACL: publicAcl ? 'public-read' : undefined }),
    );
    return unquote(out.ETag);
  }

  async head(bucket: string, key: string): Promise<ObjectHead | null> {
    try {
      const h = await this.client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return { size: h.ContentLength || 0, contentType: h.ContentType || 'application/octet-stream', etag: unquote(h.ETag), lastModified: h.LastModified, metadata: h.Metadata || {} };
    } catch (e) {
      if (Storage.missing(e)) return null;
      throw e;
    }
  }

  get(bucket: string, key: string, range?: string): Promise<GetObjectCommandOutput> {
    return this.client.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: range }));
  }

  async read(bucket: string, key: string, range?: string): Promise<ObjectRead | null> {
    try {
      const o = await this.get(bucket, key, range);
      return { body: o.Body as Readable, length: o.ContentLength, contentRange: o.ContentRange, etag: o.ETag };
    } catch (e) {
      if (Storage.missing(e)) return null;
      throw e;
    }
  }

  missing(e: unknown): boolean {
    return Storage.missing(e);
  }

  async delete(bucket: string, key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
  }

  /** Every object under `prefix`, with its `LastModified` (paged with StartAfter: see listFolder on s3rver's tokens). */
  async listObjects(bucket = this.bucket, prefix?: string): Promise<ListedObject[]> {
    const out: ListedObject[] = [];
    let after: string | undefined;
    for (;;) {
      const r = await this.client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, StartAfter: after, MaxKeys: this.builtin ? 2147483647 : 1000 }));
      for (const o of r.Contents || []) out.push({ key: o.Key || '', size: o.Size || 0, lastModified: o.LastModified });
      if (!r.IsTruncated || !r.Contents || !r.Contents.length) break;
      after = r.Contents[r.Contents.length - 1].Key;
    }
    return out;
  }

  /**
   * The buckets the sweeper looks at: all of the built-in storage's; on external storage the default bucket and those
   * this process has started uploads in (never other buckets of the account).
   */
  async sweepBuckets(): Promise<string[]> {
    const names = new Set<string>([this.bucket, ...this.uploadBuckets]);
    if (this.builtin) {
      const r = await this.client.send(new ListBucketsCommand({}));
      for (const b of r.Buckets || []) if (b.Name) names.add(b.Name);
    }
    return Array.from(names);
  }

  /**
   * The folder `prefix`: its objects and sub-folders (S3's CommonPrefixes) after the key `startAfter`. Continuation
   * tokens are not used: s3rver makes them with DES, which the OpenSSL of current Node versions refuses, so a truncated
   * s3rver listing fails. The embedded s3rver is therefore asked for everything after `startAfter` (callers cut the page).
   */
  async listFolder(bucket: string, prefix: string, maxKeys: number, startAfter?: string): Promise<FolderPage> {
    const max = this.builtin ? 2147483647 : maxKeys;
    const r = await this.client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, Delimiter: '/', MaxKeys: max, StartAfter: startAfter }));
    return {
      prefixes: (r.CommonPrefixes || []).map((p) => p.Prefix || '').filter(Boolean),
      objects: (r.Contents || []).map((o) => ({ key: o.Key || '', size: o.Size || 0, lastModified: o.LastModified })),
      truncated: !!r.IsTruncated,
    };
  }

  /** Server-side copy (CopyObject) with new metadata; resolves with the copy's ETag. */
  async copy(from: { bucket: string; key: string }, bucket: string, key: string, contentType: string, metadata: Record<string, string>, publicAcl: boolean): Promise<string> {
    const source = encodeURIComponent(from.bucket) + '/' + from.key.split('/').map(encodeURIComponent).join('/');
    const out = await this.client.send(
      new CopyObjectCommand({ Bucket: bucket, Key: key, CopySource: source, MetadataDirective: 'REPLACE', ContentType: contentType, Metadata: metadata, ACL: publicAcl ? 'public-read' : undefined }),
    );
    return unquote(out.CopyObjectResult && out.CopyObjectResult.ETag);
  }

  destroy(): void {
    this.client.destroy();
    this.presigner.destroy();
  }

  /** 404 from storage (a missing object or bucket). */
  static missing(e: unknown): boolean {
    const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    return status === 404 || (e as Error).name === 'NotFound' || (e as Error).name === 'NoSuchKey';
  }

  async getBuffer(key: string, bucket = this.bucket): Promise<Buffer> {
    const r = await this.get(bucket, key);
    const chunks: Buffer[] = [];
    for await (const c of r.Body as Readable) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }
}
