/**
 * Uploader.discard against the reference server over loopback: the stored file is gone afterwards (content 404,
 * object deleted from storage); with security, a policy must allow `remove`, and a refusal rejects without quoting
 * the policy or signature.
 */
import { createUploader } from './createUploader';
import { hostsFromBase } from '../core/hosts';
import { Security, StoredFile } from '../core/contracts';

// The server is loaded at run time, so `tsc -p tsconfig.json` (ES5, browser) does not type-check server code.
interface RunningServer {
  url: string;
  close(): Promise<void>;
  storage: { listObjects(): Promise<{ key: string }[]> };
}
const SERVER_MODULE = '../../server/src/index';
const server$ = require(SERVER_MODULE);
const startServer: (o: Record<string, unknown>) => Promise<RunningServer> = server$.startServer;
const sign: (policy: string, secret: string) => string = server$.sign;
const encodePolicy: (p: Record<string, unknown>) => string = server$.encodePolicy;

const SECRET = 'discard-secret';
jest.setTimeout(60000);

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ port: 0, apps: [{ apikey: 'openkey' }, { apikey: 'securekey', secret: SECRET }] });
});
afterAll(async () => {
  if (server) await server.close();
});

function security(calls: string[]): Security {
  const policy = encodePolicy({ expiry: Math.floor(Date.now() / 1000) + 3600, call: calls });
  return { policy, signature: sign(policy, SECRET) };
}

function uploader(apikey: string, sec?: Security) {
  return createUploader({ apikey, security: sec, hosts: hostsFromBase(server.url), retryOptions: { retries: 1, minTimeout: 10, maxTimeout: 20 } });
}

async function keys(): Promise<string[]> {
  return (await server.storage.listObjects()).map((o) => o.key);
}

async function status(stored: StoredFile, sec?: Security): Promise<number> {
  const q = sec ? '?policy=' + sec.policy + '&signature=' + sec.signature : '';
  return (await fetch(stored.url + q)).status;
}

describe('Uploader.discard', () => {
  it('removes a stored file: its content answers 404 and the object is gone from storage', async () => {
    const up = uploader('openkey');
    const kept = await up.upload(Buffer.from('keep me'), { filename: 'keep.txt' }).promise;
    const stored = await up.upload(Buffer.from('remove me'), { filename: 'gone.txt' }).promise;
    expect(await status(stored)).toBe(200);
    expect(await keys()).toEqual(expect.arrayContaining([stored.key, kept.key]));
    await expect(up.discard(stored)).resolves.toBeUndefined();
    expect(await status(stored)).toBe(404);
    expect(await keys()).not.toContain(stored.key);
    expect(await status(kept)).toBe(200);
    // a second discard of the same file: the server no longer knows it
    await expect(up.discard(stored)).rejects.toMatchObject({ name: 'NetworkError', status: 404 });
  });

  it('with security: works when the policy allows remove; refused otherwise, without quoting policy or signature', async () => {
    const allowed = security(['store', 'read', 'remove']);
    const upA = uploader('securekey', allowed);
    const a = await upA.upload(Buffer.from('secure one'), { filename: 'a.txt' }).promise;
    await upA.discard(a);
    expect(await status(a, allowed)).toBe(404);

    const storeOnly = security(['store', 'read']);
    const upB = uploader('securekey', storeOnly);
    const b = await upB.upload(Buffer.from('secure two'), { filename: 'b.txt' }).promise;
    const err = await upB.discard(b).then(
      () => undefined,
      (e: Error & { status?: number }) => e,
    );
    expect(err).toMatchObject({ name: 'NetworkError', status: 403 });
    expect(err!.message).toContain('filepicker: the remove request (' + server.url + '/api/file/' + b.handle + '/remove) failed: HTTP 403');
    expect(err!.message).toContain('does not allow');
    expect(err!.message).not.toContain(storeOnly.policy!);
    expect(err!.message).not.toContain(storeOnly.signature!);
    expect(JSON.stringify(err)).not.toContain(storeOnly.signature!);
    expect(await status(b, storeOnly)).toBe(200);
    expect(await keys()).toContain(b.key);
  });

  it('refuses something that is not a stored file, before any request', async () => {
    const up = uploader('openkey');
    await expect(up.discard({ handle: '../x' } as StoredFile)).rejects.toMatchObject({ name: 'ValidationError', option: 'handle' });
    await expect(up.discard(undefined as unknown as StoredFile)).rejects.toMatchObject({ name: 'ValidationError' });
  });
});
