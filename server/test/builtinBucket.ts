/**
 * The kit of the cloud copy tests: one built-in storage over a temp folder with its `fp-uploads` bucket, started before
 * a test file and removed after, and the chunked stream a provider would hand the copy.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Readable } from 'stream';
import { startBuiltinStorage, BuiltinStorage, builtinClient } from '../src/storage/builtin';
import type { Storage } from '../src/storage/Storage';

export interface BuiltinBucket {
  /** The storage client on the bucket (set once the file's beforeAll ran). */
  st: Storage;
  storage: BuiltinStorage;
}

/** Registers the beforeAll/afterAll that start and remove it; `name` prefixes the temp folder. */
export function useBuiltinBucket(name: string, secret: string): BuiltinBucket {
  const kit = {} as BuiltinBucket;
  let dir = '';
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-' + name + '-'));
    kit.storage = await startBuiltinStorage({ dir, secret });
    kit.st = builtinClient(kit.storage.endpoint, secret, 'fp-uploads', 'us-east-1', 3600);
    await kit.st.ensureBucket('fp-uploads', true);
  });
  afterAll(async () => {
    kit.st.destroy();
    await kit.storage.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return kit;
}

/** A provider's stream as the copy reads it: how many bytes it has pushed so far. */
export type ChunkedSource = Readable & { pushed: () => number };

/** `data` in 64 KiB chunks, read on demand; with `breakAt`, an error instead of the bytes from there on. */
export function chunkedSource(data: Buffer, breakAt?: number): ChunkedSource {
  let at = 0;
  const r = new Readable({
    read() {
      if (breakAt !== undefined && at >= breakAt) return this.destroy(new Error('provider stream broke'));
      if (at >= data.length) return this.push(null);
      const next = Math.min(at + 65536, data.length, breakAt === undefined ? Infinity : breakAt);
      this.push(data.subarray(at, next));
      at = next;
    },
  });
  return Object.assign(r, { pushed: () => at });
}
