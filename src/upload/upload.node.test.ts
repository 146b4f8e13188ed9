/**
 * The engine against the reference server over loopback (Node's fetch transport): byte-identical uploads,
 * fault injection on every route, cancel, expired part URLs.
 */
import { createHash, randomBytes } from 'crypto';

// The server is loaded at run time, so `tsc -p tsconfig.json` (ES5, browser) does not type-check server code.
type Fault = { kind: 'status'; status: number; retryAfterSeconds?: number } | { kind: 'drop' } | { kind: 'stall'; ms?: number };
type FaultConfig = { [route: string]: unknown };
interface RunningServer {
  url: string;
  close(): Promise<void>;
  faults: { set(c: FaultConfig): void; clear(): void; injected: Record<string, number> };
  storage: { listObjects(): Promise<{ key: string }[]>; listMultipartUploads(): Promise<unknown[]>; getObject(key: string): Promise<Buffer> };
}
const SERVER_MODULE = '../../server/src/index';
const startServer: (o: Record<string, unknown>) => Promise<RunningServer> = require(SERVER_MODULE).startServer;
import { init } from '../client';
import { nodeHttpTransport } from '../core/http/nodeHttpTransport';
import { fetchTransport } from '../core/http/fetchTransport';
import { HttpTransport } from './types';
import { StoredFile } from '../core/contracts';

const MIB = 1024 * 1024;
const APIKEY = 'enginekey';
jest.setTimeout(120000);

let server: RunningServer;

beforeAll(async () => {
  // storeURL fetches this server's own loopback URLs, which the server refuses unless the host is allowed by name
  server = await startServer({ port: 0, apps: [{ apikey: APIKEY }], completeWaitMs: 2000, fetchAllowHosts: ['127.0.0.1'] });
});
afterAll(async () => {
  if (server) await server.close();
});
afterEach(() => server.faults.clear());

function client(tuning: Record<string, number> = {}) {
  return init(APIKEY, undefined, { hosts: server.url, tuning: { stallTimeoutMs: 3000, requestTimeoutMs: 3000, ...tuning } });
}
const fastRetry = { retries: 10, factor: 2, minTimeout: 10, maxTimeout: 200 };

function sha(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

async function download(stored: StoredFile): Promise<Buffer> {
  const r = await fetch(stored.url);
  expect(r.status).toBe(200);
  return Buffer.from(await r.arrayBuffer());
}

async function noOpenUploads(): Promise<void> {
  expect(await server.storage.listMultipartUploads()).toEqual([]);
}

describe('uploads to the reference server', () => {
  it('refuses a 0-byte file with a clear error and sends nothing', async () => {
    const before = (await server.storage.listObjects()).length;
    await expect(client().upload(Buffer.alloc(0))).rejects.toMatchObject({ name: 'ValidationError', option: 'file', message: 'filepicker: `file` is empty (0 bytes): there is nothing to upload' });
    expect((await server.storage.listObjects()).length).toBe(before);
  });

  for (const [label, size] of [['1 byte', 1], ['exactly 5 MiB', 5 * MIB], ['5 MiB + 1', 5 * MIB + 1], ['64 MiB', 64 * MIB]] as Array<[string, number]>) {
    it('stores ' + label + ' byte-identical (from a Blob)', async () => {
      const bytes = randomBytes(size);
      const blob = new Blob([bytes], { type: 'application/x-test' });
      const progress: number[] = [];
      const stored = await client().upload(blob, { onProgress: (e) => progress.push(e.progressTotal) }, { location: 's3', path: 'engine/' });
      expect(stored).toMatchObject({ size, mimetype: 'application/x-test', url: server.url + '/api/file/' + stored.handle });
      expect(stored.key).toMatch(/^engine\//);
      const back = await download(stored);
      expect(back.length).toBe(size);
      expect(sha(back)).toBe(sha(bytes));
      expect(sha(await server.storage.getObject(stored.key as string))).toBe(sha(bytes));
      expect(progress[progress.length - 1]).toBe(size);
      for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]);
      await noOpenUploads();
    });
  }

  const faults: Array<[string, Fault]> = [
    ['500', { kind: 'status', status: 500 }],
    ['503', { kind: 'status', status: 503 }],
    ['429 + Retry-After', { kind: 'status', status: 429, retryAfterSeconds: 0 }],
    ['connection reset', { kind: 'drop' }],
    ['stall', { kind: 'stall' }],
  ];
  for (const [label, fault] of faults) {
    it('completes byte-identical with ' + label + ' on 20% of every route, without duplicates', async () => {
      const cfg: FaultConfig = { seed: 7, start: { rate: 0.2, fault }, upload: { rate: 0.2, fault }, part: { rate: 0.2, fault }, complete: { rate: 0.2, fault } };
      server.faults.set(cfg);
      const before = (await server.storage.listObjects()).length;
      const files = [randomBytes(11 * MIB), randomBytes(6 * MIB), randomBytes(1234)];
      const c = client({ stallTimeoutMs: 1500, requestTimeoutMs: 1500 });
      let retries = 0;
      const stored = await Promise.all(files.map((f) => c.upload(f, { retryOptions: fastRetry, onRetry: () => retries++ })));
      const injected = server.faults.injected;
      expect(injected.start + injected.upload + injected.part + injected.complete).toBeGreaterThan(0);
      expect(retries).toBeGreaterThan(0);
      server.faults.clear();
      for (let i = 0; i < files.length; i++) expect(sha(await download(stored[i]))).toBe(sha(files[i]));
      expect(new Set(stored.map((s) => s.handle)).size).toBe(files.length);
      expect((await server.storage.listObjects()).length).toBe(before + files.length);
      await noOpenUploads();
    });
  }

  it('cancel aborts the upload on the server: no parts, no object', async () => {
    const before = (await server.storage.listObjects()).length;
    // part 1 goes through; part 2 hangs at the server (never reaches storage), so the upload is mid-way when cancelled
    server.faults.set({ part: { sequence: [null, { kind: 'stall' }] } });
    const token: { cancel?: () => void } = {};
    let partOneDone = false;
    const p = client().upload(randomBytes(12 * MIB), { maxConcurrentUploads: 1, onProgress: (e) => { if (e.progressTotal >= 5 * MIB) partOneDone = true; } }, {}, token);
    for (let i = 0; i < 500 && !partOneDone; i++) await new Promise((r) => setTimeout(r, 10));
    expect(partOneDone).toBe(true);
    expect((await server.storage.listMultipartUploads()).length).toBe(1);
    (token.cancel as () => void)();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    let open: unknown[] = [1];
    for (let i = 0; i < 100 && open.length; i++) {
      await new Promise((r) => setTimeout(r, 20));
      open = await server.storage.listMultipartUploads();
    }
    expect(open).toEqual([]);
    expect((await server.storage.listObjects()).length).toBe(before);
  });

  it('works over the fetch transport too, with 503s on parts', async () => {
    server.faults.set({ seed: 3, part: { rate: 0.3, fault: { kind: 'status', status: 503 } } });
    const bytes = randomBytes(11 * MIB);
    const c = init(APIKEY, undefined, { hosts: server.url, transport: fetchTransport() });
    const stored = await c.upload(new Blob([bytes]), { retryOptions: fastRetry });
    expect(sha(await download(stored))).toBe(sha(bytes));
  });

  it('storeURL has the server fetch a URL and store it', async () => {
    const bytes = randomBytes(3000);
    const c = client();
    const first = await c.upload(bytes, {}, { filename: 'source.bin' });
    const stored = await c.storeURL(first.url, { location: 'S3', path: 'fromurl/' });
    expect(stored.handle).not.toBe(first.handle);
    expect(stored.url).toBe(server.url + '/api/file/' + stored.handle);
    expect(stored.size).toBe(3000);
    expect(sha(await download(stored))).toBe(sha(bytes));
  });

  it('renews an expired part URL', async () => {
    // URLs live 3 s: signing times are whole seconds, so a fresh URL has 2–3 s left, which a loaded machine's next PUT
    // still makes (with 1 s, a renewed URL could have as little as a few ms left, and expire again under load)
    const short = await startServer({ port: 0, apps: [{ apikey: APIKEY }], presignExpiresSeconds: 3 });
    try {
      // the first part PUT waits 5 s at the server before reaching storage: its URL has expired by then
      short.faults.set({ part: { sequence: [{ kind: 'stall', ms: 5000 }] } });
      const bytes = randomBytes(MIB);
      const real = nodeHttpTransport();
      const seen: string[] = [];
      const counting: HttpTransport = { streamsProgress: true, request: (req) => real.request(req).then((res) => { seen.push(req.method + ' ' + req.url.split('?')[0].replace(/^https?:\/\/[^/]+/, '').replace(/^\/s3proxy\/.*/, '/s3proxy') + ' ' + res.status); return res; }) };
      const c = init(APIKEY, undefined, { hosts: short.url, transport: counting, tuning: { stallTimeoutMs: 10000 } });
      const stored = await c.upload(bytes, { retryOptions: fastRetry });
      expect(seen).toEqual(['POST /multipart/start 200', 'POST /multipart/upload 200', 'PUT /s3proxy 403', 'POST /multipart/upload 200', 'PUT /s3proxy 200', 'POST /multipart/complete 200']);
      const r = await fetch(stored.url);
      expect(sha(Buffer.from(await r.arrayBuffer()))).toBe(sha(bytes));
      expect(short.faults.injected.part).toBe(1);
    } finally {
      await short.close();
    }
  });
});
