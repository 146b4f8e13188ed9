/**
 * The `azure` location: Azure Blob Storage through @azure/storage-blob, with the account's shared key.
 *
 * Multipart uploads go straight from the client to Azure, as S3 parts do: `/multipart/upload` hands out a SAS URL
 * that lets the client create one blob, `.fp-azure/<id>/part-<n>` (Put Blob, with `x-ms-blob-type: BlockBlob` and,
 * where the client gave one, `Content-MD5`, which Azure checks). Put Blob answers an `ETag`, which both this
 * library's engine and filestack-js read from the part PUT's answer; Put Block answers none, so parts are not PUT as
 * blocks of the final blob directly. Completion builds the blob from the parts: each becomes block `fp-part-<n>` of it
 * (Put Block From URL, a copy inside Azure; an emulator without it gets the part's bytes through this server), then
 * Put Block List commits them in order with the blob's content type and metadata, and the parts are deleted. Abort
 * deletes the parts: no block of the final blob exists before completion, so none is left uncommitted.
 * Nothing is kept in process memory: an upload's facts are in `.fp-azure/<id>/upload.json`.
 */
import { randomBytes } from 'crypto';
import { Readable } from 'stream';
import { BlobSASPermissions, BlobServiceClient, ContainerClient, SASProtocol, StorageSharedKeyCredential, generateBlobSASQueryParameters } from '@azure/storage-blob';
import type { AzureConfig } from '../config';
import type { ObjectHead, ObjectRead, PartTarget, StorageAdapter } from './adapter';
import type { ListedObject, StoredPart } from './types';
import { AZURE_PREFIX, blockIdOf, fromAzureMetadata, noSuchUpload, partKey, partNumberOf, rangeOf, stateKey, statusOf, toAzureMetadata, unquote, uploadFolder } from './azureNames';

/** What start recorded about an upload (`.fp-azure/<id>/upload.json`). */
interface UploadState {
  key: string;
  contentType: string;
  metadata: Record<string, string>;
}

/** How many parts completion copies at once. */
const COPY_CONCURRENCY = 4;

export class AzureStorage implements StorageAdapter {
  readonly location = 'azure';
  readonly bucket: string;
  /** the Blob service URL, without trailing slash */
  private readonly endpoint: string;
  /** signs SAS URLs */
  private readonly credential: StorageSharedKeyCredential;
  /** the SDK's client of the Blob service */
  private readonly service: BlobServiceClient;
  /** lifetime of SAS URLs, seconds */
  private readonly expires: number;
  /** SAS URLs of an https endpoint are valid over https only */
  private readonly protocol: SASProtocol;
  /** false once the service answered Put Block From URL with 501 (an emulator): parts are then copied through here */
  private copyByUrl = true;

  constructor(cfg: Required<AzureConfig>, presignExpiresSeconds: number) {
    this.bucket = cfg.container;
    this.endpoint = cfg.endpoint;
    this.expires = presignExpiresSeconds;
    this.protocol = /^https:/i.test(cfg.endpoint) ? SASProtocol.Https : SASProtocol.HttpsAndHttp;
    this.credential = new StorageSharedKeyCredential(cfg.account, cfg.key);
    this.service = new BlobServiceClient(cfg.endpoint, this.credential);
  }

  private container(bucket: string): ContainerClient {
    return this.service.getContainerClient(bucket);
  }

  /** A URL of `key` carrying a SAS with `permissions` (`cw`: create and write it; `r`: read it). */
  private sasUrl(bucket: string, key: string, permissions: string): string {
    const sas = generateBlobSASQueryParameters(
      { containerName: bucket, blobName: key, permissions: BlobSASPermissions.parse(permissions), expiresOn: new Date(Date.now() + this.expires * 1000), protocol: this.protocol },
      this.credential,
    ).toString();
    return `${this.endpoint}/${encodeURIComponent(bucket)}/${key.split('/').map(encodeURIComponent).join('/')}?${sas}`;
  }

  async ensureBucket(bucket: string, create: boolean): Promise<boolean> {
    const c = this.container(bucket);
    if (await c.exists()) return true;
    if (!create) return false;
    await c.createIfNotExists();
    return true;
  }

  async createMultipart(bucket: string, key: string, contentType: string, metadata: Record<string, string>): Promise<string> {
    const uploadId = randomBytes(12).toString('hex');
    const state = Buffer.from(JSON.stringify({ key, contentType, metadata } satisfies UploadState));
    await this.container(bucket).getBlockBlobClient(stateKey(uploadId)).upload(state, state.length, { blobHTTPHeaders: { blobContentType: 'application/json' } });
    return uploadId;
  }

  async partTarget(bucket: string, _key: string, uploadId: string, part: number, md5?: string): Promise<PartTarget> {
    const headers: Record<string, string> = { 'x-ms-blob-type': 'BlockBlob' };
    if (md5) headers['Content-MD5'] = md5;
    return { url: this.sasUrl(bucket, partKey(uploadId, part), 'cw'), headers };
  }

  private async state(bucket: string, uploadId: string): Promise<UploadState> {
    try {
      return JSON.parse((await this.getBuffer(stateKey(uploadId), bucket)).toString('utf8')) as UploadState;
    } catch (e) {
      if (this.missing(e) || e instanceof SyntaxError) throw noSuchUpload(uploadId);
      throw e;
    }
  }

  async listParts(bucket: string, _key: string, uploadId: string): Promise<StoredPart[]> {
    await this.state(bucket, uploadId);
    const parts: StoredPart[] = [];
    for await (const b of this.container(bucket).listBlobsFlat({ prefix: uploadFolder(uploadId) + 'part-' })) {
      const n = partNumberOf(uploadId, b.name);
      if (n) parts.push({ partNumber: n, etag: unquote(b.properties.etag), size: b.properties.contentLength || 0 });
    }
    return parts.sort((a, b) => a.partNumber - b.partNumber);
  }

  /** Makes part `n` block `fp-part-<n>` of the final blob. */
  private async stagePart(bucket: string, key: string, uploadId: string, p: StoredPart): Promise<void> {
    const target = this.container(bucket).getBlockBlobClient(key);
    const source = partKey(uploadId, p.partNumber);
    if (this.copyByUrl) {
      try {
        await target.stageBlockFromURL(blockIdOf(p.partNumber), this.sasUrl(bucket, source, 'r'));
        return;
      } catch (e) {
        if (statusOf(e) !== 501) throw e;
        this.copyByUrl = false;
      }
    }
    const r = await this.container(bucket).getBlobClient(source).download();
    const body = r.readableStreamBody as NodeJS.ReadableStream;
    await target.stageBlock(blockIdOf(p.partNumber), () => body, r.contentLength || 0);
  }

  async complete(bucket: string, key: string, uploadId: string, parts: StoredPart[]): Promise<string> {
    const s = await this.state(bucket, uploadId);
    for (let i = 0; i < parts.length; i += COPY_CONCURRENCY) {
      await Promise.all(parts.slice(i, i + COPY_CONCURRENCY).map((p) => this.stagePart(bucket, key, uploadId, p)));
    }
    const out = await this.container(bucket)
      .getBlockBlobClient(key)
      .commitBlockList(parts.map((p) => blockIdOf(p.partNumber)), { blobHTTPHeaders: { blobContentType: s.contentType }, metadata: toAzureMetadata(s.metadata) });
    await this.dropUpload(bucket, uploadId);
    return unquote(out.etag);
  }

  /** Deletes the upload's parts, then its state. */
  private async dropUpload(bucket: string, uploadId: string): Promise<void> {
    const keys = (await this.listObjects(bucket, uploadFolder(uploadId))).map((o) => o.key).filter((k) => k !== stateKey(uploadId));
    await Promise.all(keys.map((k) => this.delete(bucket, k)));
    await this.delete(bucket, stateKey(uploadId));
  }

  async abort(bucket: string, _key: string, uploadId: string): Promise<void> {
    await this.dropUpload(bucket, uploadId);
  }

  async putObject(bucket: string, key: string, body: Readable | Buffer, length: number, contentType: string, metadata: Record<string, string>): Promise<string> {
    const blob = this.container(bucket).getBlockBlobClient(key);
    const options = { blobHTTPHeaders: { blobContentType: contentType }, metadata: toAzureMetadata(metadata) };
    const out = Buffer.isBuffer(body) ? await blob.upload(body, length, options) : await blob.uploadStream(body, 4 * 1024 * 1024, 4, options);
    return unquote(out.etag);
  }

  async head(bucket: string, key: string): Promise<ObjectHead | null> {
    try {
      const p = await this.container(bucket).getBlobClient(key).getProperties();
      return { size: p.contentLength || 0, contentType: p.contentType || 'application/octet-stream', etag: unquote(p.etag), lastModified: p.lastModified, metadata: fromAzureMetadata(p.metadata) };
    } catch (e) {
      if (this.missing(e)) return null;
      throw e;
    }
  }

  async read(bucket: string, key: string, range?: string): Promise<ObjectRead | null> {
    const blob = this.container(bucket).getBlobClient(key);
    try {
      let part: { offset: number; count: number } | null = null;
      let size = 0;
      if (range) {
        size = (await blob.getProperties()).contentLength || 0;
        part = rangeOf(range, size);
      }
      const r = part ? await blob.download(part.offset, part.count) : await blob.download();
      const contentRange = part ? `bytes ${part.offset}-${part.offset + part.count - 1}/${size}` : undefined;
      return { body: r.readableStreamBody as Readable, length: r.contentLength, contentRange, etag: r.etag };
    } catch (e) {
      if (this.missing(e)) return null;
      throw e;
    }
  }

  async getBuffer(key: string, bucket = this.bucket): Promise<Buffer> {
    return this.container(bucket).getBlobClient(key).downloadToBuffer();
  }

  async delete(bucket: string, key: string): Promise<void> {
    await this.container(bucket).getBlobClient(key).deleteIfExists();
  }

  async listObjects(bucket = this.bucket, prefix?: string): Promise<ListedObject[]> {
    const out: ListedObject[] = [];
    for await (const b of this.container(bucket).listBlobsFlat({ prefix })) out.push({ key: b.name, size: b.properties.contentLength || 0, lastModified: b.properties.lastModified });
    return out;
  }

  /** Uploads started before `before` that neither completed nor were aborted: their parts and state are deleted. */
  async sweepUploads(before: Date, bucket = this.bucket): Promise<number> {
    let n = 0;
    for (const o of await this.listObjects(bucket, AZURE_PREFIX)) {
      const m = /^\.fp-azure\/([0-9a-f]{24})\/upload\.json$/.exec(o.key);
      if (!m || !o.lastModified || o.lastModified >= before) continue;
      await this.dropUpload(bucket, m[1]);
      n++;
    }
    return n;
  }

  missing(e: unknown): boolean {
    return statusOf(e) === 404;
  }
}
