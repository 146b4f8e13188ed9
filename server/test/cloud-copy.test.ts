/**
 * The copy of a provider's stream into storage (server/src/cloud/copy.ts): parts PUT while the next is read, at most
 * PARTS_IN_FLIGHT at a time, and a stream that breaks while parts are in flight leaves nothing stored. Against the
 * built-in storage (embedded S3 on loopback), and Azurite for a location whose parts are not S3's.
 */
import type { Storage } from '../src/storage/Storage';
import { CopyTarget, PARTS_IN_FLIGHT, TooLarge, copyInto } from '../src/cloud/copy';
import { PartQueue } from '../src/cloud/partQueue';
import type { StoredPart } from '../src/storage/types';
import { AzureStorage } from '../src/storage/azure';
import { Azurite, AZURITE_ACCOUNT, AZURITE_KEY, startAzurite } from './azurite';
import { MiB, bytes } from './helpers';
import { chunkedSource, useBuiltinBucket } from './builtinBucket';

jest.setTimeout(60000);

const PART = 5 * MiB;
const kit = useBuiltinBucket('cloud-copy', 'cloud-copy-test-secret');

const target = (key: string): CopyTarget => ({ st: kit.st, bucket: 'fp-uploads', key, mimetype: 'application/octet-stream', metadata: {}, publicAcl: false });

describe('copyInto', () => {
  test('a stream of several parts is stored whole, parts in order', async () => {
    const data = bytes(4 * PART + 12345, 7);
    expect(await copyInto(target('copy/whole.bin'), chunkedSource(data), undefined, { partSize: PART, maxBytes: 100 * MiB })).toBe(data.length);
    expect((await kit.st.getBuffer('copy/whole.bin')).equals(data)).toBe(true);
  });

  test('a stream that breaks while parts are in flight stores nothing and leaves no upload', async () => {
    const data = bytes(6 * PART, 8);
    let uploadId = '';
    const create = kit.st.createMultipart.bind(kit.st);
    const watched = Object.assign(Object.create(kit.st) as Storage, {
      createMultipart: async (...a: Parameters<Storage['createMultipart']>) => (uploadId = await create(...a)),
    });
    const t = { ...target('copy/broken.bin'), st: watched };
    await expect(copyInto(t, chunkedSource(data, 3 * PART + 100), undefined, { partSize: PART, maxBytes: 100 * MiB })).rejects.toThrow('provider stream broke');
    expect(await kit.st.head('fp-uploads', 'copy/broken.bin')).toBeNull();
    await expect(kit.st.listParts('fp-uploads', 'copy/broken.bin', uploadId)).rejects.toMatchObject({ name: 'NoSuchUpload' });
  });

  test('a stream longer than maxBytes fails with TooLarge and stores nothing', async () => {
    await expect(copyInto(target('copy/large.bin'), chunkedSource(bytes(2 * PART + 1, 9)), undefined, { partSize: PART, maxBytes: 2 * PART })).rejects.toBeInstanceOf(TooLarge);
    expect(await kit.st.head('fp-uploads', 'copy/large.bin')).toBeNull();
  });
});

describe('copyInto, azure location (Azurite)', () => {
  let azurite: Azurite;
  let az: AzureStorage;
  beforeAll(async () => {
    azurite = await startAzurite();
    az = new AzureStorage({ account: AZURITE_ACCOUNT, key: AZURITE_KEY, endpoint: azurite.endpoint, container: 'fp-uploads' }, 3600);
    await az.ensureBucket('fp-uploads', true);
  });
  afterAll(async () => {
    await azurite.stop();
  });

  test('parts PUT concurrently to SAS URLs are assembled in order; a broken stream stores nothing', async () => {
    const data = bytes(3 * PART + 777, 11);
    const t = { ...target('copy/azure.bin'), st: az };
    expect(await copyInto(t, chunkedSource(data), undefined, { partSize: PART, maxBytes: 100 * MiB })).toBe(data.length);
    expect((await az.getBuffer('copy/azure.bin')).equals(data)).toBe(true);
    const broken = { ...target('copy/azure-broken.bin'), st: az };
    await expect(copyInto(broken, chunkedSource(data, 2 * PART + 5), undefined, { partSize: PART, maxBytes: 100 * MiB })).rejects.toThrow('provider stream broke');
    expect(await az.head('fp-uploads', 'copy/azure-broken.bin')).toBeNull();
  });

  test('size known: parts streamed into their SAS URLs are assembled in order; a broken stream stores nothing', async () => {
    const data = bytes(2 * PART + 333, 12);
    const limits = { partSize: PART, streamedPartSize: PART, maxBytes: 100 * MiB };
    expect(await copyInto({ ...target('copy/azure-streamed.bin'), st: az }, chunkedSource(data), data.length, limits)).toBe(data.length);
    expect((await az.getBuffer('copy/azure-streamed.bin')).equals(data)).toBe(true);
    await expect(copyInto({ ...target('copy/azure-streamed-broken.bin'), st: az }, chunkedSource(data, PART + 5), data.length, limits)).rejects.toThrow('provider stream broke');
    expect(await az.head('fp-uploads', 'copy/azure-streamed-broken.bin')).toBeNull();
    expect((await az.listObjects('fp-uploads', '.fp-azure/')).length).toBe(0);
  });
});

describe('PartQueue', () => {
  /** A put that resolves when `release(n)` is called; records how many run at once. */
  function gatedPut() {
    const gates = new Map<number, { ok: () => void; fail: (e: Error) => void }>();
    const state = { running: 0, most: 0 };
    const put = (n: number, chunks: Buffer[], size: number): Promise<StoredPart> => {
      state.running++;
      state.most = Math.max(state.most, state.running);
      return new Promise<StoredPart>((resolve, reject) => {
        gates.set(n, { ok: () => resolve({ partNumber: n, etag: 'e' + n, size }), fail: reject });
      }).finally(() => state.running--);
    };
    const release = (n: number, e?: Error) => {
      const g = gates.get(n);
      if (!g) throw new Error('part ' + n + ' not started');
      if (e) g.fail(e);
      else g.ok();
    };
    return { put, release, state, started: () => gates.size };
  }
  const tick = () => new Promise((r) => setImmediate(r));

  test('at most `inFlight` PUTs run; add waits for a free slot; finish lists the parts in order', async () => {
    const g = gatedPut();
    const q = new PartQueue(g.put, PARTS_IN_FLIGHT);
    for (let n = 1; n < PARTS_IN_FLIGHT; n++) await q.add(n, [], 1);
    let added = false;
    const last = q.add(PARTS_IN_FLIGHT, [], 1).then(() => (added = true));
    await tick();
    expect(added).toBe(false);
    g.release(2);
    await last;
    for (let n = 1; n <= PARTS_IN_FLIGHT; n++) if (n !== 2) g.release(n);
    expect((await q.finish()).map((p) => p.partNumber)).toEqual(Array.from({ length: PARTS_IN_FLIGHT }, (_, i) => i + 1));
    expect(g.state.most).toBe(PARTS_IN_FLIGHT);
  });

  test('a failed PUT is thrown at the next add; settle waits for the PUTs still running', async () => {
    const g = gatedPut();
    const q = new PartQueue(g.put, 3);
    await q.add(1, [], 1);
    await q.add(2, [], 1);
    g.release(1, new Error('storage refused part 1'));
    await tick();
    await expect(q.add(3, [], 1)).rejects.toThrow('storage refused part 1');
    expect(g.started()).toBe(2);
    let settled = false;
    const s = q.settle().then(() => (settled = true));
    await tick();
    expect(settled).toBe(false);
    g.release(2);
    await s;
    expect(g.state.running).toBe(0);
    await expect(q.finish()).rejects.toThrow('storage refused part 1');
  });
});
