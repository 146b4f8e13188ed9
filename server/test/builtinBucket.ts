/** One built-in storage over a temp folder with its `fp-uploads` bucket, started before a test file and removed after. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
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
