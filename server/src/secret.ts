/**
 * The shared secret of the API instances: signs upload ids and derives the handles of uploads, and admits the
 * instances to the built-in storage. Given as `sharedSecret` (`FP_SHARED_SECRET`); otherwise kept in
 * `<dataDir>/shared-secret`, made once (random) by the first instance that needs it, so a restarted instance, and
 * instances sharing one data folder, agree.
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';

export async function resolveSecret(given: string | undefined, dataDir: string): Promise<string> {
  if (given) return given;
  const file = path.join(dataDir, 'shared-secret');
  try {
    await fsp.writeFile(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  for (let i = 0; i < 20; i++) {
    const text = (await fsp.readFile(file, 'utf8')).trim();
    if (text) return text;
    // another instance made the file a moment ago and is still writing it
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`server: ${file} is empty; remove it or set FP_SHARED_SECRET`);
}
