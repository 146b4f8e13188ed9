/**
 * Cancels against the reference server over loopback (real built-in storage): a cancel while start is in flight,
 * inside onUploadComplete, and many cancels racing part PUTs. Afterwards storage holds no upload and no file of them,
 * and the server still answers.
 */
import { createUploader } from './createUploader';
import { hostsFromBase } from '../core/hosts';
import { UploadTask } from '../core/contracts';

// The server is loaded at run time, so `tsc -p tsconfig.json` (ES5, browser) does not type-check server code.
interface RunningServer {
  url: string;
  close(): Promise<void>;
  faults: { set(config: Record<string, unknown>): void; clear(): void };
  storage: { listObjects(): Promise<{ key: string }[]>; listMultipartUploads(): Promise<unknown[]> };
}
const SERVER_MODULE = '../../server/src/index';
const startServer: (o: Record<string, unknown>) => Promise<RunningServer> = require(SERVER_MODULE).startServer;

jest.setTimeout(60000);
const MIB = 1024 * 1024;
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ port: 0 });
});
afterAll(async () => {
  if (server) await server.close();
});
afterEach(() => server.faults.clear());

function uploader() {
  return createUploader({ apikey: 'demo', hosts: hostsFromBase(server.url), retryOptions: { retries: 2, minTimeout: 10, maxTimeout: 50 } });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until storage holds no open upload (an abort runs after the promise rejected), at most `ms`. */
async function noOpenUploads(ms = 5000): Promise<unknown[]> {
  const end = Date.now() + ms;
  let open = await server.storage.listMultipartUploads();
  while (open.length && Date.now() < end) {
    await sleep(50);
    open = await server.storage.listMultipartUploads();
  }
  return open;
}

async function storedKeys(prefix: string): Promise<string[]> {
  return (await server.storage.listObjects()).map((o) => o.key).filter((k) => k.indexOf(prefix) >= 0);
}

it('a cancel while start is in flight: start finishes and the upload it created is aborted', async () => {
  server.faults.set({ start: { sequence: [{ kind: 'stall', ms: 400 }] } });
  const task = uploader().upload(Buffer.alloc(1000, 1), { filename: 'during-start.bin' });
  await sleep(100);
  task.cancel();
  await expect(task.promise).rejects.toMatchObject({ name: 'AbortError' });
  await sleep(500);
  expect(await noOpenUploads()).toEqual([]);
  expect(await storedKeys('during-start')).toEqual([]);
});

it('a cancel inside onUploadComplete: the file is not kept and no upload is left', async () => {
  let task: UploadTask | null = null;
  task = uploader().upload(Buffer.alloc(2000, 2), { filename: 'in-callback.bin' }, { onUploadComplete: () => (task as UploadTask).cancel() });
  await expect(task.promise).rejects.toMatchObject({ name: 'AbortError' });
  const end = Date.now() + 5000;
  while ((await storedKeys('in-callback')).length && Date.now() < end) await sleep(50);
  expect(await storedKeys('in-callback')).toEqual([]);
  expect(await noOpenUploads()).toEqual([]);
});

it('many cancels racing part PUTs: the server stays up and storage keeps nothing', async () => {
  const up = uploader();
  const tasks = Array.from({ length: 10 }, (_, i) => up.upload(Buffer.alloc(11 * MIB, i), { filename: 'racing' + i + '.bin' }));
  await Promise.all(tasks.map(async (t, i) => {
    await sleep(20 + i * 15);
    t.cancel();
    await t.promise.then(() => undefined, () => undefined);
  }));
  expect(await noOpenUploads(10000)).toEqual([]);
  const end = Date.now() + 5000;
  while ((await storedKeys('racing')).length && Date.now() < end) await sleep(50);
  expect(await storedKeys('racing')).toEqual([]);
  expect((await fetch(server.url + '/health')).status).toBe(200);
});
