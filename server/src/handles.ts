/**
 * The handle index, in storage: one small JSON record per handle, `.fp-handles/<handle>.json` in the default bucket,
 * so every instance over the same storage reads, writes and removes every handle.
 */
import { HANDLE_RE } from './ids';
import { Storage } from './storage/Storage';

export const HANDLE_PREFIX = '.fp-handles/';

export interface FileRecord {
  handle: string;
  /** the app that stored it (its secret guards the file) */
  apikey: string;
  location: string;
  bucket: string;
  key: string;
  filename: string;
  mimetype: string;
  size: number;
  /** ms since the epoch: the last time the content was stored (a write renews it) */
  uploaded: number;
  /** ms since the epoch: when the handle was first stored (absent = `uploaded`; kept by writes) */
  created?: number;
  access: 'public' | 'private';
  md5?: string;
  /** The `path` store option the file was stored with, if any. */
  path?: string;
}

export class HandleStore {
  /** where the records live */
  private readonly storage: Storage;
  /** the bucket holding `.fp-handles/` */
  private readonly bucket: string;
  constructor(storage: Storage, bucket: string) {
    this.storage = storage;
    this.bucket = bucket;
  }

  private key(handle: string): string {
    if (!HANDLE_RE.test(handle)) throw new Error('bad handle');
    return HANDLE_PREFIX + handle + '.json';
  }

  async put(r: FileRecord): Promise<void> {
    const body = Buffer.from(JSON.stringify(r));
    await this.storage.putObject(this.bucket, this.key(r.handle), body, body.length, 'application/json', {}, false);
  }

  async get(handle: string): Promise<FileRecord | null> {
    if (!HANDLE_RE.test(handle)) return null;
    try {
      return JSON.parse((await this.storage.getBuffer(this.key(handle), this.bucket)).toString('utf8')) as FileRecord;
    } catch (e) {
      if (Storage.missing(e)) return null;
      throw e;
    }
  }

  /**
   * Removes the record. A tombstone `.fp-handles/<handle>.removed` is left first, so a write to the file that is in
   * flight meanwhile (on any instance) sees the removal when it finishes and undoes itself (`wasRemoved`).
   */
  async remove(handle: string): Promise<void> {
    const stone = Buffer.from(String(Date.now()));
    await this.storage.putObject(this.bucket, this.tombstone(handle), stone, stone.length, 'text/plain', {}, false);
    await this.storage.delete(this.bucket, this.key(handle));
  }

  /** Whether the handle was ever removed (its tombstone exists). */
  async wasRemoved(handle: string): Promise<boolean> {
    return (await this.storage.head(this.bucket, this.tombstone(handle))) !== null;
  }

  private tombstone(handle: string): string {
    if (!HANDLE_RE.test(handle)) throw new Error('bad handle');
    return HANDLE_PREFIX + handle + '.removed';
  }
}
