/**
 * The `rackspace` location: Rackspace Cloud Files, the OpenStack Swift object API (swiftApi.ts), in containers of
 * the account. Objects carry their content type and metadata (`X-Object-Meta-*`) as S3's do.
 *
 * Writes: a file up to `segmentBytes` (64 MiB) is one object PUT, with `ETag` (its MD5), which Swift checks. A larger
 * one is stored as a static large object: segments of that size at `.fp-segments/<id>/<n>` in the same container, each a PUT with its
 * MD5 as `ETag`, then the manifest PUT at the key (`?multipart-manifest=put`: the segments' paths, ETags and sizes in
 * order), which Swift checks against the segments before it answers. A write that fails deletes the segments it put;
 * replacing a large object deletes the old one's segments once the new one stands. Delete uses
 * `?multipart-manifest=delete`, which removes a large object's segments with it (a plain object is deleted as is).
 *
 * Parts: browsers do not get the account's token, so multipart uploads are staged in this server's own storage
 * (stagedUploads.ts, under `.fp-rackspace/up/`); complete writes the assembled file as above. Abort aborts the staged
 * upload: nothing reaches Swift before complete.
 */
import { randomBytes, createHash } from 'crypto';
import { Readable } from 'stream';
import type { Storage } from './Storage';
import type { ObjectHead, ObjectRead, PartTarget, StorageAdapter } from './adapter';
import type { ListedObject, StoredPart } from './types';
import type { ResolvedRackspace } from './locationConfig';
import { SwiftApi, SwiftError } from './swiftApi';
import { StagedUploads, collect, sequential } from './stagedUploads';

const META = 'x-object-meta-';

const enc = (key: string): string => key.split('/').map(encodeURIComponent).join('/');
const unquote = (s: string | null): string => (s || '').replace(/"/g, '');
const md5 = (b: Buffer): string => createHash('md5').update(b).digest('hex');

export class RackspaceStorage implements StorageAdapter {
  readonly location = 'rackspace';
  readonly bucket: string;
  private readonly api: SwiftApi;
  private readonly uploads: StagedUploads;
  /** bytes per segment (Swift takes at most 5 GiB per object) */
  private readonly segment: number;

  constructor(cfg: ResolvedRackspace, staging: Storage, stagingBucket: string) {
    this.bucket = cfg.container;
    this.segment = cfg.segmentBytes;
    this.api = new SwiftApi(cfg);
    this.uploads = new StagedUploads(staging, stagingBucket, '.fp-rackspace/');
  }

  private path = (bucket: string, key: string, query = ''): string => `/${encodeURIComponent(bucket)}/${enc(key)}${query}`;

  /** Throws the answer's error unless its status is one of `ok`. */
  private async check(r: Response, what: string, ok: number[]): Promise<Response> {
    if (ok.indexOf(r.status) >= 0) return r;
    throw new SwiftError(r.status, what, await r.text().catch(() => ''));
  }

  async ensureBucket(bucket: string, create: boolean): Promise<boolean> {
    const r = await this.check(await this.api.request('HEAD', `/${encodeURIComponent(bucket)}`), 'HEAD container', [200, 204, 404]);
    if (r.status !== 404) return true;
    if (!create) return false;
    await this.check(await this.api.request('PUT', `/${encodeURIComponent(bucket)}`), 'PUT container', [201, 202]);
    return true;
  }

  createMultipart(_bucket: string, _key: string, contentType: string, metadata: Record<string, string>): Promise<string> {
    return this.uploads.create(contentType, metadata);
  }

  partTarget(_bucket: string, _key: string, uploadId: string, part: number, md5b64?: string): Promise<PartTarget> {
    return this.uploads.partTarget(uploadId, part, md5b64);
  }

  listParts(_bucket: string, _key: string, uploadId: string): Promise<StoredPart[] | null> {
    return this.uploads.listParts(uploadId);
  }

  async complete(bucket: string, key: string, uploadId: string, parts: StoredPart[]): Promise<string> {
    const a = await this.uploads.assemble(uploadId, parts);
    const etag = await this.write(bucket, key, a.head.size, a.bytes, a.head.contentType, a.head.metadata);
    await this.uploads.done(uploadId);
    return etag;
  }

  abort(_bucket: string, _key: string, uploadId: string): Promise<void> {
    return this.uploads.abort(uploadId);
  }

  putObject(bucket: string, key: string, body: Readable | Buffer, length: number, contentType: string, metadata: Record<string, string>): Promise<string> {
    return this.write(bucket, key, length, sequential(body), contentType, metadata);
  }

  private headers(contentType: string, metadata: Record<string, string>): Record<string, string> {
    const h: Record<string, string> = { 'Content-Type': contentType };
    for (const k of Object.keys(metadata)) h[META + k] = metadata[k];
    return h;
  }

  /** Stores `size` bytes at `key` (one object, or segments and a manifest); resolves with the ETag Swift answered. */
  private async write(bucket: string, key: string, size: number, chunk: (offset: number, n: number) => Promise<Buffer>, contentType: string, metadata: Record<string, string>): Promise<string> {
    const old = await this.segmentsOf(bucket, key);
    let etag: string;
    if (size <= this.segment) {
      const b = await chunk(0, size);
      const r = await this.api.request('PUT', this.path(bucket, key), { ...this.headers(contentType, metadata), ETag: md5(b) }, b);
      etag = unquote((await this.check(r, 'PUT object', [201])).headers.get('etag'));
    } else {
      etag = await this.writeLarge(bucket, key, size, chunk, contentType, metadata);
    }
    await Promise.all(old.map((s) => this.deleteQuietly(s)));
    return etag;
  }

  private async writeLarge(bucket: string, key: string, size: number, chunk: (offset: number, n: number) => Promise<Buffer>, contentType: string, metadata: Record<string, string>): Promise<string> {
    const id = randomBytes(12).toString('hex');
    const segments: { path: string; etag: string; size_bytes: number }[] = [];
    try {
      for (let offset = 0, n = 1; offset < size; offset += this.segment, n++) {
        const b = await chunk(offset, Math.min(this.segment, size - offset));
        const name = `.fp-segments/${id}/${('00000' + n).slice(-6)}`;
        await this.check(await this.api.request('PUT', this.path(bucket, name), { ETag: md5(b) }, b), 'PUT segment', [201]);
        segments.push({ path: `/${bucket}/${name}`, etag: md5(b), size_bytes: b.length });
      }
      const manifest = Buffer.from(JSON.stringify(segments));
      const r = await this.api.request('PUT', this.path(bucket, key, '?multipart-manifest=put'), this.headers(contentType, metadata), manifest);
      // like S3's multipart ETags, `<hash>-<parts>`: not the MD5 of the bytes, and nothing takes it for one
      return unquote((await this.check(r, 'PUT manifest', [201])).headers.get('etag')) + '-' + segments.length;
    } catch (e) {
      await Promise.all(segments.map((s) => this.deleteQuietly(s.path)));
      throw e;
    }
  }

  /** The segment paths (`/<container>/<name>`) of the large object at `key`; none for a plain or missing object. */
  private async segmentsOf(bucket: string, key: string): Promise<string[]> {
    const r = await this.api.request('GET', this.path(bucket, key, '?multipart-manifest=get&format=raw'));
    if (r.status === 404 || r.headers.get('x-static-large-object') !== 'True') {
      await r.body?.cancel();
      return [];
    }
    await this.check(r, 'GET manifest', [200]);
    return ((await r.json()) as { path: string }[]).map((s) => s.path);
  }

  private async deleteQuietly(path: string): Promise<void> {
    const r = await this.api.request('DELETE', '/' + path.slice(1).split('/').map(encodeURIComponent).join('/')).catch(() => null);
    await r?.body?.cancel();
  }

  async head(bucket: string, key: string): Promise<ObjectHead | null> {
    const r = await this.check(await this.api.request('HEAD', this.path(bucket, key)), 'HEAD object', [200, 204, 404]);
    if (r.status === 404) return null;
    const metadata: Record<string, string> = {};
    r.headers.forEach((v, k) => {
      if (k.indexOf(META) === 0) metadata[k.slice(META.length)] = v;
    });
    const modified = r.headers.get('last-modified');
    return { size: Number(r.headers.get('content-length') || 0), contentType: r.headers.get('content-type') || 'application/octet-stream', etag: unquote(r.headers.get('etag')), lastModified: modified ? new Date(modified) : undefined, metadata };
  }

  async read(bucket: string, key: string, range?: string): Promise<ObjectRead | null> {
    const r = await this.check(await this.api.request('GET', this.path(bucket, key), range ? { Range: range } : {}), 'GET object', [200, 206, 404]);
    if (r.status === 404) return null;
    const length = r.headers.get('content-length');
    const body = Readable.fromWeb(r.body as import('stream/web').ReadableStream<Uint8Array>);
    return { body, length: length === null ? undefined : Number(length), contentRange: r.headers.get('content-range') || undefined, etag: r.headers.get('etag') || undefined };
  }

  async getBuffer(key: string, bucket = this.bucket): Promise<Buffer> {
    const o = await this.read(bucket, key);
    if (!o) throw new SwiftError(404, 'GET object');
    return collect(o.body);
  }

  async delete(bucket: string, key: string): Promise<void> {
    const r = await this.api.request('DELETE', this.path(bucket, key, '?multipart-manifest=delete'));
    await this.check(r, 'DELETE object', [200, 204, 404]);
    await r.body?.cancel();
  }

  async listObjects(bucket = this.bucket, prefix = ''): Promise<ListedObject[]> {
    const out: ListedObject[] = [];
    let marker = '';
    for (;;) {
      const q = `?format=json&limit=10000&prefix=${encodeURIComponent(prefix)}&marker=${encodeURIComponent(marker)}`;
      const r = await this.check(await this.api.request('GET', `/${encodeURIComponent(bucket)}${q}`), 'GET container', [200, 204]);
      const page = r.status === 204 ? [] : ((await r.json()) as { name: string; bytes: number; last_modified?: string }[]);
      for (const o of page) out.push({ key: o.name, size: o.bytes, lastModified: o.last_modified ? new Date(o.last_modified + (/Z$/.test(o.last_modified) ? '' : 'Z')) : undefined });
      if (page.length < 10000) return out;
      marker = page[page.length - 1].name;
    }
  }

  /** Staged objects a failed complete left, older than `before` (open staged uploads: the s3 sweeper's). */
  sweepUploads(before: Date): Promise<number> {
    return this.uploads.sweep(before);
  }

  missing(e: unknown): boolean {
    return e instanceof SwiftError && e.status === 404;
  }
}
