/** The handle index: handle -> where the file lives and what it is. One small JSON file per handle under `<dataDir>/handles`. */
import { promises as fsp } from 'fs';
import * as path from 'path';
import { HANDLE_RE } from './ids';

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
  private readonly dir: string;
  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'handles');
  }

  async init(): Promise<void> {
    await fsp.mkdir(this.dir, { recursive: true });
  }

  private file(handle: string): string {
    if (!HANDLE_RE.test(handle)) throw new Error('bad handle');
    return path.join(this.dir, handle + '.json');
  }

  async put(r: FileRecord): Promise<void> {
    const f = this.file(r.handle);
    const tmp = f + '.' + process.pid + '.' + Date.now() + '.tmp';
    await fsp.writeFile(tmp, JSON.stringify(r));
    await fsp.rename(tmp, f);
  }

  async get(handle: string): Promise<FileRecord | null> {
    if (!HANDLE_RE.test(handle)) return null;
    try {
      return JSON.parse(await fsp.readFile(this.file(handle), 'utf8')) as FileRecord;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async remove(handle: string): Promise<void> {
    await fsp.rm(this.file(handle), { force: true });
  }
}
