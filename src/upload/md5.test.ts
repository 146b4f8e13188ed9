import { hexToBase64, mainThreadHasher, createHasher } from './md5';
import { installMd5Worker } from './md5Worker';
import { FakeEnv, settle } from './__tests__/fakes';
import { WorkerLike } from './types';

// MD5 test vectors (RFC 1321) in base64.
const ABC = 'kAFQmDzST7DWlj99KOF/cg=='; // md5("abc") = 900150983cd24fb0d6963f7d28e17f72
const EMPTY = '1B2M2Y8AsgTpgAmY7PhCfg=='; // md5("")

async function runTimers(env: FakeEnv, p: Promise<string>): Promise<string> {
  let out: string | undefined;
  let err: unknown;
  p.then((v) => { out = v; }, (e) => { err = e; });
  for (let i = 0; i < 200 && out === undefined && err === undefined; i++) await env.advance(1);
  if (err) throw err;
  return out as string;
}

describe('part MD5', () => {
  it('encodes a hex digest as base64', () => {
    expect(hexToBase64('900150983cd24fb0d6963f7d28e17f72')).toBe(ABC);
    expect(hexToBase64('d41d8cd98f00b204e9800998ecf8427e')).toBe(EMPTY);
    expect(hexToBase64('ff')).toBe('/w==');
    expect(hexToBase64('ffff')).toBe('//8=');
  });

  it('hashes on the main thread in slices, yielding through the injected timer', async () => {
    const env = new FakeEnv();
    const h = mainThreadHasher(env);
    expect(await runTimers(env, h.md5(new Blob(['abc'])))).toBe(ABC);
    // 2.5 MiB of "a": three slices, two yields between them
    const big = new Blob([new Uint8Array(2.5 * 1024 * 1024).fill(97)]);
    env.delays = [];
    const got = await runTimers(env, h.md5(big));
    expect(env.delays).toEqual([0, 0]);
    const { createHash } = jest.requireActual('crypto');
    expect(got).toBe(createHash('md5').update(Buffer.alloc(2.5 * 1024 * 1024, 97)).digest('base64'));
  });

  it('uses a Worker when one can be created, and the Worker side answers with the digest', async () => {
    const env = new FakeEnv();
    const listeners: Array<(ev: { data: any }) => void> = [];
    const posted: any[] = [];
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(m) { posted.push(m); listeners.forEach((l) => l({ data: m })); },
      terminate() { /* nothing */ },
    };
    installMd5Worker({ addEventListener: (_t, l) => listeners.push(l), postMessage: (m) => worker.onmessage && worker.onmessage({ data: m }) });
    env.createWorker = () => worker;
    const h = createHasher(env);
    expect(await h.md5(new Blob(['abc']))).toBe(ABC);
    expect(posted).toHaveLength(1);
    expect(env.delays).toEqual([]); // nothing ran on the main thread
  });

  it('falls back to the main thread when the Worker cannot be created (strict CSP)', async () => {
    const env = new FakeEnv();
    env.createWorker = () => { throw new Error('Refused by Content-Security-Policy'); };
    const h = createHasher(env);
    expect(await runTimers(env, h.md5(new Blob(['abc'])))).toBe(ABC);
  });

  it('falls back when the Worker errors', async () => {
    const env = new FakeEnv();
    const worker: WorkerLike = { onmessage: null, onerror: null, postMessage() { setTimeout(() => worker.onerror && worker.onerror(new Error('boom')), 0); }, terminate() { /* nothing */ } };
    env.createWorker = () => worker;
    const h = createHasher(env);
    const p = h.md5(new Blob(['abc']));
    await settle();
    expect(await runTimers(env, p)).toBe(ABC);
  });
});
