/** The engine's custom source calls (listSource, storeFromSource) against the reference server over loopback. */
import { createUploader } from './createUploader';
import { nodeHttpTransport } from '../core/http/nodeHttpTransport';
import { customSourceBase } from './customSource';
import { hostsFromBase } from '../core/hosts';
import { UploadProgress } from '../core/contracts';

interface RunningServer {
  url: string;
  close(): Promise<void>;
  storage: { putObject(key: string, body: Buffer, bucket?: string, type?: string): Promise<void>; getObject(key: string, bucket?: string): Promise<Buffer>; bucket: string };
}
const SERVER_MODULE = '../../server/src/index';
const server = require(SERVER_MODULE) as { startServer(o: Record<string, unknown>): Promise<RunningServer>; sign(p: string, s: string): string; encodePolicy(p: object): string };
jest.setTimeout(60000);

let srv: RunningServer;
const bytes = Buffer.from(Array.from({ length: 70000 }, (_, i) => (i * 31) % 256));
beforeAll(async () => {
  srv = await server.startServer({ port: 0, apps: [{ apikey: 'k' }, { apikey: 'sec', secret: 'shh' }], customSources: [{ bucket: 'engine-src', root: 'pub/' }] });
  await srv.storage.putObject('pub/data.bin', bytes, 'engine-src', 'application/x-test');
  await srv.storage.putObject('pub/docs/readme.txt', Buffer.from('hello'), 'engine-src', 'text/plain');
});
afterAll(() => srv.close());

const fast = { retries: 1, factor: 1, minTimeout: 1, maxTimeout: 1 };
const engine = (apikey = 'k', security?: { policy: string; signature: string }) =>
  createUploader({ apikey, security, hosts: hostsFromBase(srv.url), transport: nodeHttpTransport(), retryOptions: fast });

test('the API lives next to the store API unless configured', () => {
  expect(customSourceBase({ ...hostsFromBase('http://h:1'), customSourceApi: undefined })).toBe('http://h:1/api/customsource');
  expect(customSourceBase({ ...hostsFromBase('http://h:1'), customSourceApi: 'http://other/cs/' })).toBe('http://other/cs');
});

test('listSource gives folders and files with size and type', async () => {
  const l = await engine().listSource('engine-src', 'pub/');
  expect(l.folders).toEqual([{ name: 'docs', path: 'pub/docs/' }]);
  expect(l.files).toEqual([{ name: 'data.bin', path: 'pub/data.bin', size: bytes.length, mimetype: 'application/x-test', modified: expect.any(Number) }]);
  expect(l.next).toBeUndefined();
});

test('errors are NetworkErrors carrying the server message; bad arguments are ValidationErrors', async () => {
  await expect(engine().listSource('engine-src', 'secret/')).rejects.toMatchObject({
    name: 'NetworkError', status: 403, message: expect.stringMatching(/^filepicker: the custom source listing \(.*\) failed: HTTP 403 path: outside the folder "pub\/" this source allows$/),
  });
  await expect(engine().listSource('', 'pub/')).rejects.toMatchObject({ name: 'ValidationError', option: 'customSourceContainer' });
  expect(() => engine().storeFromSource({ container: 'engine-src', path: '' }, {})).toThrow(/`path` must be the key of a file/);
  await expect(engine().storeFromSource({ container: 'engine-src', path: 'pub/missing' }, {}).promise).rejects.toMatchObject({ name: 'NetworkError', status: 404, message: expect.stringMatching(/HTTP 404 path: no file "pub\/missing"/) });
});

test('storeFromSource copies the bytes exactly, with the store options, and reports progress once', async () => {
  const progress: UploadProgress[] = [];
  let started = 0;
  const task = engine().storeFromSource({ container: 'engine-src', path: 'pub/data.bin' }, { path: 'copies/', access: 'private' }, { onStart: () => started++, onProgress: (p) => progress.push(p) });
  const stored = await task.promise;
  expect(stored).toMatchObject({ filename: 'data.bin', mimetype: 'application/x-test', size: bytes.length, container: srv.storage.bucket, status: 'Stored' });
  expect(stored.url).toBe(srv.url + '/api/file/' + stored.handle);
  expect(stored.key).toMatch(/^copies\/[A-Za-z0-9]+_data\.bin$/);
  expect(Buffer.from(await (await fetch(stored.url)).arrayBuffer()).equals(bytes)).toBe(true);
  expect(started).toBe(1);
  expect(progress).toEqual([{ loaded: bytes.length, total: bytes.length }]);
});

test('cancel rejects with an AbortError', async () => {
  const task = engine().storeFromSource({ container: 'engine-src', path: 'pub/data.bin' }, {});
  task.cancel();
  await expect(task.promise).rejects.toMatchObject({ name: 'AbortError' });
});

test('policy and signature are sent on both calls', async () => {
  await expect(engine('sec').listSource('engine-src', 'pub/')).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/policy: required/) });
  const policy = server.encodePolicy({ expiry: Math.floor(Date.now() / 1000) + 600, call: ['pick'] });
  const e = engine('sec', { policy, signature: server.sign(policy, 'shh') });
  expect((await e.listSource('engine-src', 'pub/docs/')).files.map((f) => f.name)).toEqual(['readme.txt']);
  const stored = await e.storeFromSource({ container: 'engine-src', path: 'pub/docs/readme.txt' }, {}).promise;
  expect(stored.size).toBe(5);
});
