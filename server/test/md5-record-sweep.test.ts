/**
 * The orphan sweep of the built-in storage also removes MD5 records (`.fp-md5/<key>`) left by a file deleted or
 * overwritten directly in storage (not through the API, which removes the record itself: file-md5.test.ts), keeps
 * the records of live files, young records and objects that are not records, and checks a bounded number of records
 * per pass, going on where the previous pass stopped.
 */
import { copyInto } from '../src/cloud/copy';
import { sweepMd5Records } from '../src/storage/md5RecordSweep';
import { MiB, bytes } from './helpers';
import { chunkedSource, useBuiltinBucket } from './builtinBucket';

jest.setTimeout(60000);

const BUCKET = 'fp-uploads';
const kit = useBuiltinBucket('md5-record-sweep', 'md5-record-sweep-secret');

/** A file stored in parts (S3's multipart ETag, as the files that get records are), or whole. */
async function file(key: string, data: Buffer, inParts: boolean): Promise<string> {
  if (inParts) {
    const t = { st: kit.st, bucket: BUCKET, key, mimetype: 'application/octet-stream', metadata: {}, publicAcl: false };
    await copyInto(t, chunkedSource(data), undefined, { partSize: 5 * MiB, maxBytes: 100 * MiB });
  } else {
    await kit.st.putObject(BUCKET, key, data, data.length, 'application/octet-stream', {}, false);
  }
  const h = await kit.st.head(BUCKET, key);
  return (h && h.etag) as string;
}

/** A record as routes/fileMd5.ts writes it (the MAC is not the sweep's business). */
async function record(key: string, etag: string): Promise<void> {
  const body = Buffer.from(JSON.stringify({ etag, md5: '0123456789abcdef0123456789abcdef', mac: 'mac' }));
  await kit.st.putObject(BUCKET, '.fp-md5/' + key, body, body.length, 'application/json', {}, false);
}

async function records(): Promise<string[]> {
  return (await kit.st.listObjects(BUCKET, '.fp-md5/')).map((o) => o.key).sort();
}

test('each pass checks at most `limit` records, the next going on after the last it checked', async () => {
  const keys = ['b/1', 'b/2', 'b/3', 'b/sub/4', 'b5'];
  for (const k of keys) await record(k, 'not-there');
  const cursor = { after: [] as string[] };
  const o = {
    dir: kit.storage.dir,
    etagOf: async (b: string, k: string) => ((await kit.st.head(b, k)) || { etag: null }).etag,
    remove: (b: string, k: string) => kit.st.delete(b, k),
    graceMs: 0,
    limit: 2,
    cursor,
  };
  expect(await sweepMd5Records(o)).toBe(2);
  expect(await records()).toEqual(['.fp-md5/b/3', '.fp-md5/b/sub/4', '.fp-md5/b5']);
  expect(await sweepMd5Records(o)).toBe(2);
  expect(await records()).toEqual(['.fp-md5/b5']);
  expect(await sweepMd5Records(o)).toBe(1);
  expect(cursor.after).toEqual([]);
  expect(await records()).toEqual([]);
});

test('a record whose file was deleted or replaced directly in storage is swept; a live file keeps its record', async () => {
  const live = await file('docs/live.bin', bytes(11 * MiB, 1), true);
  const gone = await file('docs/gone.bin', bytes(6 * MiB, 2), true);
  const replaced = await file('replaced.bin', bytes(1000, 3), false);
  const whole = await file('whole.bin', bytes(1000, 4), false);
  expect(live).toMatch(/^[0-9a-f]{32}-3$/);
  await record('docs/live.bin', live);
  await record('docs/gone.bin', gone);
  await record('replaced.bin', replaced);
  await record('whole.bin', whole);
  // an object under the prefix that is not a record, for a key with no file: not the sweep's to remove
  await kit.st.putObject(BUCKET, '.fp-md5/mine.txt', Buffer.from('hello'), 5, 'text/plain', {}, false);
  await kit.st.delete(BUCKET, 'docs/gone.bin');
  await file('replaced.bin', bytes(1000, 5), false);
  const all = ['.fp-md5/docs/gone.bin', '.fp-md5/docs/live.bin', '.fp-md5/mine.txt', '.fp-md5/replaced.bin', '.fp-md5/whole.bin'];
  // younger than the grace (10 minutes by default): kept
  expect(await kit.storage.sweepOrphans()).toBe(0);
  expect(await records()).toEqual(all);
  expect(await kit.storage.sweepOrphans(0)).toBe(2);
  expect(await records()).toEqual(['.fp-md5/docs/live.bin', '.fp-md5/mine.txt', '.fp-md5/whole.bin']);
  expect(await kit.st.head(BUCKET, 'docs/live.bin')).not.toBeNull();
});
