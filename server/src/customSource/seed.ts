/** The demo custom source: a bucket with a few folders and files, created and filled at start when it is empty. */
import type { Storage } from '../storage/Storage';

/** A 2×2 PNG (red, green, blue, white pixels). */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAFklEQVQImWO4o6GhscCGQSPgxK9fvwAjXgZfIkiCFAAAAABJRU5ErkJggg==';

export const DEMO_OBJECTS: { key: string; type: string; body: Buffer }[] = [
  { key: 'README.txt', type: 'text/plain; charset=utf-8', body: Buffer.from('The demo custom source of the filepicker reference server.\n') },
  { key: 'documents/notes.txt', type: 'text/plain; charset=utf-8', body: Buffer.from('Notes kept in the demo bucket.\n') },
  { key: 'documents/table.csv', type: 'text/csv', body: Buffer.from('name,size\nalpha,1\nbeta,2\n') },
  { key: 'documents/archive/2019.txt', type: 'text/plain; charset=utf-8', body: Buffer.from('An older file, one folder deeper.\n') },
  { key: 'images/pixels.png', type: 'image/png', body: Buffer.from(PNG, 'base64') },
  { key: 'images/large.bin', type: 'application/octet-stream', body: Buffer.alloc(3 * 1024 * 1024, 7) },
];

/** Creates `bucket` when missing and, when it holds nothing, puts the demo objects in it. */
export async function seedDemoSource(storage: Storage, bucket: string): Promise<void> {
  await storage.ensureBucket(bucket, true);
  const page = await storage.listFolder(bucket, '', 1);
  if (page.objects.length || page.prefixes.length) return;
  for (const o of DEMO_OBJECTS) await storage.putObject(bucket, o.key, o.body, o.body.length, o.type, {}, false);
}
