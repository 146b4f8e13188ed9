/**
 * Earlier versions kept the handle index as files `<dataDir>/handles/<handle>.json`. At start those records are copied
 * into storage (where every instance finds them) and the folder is renamed `handles.imported`, so it happens once.
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import type { FileRecord, HandleStore } from './handles';

export async function importLegacyHandles(dataDir: string, handles: HandleStore): Promise<number> {
  const dir = path.join(dataDir, 'handles');
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch {
    return 0;
  }
  let n = 0;
  for (const name of names) {
    if (!/^[A-Za-z0-9]{20,40}\.json$/.test(name)) continue;
    const r = JSON.parse(await fsp.readFile(path.join(dir, name), 'utf8')) as FileRecord;
    if (!(await handles.get(r.handle))) await handles.put(r);
    n++;
  }
  await fsp.rename(dir, path.join(dataDir, 'handles.imported')).catch(() => undefined);
  return n;
}
