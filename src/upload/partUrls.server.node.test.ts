/**
 * Part URLs in batches against the reference server over loopback: the engine asks for several parts' URLs in one
 * `/multipart/upload` call, each part is stored with its own signed MD5, and the file round-trips.
 */
import { createHash, randomBytes } from 'crypto';
import { runUpload } from './uploadFile';
import { PartQueue } from './queue';
import { resolveOptions } from './options';
import { defaultEnvironment } from './environment';
import { hostsFromBase } from '../core/hosts';
import { nodeHttpTransport } from '../core/http/nodeHttpTransport';
import { HttpRequest, HttpTransport } from './types';
import { StoredFile } from '../core/contracts';

// The server is loaded at run time, so `tsc -p tsconfig.json` (ES5, browser) does not type-check server code.
interface RunningServer { url: string; close(): Promise<void> }
const SERVER_MODULE = '../../server/src/index';
const startServer: (o: Record<string, unknown>) => Promise<RunningServer> = require(SERVER_MODULE).startServer;

const MIB = 1024 * 1024;
jest.setTimeout(120000);

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, apps: [{ apikey: 'batchkey' }] });
});
afterAll(async () => {
  if (server) await server.close();
});

/** node:http, recording the JSON body of every /multipart/upload call. */
function recording(): { transport: HttpTransport; uploads: { part: number; batch?: { part: number }[] }[] } {
  const inner = nodeHttpTransport();
  const uploads: { part: number; batch?: { part: number }[] }[] = [];
  return {
    uploads,
    transport: {
      streamsProgress: inner.streamsProgress,
      request(req: HttpRequest) {
        if (/\/multipart\/upload$/.test(req.url)) uploads.push(JSON.parse(String(req.body)));
        return inner.request(req);
      },
    },
  };
}

test('several parts per /multipart/upload call; the stored file is byte-identical', async () => {
  const bytes = randomBytes(31 * MIB);
  const { transport, uploads } = recording();
  // hashing 3 parts ahead without holding their bytes, as the browser's Worker hashers do
  const digest = (b: Blob) => b.arrayBuffer().then((buf) => ({ md5: createHash('md5').update(Buffer.from(buf)).digest('base64') }));
  const hasher = { ahead: 3, digest, md5: (b: Blob) => digest(b).then((d) => d.md5), dispose() { /* nothing held */ } };
  const opts = resolveOptions({ maxConcurrentUploads: 2, resume: false });
  const deps = { transport, env: defaultEnvironment({}), hosts: hostsFromBase(server.url), apikey: 'batchkey', queue: new PartQueue(2), hasher };
  const stored: StoredFile = await runUpload(deps, new Blob([bytes]), { location: 's3' }, {}, opts).promise;
  expect(stored.size).toBe(bytes.length);
  const parts = uploads.flatMap((u) => [u.part].concat((u.batch || []).map((b) => b.part))).sort((a, b) => a - b);
  expect(parts).toEqual([1, 2, 3, 4, 5, 6, 7]);
  expect(uploads.length).toBeLessThan(7);
  const got = Buffer.from(await (await fetch(stored.url)).arrayBuffer());
  expect(got.equals(bytes)).toBe(true);
});
