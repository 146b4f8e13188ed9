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
  /** ms since the epoch */
  uploaded: number;
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

  async remove(handle: string): Promise<void> {
    await this.storage.delete(this.bucket, this.key(handle));
  }
}
