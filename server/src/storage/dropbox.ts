/**
 * The `dropbox` location: files in a Dropbox (API v2, dropboxApi.ts), the key (`path`) as the Dropbox path `/<key>`.
 * Dropbox has no containers (`container` does not apply: every file's container is `dropbox`) nor regions, and keeps
 * no content type or metadata with a file.
 *
 * Parts: browsers cannot call Dropbox (its bearer token stays on this server), so multipart uploads are staged in this
 * server's own storage (stagedUploads.ts, under `.fp-dropbox/up/`). Complete sends the assembled file to Dropbox in
 * order (`/2/files/upload` up to 16 MiB; else `upload_session/start`, `append_v2` per 16 MiB at the running offset,
 * `finish` committing to the path). Abort aborts the staged upload: no Dropbox session exists before complete. A
 * complete that fails midway leaves a session that is never finished (Dropbox drops it, nothing appears at the path)
 * and a staged object the sweeper deletes.
 *
 * Records in this server's storage: each file's content type and metadata at `.fp-dropbox/meta/<lower-case key>`
 * (Dropbox paths are case-insensitive); the server's bookkeeping objects (keys `.fp-…`: start records, completion
 * markers) at `.fp-dropbox/obj/<key>`.
 */
import { Readable } from 'stream';
import { Storage } from './Storage';
import type { ObjectHead, ObjectRead, PartTarget, StorageAdapter } from './adapter';
import type { ListedObject, StoredPart } from './types';
import { DropboxApi, DropboxError, DropboxFile } from './dropboxApi';
import { DROPBOX_CONTAINER, ResolvedDropbox } from './locationConfig';
import { StagedUploads, collect, sequential } from './stagedUploads';

const ROOT = '.fp-dropbox/';
/** bytes per upload or append call (a multiple of 4 MiB, as Dropbox advises; it takes at most 150 MB per call) */
const CHUNK = 16 * 1024 * 1024;

/** What this server keeps about a Dropbox file. */
interface FileRecord {
  contentType: string;
  metadata: Record<string, string>;
}

const isOwn = (key: string): boolean => key.indexOf('.fp-') === 0;

export class DropboxStorage implements StorageAdapter {
  readonly location = 'dropbox';
  readonly bucket = DROPBOX_CONTAINER;
  private readonly api: DropboxApi;
  /** this server's own storage and bucket: staged parts, file records, bookkeeping */
  private readonly staging: Storage;
  private readonly stagingBucket: string;
  private readonly uploads: StagedUploads;

  constructor(cfg: ResolvedDropbox, staging: Storage, stagingBucket: string) {
    this.api = new DropboxApi(cfg);
    this.staging = staging;
    this.stagingBucket = stagingBucket;
    this.uploads = new StagedUploads(staging, stagingBucket, ROOT);
  }
  private recordKey = (key: string): string => `${ROOT}meta/${key.toLowerCase()}`;
  private ownKey = (key: string): string => `${ROOT}obj/${key}`;
  private path = (key: string): string => '/' + key;

  /** Dropbox has no buckets: there is always one. */
  async ensureBucket(): Promise<boolean> {
    return true;
  }

  createMultipart(_bucket: string, _key: string, contentType: string, metadata: Record<string, string>): Promise<string> {
    return this.uploads.create(contentType, metadata);
  }

  partTarget(_bucket: string, _key: string, uploadId: string, part: number, md5?: string): Promise<PartTarget> {
    return this.uploads.partTarget(uploadId, part, md5);
  }

  listParts(_bucket: string, _key: string, uploadId: string): Promise<StoredPart[] | null> {
    return this.uploads.listParts(uploadId);
  }

  async complete(_bucket: string, key: string, uploadId: string, parts: StoredPart[]): Promise<string> {
    const a = await this.uploads.assemble(uploadId, parts);
    const file = await this.send(key, a.head.size, a.bytes);
    await this.putRecord(key, { contentType: a.head.contentType, metadata: a.head.metadata });
    await this.uploads.done(uploadId);
    return file.content_hash || file.rev || '';
  }

  /** Sends `size` bytes to the Dropbox path of `key` (replacing a file there), `chunk` giving them in order. */
  private async send(key: string, size: number, chunk: (offset: number, n: number) => Promise<Buffer>): Promise<DropboxFile> {
    const commit = { path: this.path(key), mode: 'overwrite', autorename: false, mute: true };
    if (size <= CHUNK) return this.api.upload<DropboxFile>('/2/files/upload', commit, await chunk(0, size));
    const started = await this.api.upload<{ session_id: string }>('/2/files/upload_session/start', { close: false }, Buffer.alloc(0));
    let offset = 0;
    while (offset < size) {
      const n = Math.min(CHUNK, size - offset);
      await this.api.upload('/2/files/upload_session/append_v2', { cursor: { session_id: started.session_id, offset }, close: offset + n === size }, await chunk(offset, n));
      offset += n;
    }
    return this.api.upload<DropboxFile>('/2/files/upload_session/finish', { cursor: { session_id: started.session_id, offset }, commit }, Buffer.alloc(0));
  }

  abort(_bucket: string, _key: string, uploadId: string): Promise<void> {
    return this.uploads.abort(uploadId);
  }

  private async putRecord(key: string, r: FileRecord): Promise<void> {
    const b = Buffer.from(JSON.stringify(r));
    await this.staging.putObject(this.stagingBucket, this.recordKey(key), b, b.length, 'application/json', {}, false);
  }

  private async record(key: string): Promise<FileRecord | null> {
    try {
      return JSON.parse((await this.staging.getBuffer(this.recordKey(key), this.stagingBucket)).toString('utf8')) as FileRecord;
    } catch (e) {
      if (Storage.missing(e)) return null;
      throw e;
    }
  }

  async putObject(_bucket: string, key: string, body: Readable | Buffer, length: number, contentType: string, metadata: Record<string, string>): Promise<string> {
    if (isOwn(key)) return this.staging.putObject(this.stagingBucket, this.ownKey(key), body, length, contentType, metadata, false);
    const file = await this.send(key, length, sequential(body));
    await this.putRecord(key, { contentType, metadata });
    return file.content_hash || file.rev || '';
  }

  async head(_bucket: string, key: string): Promise<ObjectHead | null> {
    if (isOwn(key)) return this.staging.head(this.stagingBucket, this.ownKey(key));
    let file: DropboxFile;
    try {
      file = await this.api.rpc<DropboxFile>('/2/files/get_metadata', { path: this.path(key) });
    } catch (e) {
      if (this.missing(e)) return null;
      throw e;
    }
    if (file['.tag'] !== 'file') return null;
    const r = await this.record(key);
    const lastModified = file.server_modified ? new Date(file.server_modified) : undefined;
    return { size: file.size, contentType: r ? r.contentType : 'application/octet-stream', etag: file.content_hash || file.rev || '', lastModified, metadata: r ? r.metadata : {} };
  }

  async read(_bucket: string, key: string, range?: string): Promise<ObjectRead | null> {
    if (isOwn(key)) return this.staging.read(this.stagingBucket, this.ownKey(key), range);
    const d = await this.api.download(this.path(key), range);
    return d && { body: d.body, length: d.length, contentRange: d.contentRange, etag: d.file.content_hash ? `"${d.file.content_hash}"` : undefined };
  }

  async getBuffer(key: string): Promise<Buffer> {
    if (isOwn(key)) return this.staging.getBuffer(this.ownKey(key), this.stagingBucket);
    const d = await this.api.download(this.path(key));
    if (!d) throw new DropboxError(409, 'path/not_found/', '/2/files/download');
    return collect(d.body);
  }

  async delete(_bucket: string, key: string): Promise<void> {
    if (isOwn(key)) return this.staging.delete(this.stagingBucket, this.ownKey(key));
    try {
      await this.api.rpc('/2/files/delete_v2', { path: this.path(key) });
    } catch (e) {
      if (!this.missing(e)) throw e;
    }
    await this.staging.delete(this.stagingBucket, this.recordKey(key));
  }

  async listObjects(_bucket?: string, prefix = ''): Promise<ListedObject[]> {
    if (isOwn(prefix)) {
      const at = ROOT + 'obj/';
      return (await this.staging.listObjects(this.stagingBucket, at + prefix)).map((o) => ({ ...o, key: o.key.slice(at.length) }));
    }
    type Page = { entries: DropboxFile[]; cursor: string; has_more: boolean };
    const out: ListedObject[] = [];
    let page = await this.api.rpc<Page>('/2/files/list_folder', { path: '', recursive: true });
    for (;;) {
      for (const f of page.entries) {
        const key = f.path_display.slice(1);
        if (f['.tag'] === 'file' && key.toLowerCase().indexOf(prefix.toLowerCase()) === 0) out.push({ key, size: f.size, lastModified: f.server_modified ? new Date(f.server_modified) : undefined });
      }
      if (!page.has_more) return out;
      page = await this.api.rpc<Page>('/2/files/list_folder/continue', { cursor: page.cursor });
    }
  }

  /** Staged objects a failed complete left, older than `before`, are deleted (open staged uploads: the s3 sweeper's). */
  sweepUploads(before: Date): Promise<number> {
    return this.uploads.sweep(before);
  }

  missing(e: unknown): boolean {
    return (e instanceof DropboxError && e.notFound) || Storage.missing(e);
  }
}
