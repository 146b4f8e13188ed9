/**
 * The copy of a stream of known length (server/src/cloud/streamedParts.ts): parts written into their PUTs as the bytes
 * arrive. Against the built-in storage (embedded S3 on loopback): stored whole; a stream that breaks mid-part, ends
 * short or runs long stores nothing and leaves no upload. Against a loopback HTTP server standing in for a storage's
 * part URLs (what storage does with the bytes is not the point there): the provider is read only as fast as storage
 * takes the part (memory holds no part), a part answered without an ETag takes it from the storage's part list, and a
 * refused part aborts the upload.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';
import type { Storage } from '../src/storage/Storage';
import type { StorageAdapter } from '../src/storage/adapter';
import type { StoredPart } from '../src/storage/types';
import { CopyTarget, TooLarge, copyInto } from '../src/cloud/copy';
import { MiB, bytes } from './helpers';
import { chunkedSource, useBuiltinBucket } from './builtinBucket';

jest.setTimeout(60000);

const PART = 5 * MiB;
const kit = useBuiltinBucket('cloud-copy-streamed', 'cloud-copy-streamed-secret');

/** The built-in storage, recording the upload id and how many part URLs were asked for. */
function watched(key: string): { t: CopyTarget; seen: { uploadId: string; parts: number } } {
  const seen = { uploadId: '', parts: 0 };
  const w = Object.assign(Object.create(kit.st) as Storage, {
    createMultipart: async (...a: Parameters<Storage['createMultipart']>) => (seen.uploadId = await kit.st.createMultipart(...a)),
    partTarget: (...a: Parameters<Storage['partTarget']>) => {
      seen.parts++;
      return kit.st.partTarget(...a);
    },
  });
  return { t: { st: w, bucket: 'fp-uploads', key, mimetype: 'application/octet-stream', metadata: {}, publicAcl: false }, seen };
}

const limits = { partSize: PART, streamedPartSize: PART, maxBytes: 100 * MiB };

async function nothingLeft(key: string, uploadId: string): Promise<void> {
  expect(uploadId).not.toBe('');
  expect(await kit.st.head('fp-uploads', key)).toBeNull();
  await expect(kit.st.listParts('fp-uploads', key, uploadId)).rejects.toMatchObject({ name: 'NoSuchUpload' });
}

describe('copyInto, size known (streamed parts), built-in storage', () => {
  test('is stored whole, in parts of streamedPartSize', async () => {
    const data = bytes(3 * PART + 12345, 21);
    const { t, seen } = watched('streamed/whole.bin');
    expect(await copyInto(t, chunkedSource(data), data.length, limits)).toBe(data.length);
    expect(seen.parts).toBe(4);
    expect((await kit.st.getBuffer('streamed/whole.bin')).equals(data)).toBe(true);
  });

  test('a stream that breaks in the middle of a part stores nothing and leaves no upload', async () => {
    const data = bytes(4 * PART, 22);
    const { t, seen } = watched('streamed/broken.bin');
    await expect(copyInto(t, chunkedSource(data, 2 * PART + PART / 2), data.length, limits)).rejects.toThrow('provider stream broke');
    await nothingLeft('streamed/broken.bin', seen.uploadId);
  });

  test('a stream that ends before its announced size stores nothing', async () => {
    const data = bytes(2 * PART + 99, 23);
    const { t, seen } = watched('streamed/short.bin');
    await expect(copyInto(t, chunkedSource(data), data.length + 1000, limits)).rejects.toThrow(`the stream ended after ${data.length} of its ${data.length + 1000} bytes`);
    await nothingLeft('streamed/short.bin', seen.uploadId);
  });

  test('a stream longer than announced stores nothing; past maxBytes it is TooLarge', async () => {
    const data = bytes(2 * PART + 99, 24);
    const { t, seen } = watched('streamed/long.bin');
    await expect(copyInto(t, chunkedSource(data), 2 * PART, limits)).rejects.toThrow(`the stream is longer than its ${2 * PART} bytes`);
    await nothingLeft('streamed/long.bin', seen.uploadId);
    const big = watched('streamed/toolarge.bin');
    await expect(copyInto(big.t, chunkedSource(data), 2 * PART, { ...limits, maxBytes: 2 * PART + 10 })).rejects.toBeInstanceOf(TooLarge);
    await nothingLeft('streamed/toolarge.bin', big.seen.uploadId);
  });
});

/** closes the part servers a test started, whatever it ended with */
const open: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((close) => close()));
});

/** A loopback server taking part PUTs (bytes counted, answered 200 with an ETag unless told otherwise) and a storage adapter whose part URLs point at it. */
async function partServer(o: { etag: boolean; refuse?: number; holdAfter?: number }) {
  const got = new Map<number, number>();
  const calls: string[] = [];
  let held: { resume: () => void; reached: Promise<void> } | null = null;
  let reach = (): void => undefined;
  if (o.holdAfter !== undefined) held = { resume: () => undefined, reached: new Promise<void>((r) => (reach = r)) };
  const server = http.createServer((req, res) => {
    const n = Number(new URL(req.url || '/', 'http://x').searchParams.get('part'));
    if (n === o.refuse) {
      res.writeHead(403).end();
      return req.resume();
    }
    got.set(n, 0);
    req.on('data', (c: Buffer) => {
      got.set(n, (got.get(n) || 0) + c.length);
      if (held && n === 1 && (got.get(1) || 0) >= (o.holdAfter || 0)) {
        const h = held;
        held = null;
        req.pause();
        h.resume = () => req.resume();
        reach();
      }
    });
    req.on('end', () => res.writeHead(200, o.etag ? { ETag: `"etag-${n}"` } : {}).end());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  // only the calls a copy of known size makes; the rest of the adapter is not used
  const adapter = {
    location: 's3',
    bucket: 'b',
    createMultipart: async () => 'up1',
    partTarget: async (_b: string, _k: string, _u: string, n: number) => ({ url: `${base}?part=${n}`, headers: {} }),
    listParts: async (): Promise<StoredPart[]> => [...got.keys()].map((n) => ({ partNumber: n, etag: `listed-${n}`, size: got.get(n) || 0 })),
    complete: async (_b: string, _k: string, _u: string, parts: StoredPart[]) => {
      calls.push('complete ' + parts.map((p) => `${p.partNumber}:${p.etag}:${p.size}`).join(','));
      return 'done';
    },
    abort: async () => {
      calls.push('abort');
    },
  } as unknown as StorageAdapter;
  const hold = () => held;
  const close = (): Promise<void> => {
    const closed = new Promise<void>((r) => server.close(() => r()));
    server.closeAllConnections();
    return closed;
  };
  open.push(close);
  return { adapter, got, calls, hold };
}

describe('copyInto, size known (streamed parts), part PUTs to a loopback server', () => {
  const target = (adapter: StorageAdapter): CopyTarget => ({ st: adapter, bucket: 'b', key: 'k', mimetype: 'application/octet-stream', metadata: {}, publicAcl: false });

  test('the provider is read as storage takes the part: no part is held in memory', async () => {
    const s = await partServer({ etag: true, holdAfter: MiB });
    const data = bytes(64 * MiB + 5, 25);
    const src = chunkedSource(data);
    const h = s.hold();
    const copy = copyInto(target(s.adapter), src, data.length, { partSize: PART, streamedPartSize: 64 * MiB, maxBytes: 100 * MiB });
    await (h as { reached: Promise<void> }).reached;
    // storage stopped reading part 1 after 1 MiB: what the provider gave meanwhile is only what socket buffers hold
    await new Promise((r) => setTimeout(r, 300));
    expect(src.pushed()).toBeLessThan(24 * MiB);
    (h as { resume: () => void }).resume();
    expect(await copy).toBe(data.length);
    expect(s.calls).toEqual([`complete 1:etag-1:${64 * MiB},2:etag-2:5`]);
  });

  test('parts answered without an ETag take the one storage lists', async () => {
    const s = await partServer({ etag: false });
    const data = bytes(2 * PART + 1, 26);
    expect(await copyInto(target(s.adapter), chunkedSource(data), data.length, limits)).toBe(data.length);
    expect(s.calls).toEqual([`complete 1:listed-1:${PART},2:listed-2:${PART},3:listed-3:1`]);
  });

  test('a refused part aborts the upload and nothing is completed', async () => {
    const s = await partServer({ etag: true, refuse: 2 });
    const data = bytes(4 * PART, 27);
    const src = chunkedSource(data);
    await expect(copyInto(target(s.adapter), src, data.length, limits)).rejects.toThrow('storage refused part 2: HTTP 403');
    expect(s.calls).toEqual(['abort']);
    expect(src.destroyed).toBe(true);
  });
});
