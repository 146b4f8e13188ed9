/**
 * Multipart uploads staged in this server's own (`s3`) storage, for locations browsers cannot PUT parts to themselves
 * (`dropbox`: its bearer token stays on the server; `rackspace`: its token likewise). An upload is a multipart upload
 * of `<root>up/<id>` in the default bucket: its parts are presigned PUTs there (checked by Content-MD5; fault
 * injection and the same-origin mount apply, as for `s3`). Complete assembles them there into one staged object,
 * which the location then sends to its backend, in order, and deletes. Abort aborts the staged upload: nothing
 * reaches the backend before complete. The `s3` sweeper aborts staged uploads older than the upload TTL;
 * `sweep` deletes staged objects a failed complete left.
 */
import { randomBytes } from 'crypto';
import { Readable } from 'stream';
import type { Storage } from './Storage';
import type { ObjectHead, PartTarget } from './adapter';
import type { StoredPart } from './types';

function noSuchUpload(): Error {
  const e = new Error('The specified upload does not exist');
  e.name = 'NoSuchUpload';
  return e;
}

export async function collect(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of body) chunks.push(Buffer.from(c as Uint8Array));
  return Buffer.concat(chunks);
}

/** Reads `body` in order, `n` bytes per call (the offset is where the caller is, for readers that seek). */
export function sequential(body: Readable | Buffer): (offset: number, n: number) => Promise<Buffer> {
  if (Buffer.isBuffer(body)) return async (offset, n) => body.subarray(offset, offset + n);
  const it = body[Symbol.asyncIterator]();
  let held = Buffer.alloc(0);
  return async (_offset, n) => {
    const parts = [held];
    let have = held.length;
    while (have < n) {
      const r = await it.next();
      if (r.done) throw new Error('storage: the body ended before its length');
      const b = Buffer.from(r.value as Uint8Array);
      parts.push(b);
      have += b.length;
    }
    const all = Buffer.concat(parts);
    held = all.subarray(n);
    return all.subarray(0, n);
  };
}

/** An assembled upload: its type, metadata and size as given at start, and its bytes by range. */
export interface Assembled {
  head: ObjectHead;
  /** `n` bytes from `offset` */
  bytes(offset: number, n: number): Promise<Buffer>;
}

export class StagedUploads {
  private readonly staging: Storage;
  private readonly bucket: string;
  /** `.fp-<location>/` */
  private readonly root: string;

  constructor(staging: Storage, bucket: string, root: string) {
    this.staging = staging;
    this.bucket = bucket;
    this.root = root;
  }

  private key = (id: string): string => `${this.root}up/${id}`;

  /** Our upload id is `<24 hex>_<the staged upload's id>`. */
  private parse(uploadId: string): { id: string; staged: string } {
    const m = /^([0-9a-f]{24})_(.+)$/.exec(uploadId);
    if (!m) throw noSuchUpload();
    return { id: m[1], staged: m[2] };
  }

  async create(contentType: string, metadata: Record<string, string>): Promise<string> {
    const id = randomBytes(12).toString('hex');
    return id + '_' + (await this.staging.createMultipart(this.bucket, this.key(id), contentType, metadata));
  }

  async partTarget(uploadId: string, part: number, md5?: string): Promise<PartTarget> {
    const u = this.parse(uploadId);
    const url = await this.staging.presignPart(this.bucket, this.key(u.id), u.staged, part, md5);
    return { url, headers: md5 ? { 'Content-MD5': md5 } : {}, staged: true };
  }

  listParts(uploadId: string): Promise<StoredPart[] | null> {
    const u = this.parse(uploadId);
    return this.staging.listParts(this.bucket, this.key(u.id), u.staged);
  }

  /** Assembles the parts into the staged object (already done by an earlier complete: reuses it). */
  async assemble(uploadId: string, parts: StoredPart[]): Promise<Assembled> {
    const u = this.parse(uploadId);
    const key = this.key(u.id);
    try {
      await this.staging.complete(this.bucket, key, u.staged, parts);
    } catch (e) {
      // a complete sent again after the staged object was assembled (and the sending to the backend failed)
      if ((e as Error).name !== 'NoSuchUpload' || !(await this.staging.head(this.bucket, key))) throw e;
    }
    const head = (await this.staging.head(this.bucket, key)) as ObjectHead;
    return { head, bytes: async (offset, n) => collect((await this.staging.get(this.bucket, key, `bytes=${offset}-${offset + n - 1}`)).Body as Readable) };
  }

  /** Deletes the staged object of a completed upload. */
  async done(uploadId: string): Promise<void> {
    await this.staging.delete(this.bucket, this.key(this.parse(uploadId).id));
  }

  /** Drops the staged upload (and a staged object a failed complete left). */
  async abort(uploadId: string): Promise<void> {
    const u = this.parse(uploadId);
    await this.staging.abort(this.bucket, this.key(u.id), u.staged);
    await this.staging.delete(this.bucket, this.key(u.id));
  }

  /** Deletes staged objects (left by failed completes) older than `before`; resolves with how many. */
  async sweep(before: Date): Promise<number> {
    let n = 0;
    for (const o of await this.staging.listObjects(this.bucket, this.root + 'up/')) {
      if (!o.lastModified || o.lastModified >= before) continue;
      await this.staging.delete(this.bucket, o.key);
      n++;
    }
    return n;
  }
}

