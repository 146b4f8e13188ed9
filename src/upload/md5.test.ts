import { hexToBase64, mainThreadHasher, createHasher, resetSharedMd5Pools } from './md5';
import { MAX_AUTO_PART_SIZE } from './options';
import { md5WorkerCount } from './environment';
import { installMd5Worker } from './md5Worker';
import { FakeEnv, settle } from './__tests__/fakes';
import { WorkerLike } from './types';
import { MD5_READY_MS } from './md5Pool';

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
    const listeners: Array<(ev: { data: unknown }) => void> = [];
    const posted: Array<{ type?: string }> = [];
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(m) { posted.push(m as { type?: string }); listeners.forEach((l) => l({ data: m })); },
      terminate() { /* nothing */ },
    };
    installMd5Worker({ addEventListener: (_t, l) => listeners.push(l), postMessage: (m) => worker.onmessage && worker.onmessage({ data: m }) });
    env.createWorker = () => worker;
    const logs: string[] = [];
    const h = createHasher(env, 5, 1, (m) => logs.push(m));
    expect(await h.md5(new Blob(['abc']))).toBe(ABC);
    expect(posted.map((m) => m.type)).toEqual(['filepicker-md5-ping', 'filepicker-md5']);
    expect(env.delays).toEqual([MD5_READY_MS]); // only the ready bound: no slice ran on the main thread
    expect(logs).toEqual(["md5: hashing in a Worker started from the environment (spark-md5)"]);
  });

  it('falls back to the main thread when the Worker cannot be created (strict CSP), and says so once', async () => {
    const env = new FakeEnv();
    env.createWorker = () => { throw new Error('Refused by Content-Security-Policy'); };
    const logs: string[] = [];
    const h = createHasher(env, 5, 1, (m) => logs.push(m));
    expect(await runTimers(env, h.md5(new Blob(['abc'])))).toBe(ABC);
    expect(await runTimers(env, h.md5(new Blob([''])))).toBe(EMPTY);
    expect(logs).toEqual(["md5: hashing on the main thread with spark-md5 (could not start a Worker from the environment)"]);
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

  it('falls back when the Worker never answers its ready ping, and ends that Worker', async () => {
    const env = new FakeEnv();
    env.md5ReadyMs = 50;
    let ended = 0;
    const worker: WorkerLike = { onmessage: null, onerror: null, postMessage() { /* silent */ }, terminate() { ended++; } };
    env.createWorker = () => worker;
    const logs: string[] = [];
    const h = createHasher(env, 5, 1, (m) => logs.push(m));
    const p = h.md5(new Blob(['abc']));
    await settle();
    expect(await runTimers(env, p)).toBe(ABC);
    expect(ended).toBe(1);
    expect(logs).toEqual(["md5: hashing on the main thread with spark-md5 (the Worker from the environment did not answer within 50 ms)"]);
  });

  it('says once that there is no Worker when the environment has no way to start one', async () => {
    const env = new FakeEnv();
    const logs: string[] = [];
    const h = createHasher(env, 5, 1, (m) => logs.push(m));
    expect(await runTimers(env, h.md5(new Blob(['abc'])))).toBe(ABC);
    expect(await runTimers(env, h.md5(new Blob(['abc'])))).toBe(ABC);
    expect(logs).toEqual(['md5: hashing on the main thread with spark-md5 (no Worker: no script URL or no Worker support)']);
  });
});

describe('Worker hasher scheduling', () => {
  /** What the hasher posts to a Worker. */
  interface Posted { id: number; blob: Blob }
  /** A Worker double that answers only when the test says so. */
  function manualWorkers() {
    const made: Array<WorkerLike & { posted: Posted[]; pings: number; answer(): void }> = [];
    const create = () => {
      const w: WorkerLike & { posted: Posted[]; pings: number; answer(): void } = {
        onmessage: null,
        onerror: null,
        posted: [],
        pings: 0,
        postMessage(m) {
          if ((m as { type?: string }).type === 'filepicker-md5-ping') w.pings++;
          else w.posted.push(m as Posted);
        },
        answer() {
          const m = w.posted[w.posted.length - 1];
          if (w.onmessage) w.onmessage({ data: { id: m.id, md5: 'md5-of-' + m.blob.size } });
        },
        terminate() { /* nothing */ },
      };
      made.push(w);
      return w;
    };
    return { made, create };
  }

  it('gives a Worker one part at a time, in the order asked, so the first part is ready first', async () => {
    const env = new FakeEnv();
    const ws = manualWorkers();
    env.createWorker = ws.create;
    const h = createHasher(env);
    const got: string[] = [];
    const a = h.md5(new Blob(['1'])).then((v) => got.push(v));
    const b = h.md5(new Blob(['22'])).then((v) => got.push(v));
    const c = h.md5(new Blob(['333'])).then((v) => got.push(v));
    await settle();
    expect(ws.made).toHaveLength(1);
    expect(ws.made[0].pings).toBe(1);
    expect(ws.made[0].posted.map((m) => m.blob.size)).toEqual([1]); // the others wait in line, not in the Worker
    ws.made[0].answer();
    await settle();
    expect(got).toEqual(['md5-of-1']);
    expect(ws.made[0].posted.map((m) => m.blob.size)).toEqual([1, 2]);
    ws.made[0].answer();
    await settle();
    ws.made[0].answer();
    await Promise.all([a, b, c]);
    expect(got).toEqual(['md5-of-1', 'md5-of-2', 'md5-of-3']);
  });

  it('starts up to `workers` Workers as parts queue up, each with one part', async () => {
    const env = new FakeEnv();
    const ws = manualWorkers();
    env.createWorker = ws.create;
    const h = createHasher(env, 5, 2);
    const all = [h.md5(new Blob(['1'])), h.md5(new Blob(['22'])), h.md5(new Blob(['333']))];
    await settle();
    expect(ws.made).toHaveLength(2);
    expect(ws.made.map((w) => w.posted.map((m) => m.blob.size))).toEqual([[1], [2]]);
    ws.made[1].answer();
    await settle();
    expect(ws.made[1].posted.map((m) => m.blob.size)).toEqual([2, 3]); // the free Worker takes the next in line
    ws.made[0].answer();
    ws.made[1].answer();
    expect(await Promise.all(all)).toEqual(['md5-of-1', 'md5-of-2', 'md5-of-3']);
    expect(h.ahead).toBe(3);
  });

  it('hashes the parts still in line on the main thread when the Worker fails', async () => {
    const env = new FakeEnv();
    const ws = manualWorkers();
    env.createWorker = ws.create;
    const h = createHasher(env);
    const p1 = h.md5(new Blob(['abc']));
    const p2 = h.md5(new Blob(['']));
    await settle();
    const w = ws.made[0];
    if (w.onerror) w.onerror(new Error('boom'));
    expect(await runTimers(env, p1)).toBe(ABC);
    expect(await runTimers(env, p2)).toBe(EMPTY);
  });
});

describe('the page\'s Workers, shared by its Uploaders', () => {
  /** Worker scripts constructed through the global `Worker`, each answering its ping and every part at once. */
  const started: string[] = [];
  class PageWorker {
    onmessage: ((ev: { data: unknown }) => void) | null = null;
    onerror: ((ev: unknown) => void) | null = null;
    terminated = false;
    constructor(url: string) { started.push(url); }
    postMessage(m: { type: string; id?: number; blob?: Blob }) {
      const data = m.type === 'filepicker-md5-ping' ? { type: 'filepicker-md5-ready', hasher: 'wasm' } : { id: m.id, md5: 'md5-of-' + (m.blob as Blob).size };
      void Promise.resolve().then(() => { if (this.onmessage) this.onmessage({ data }); });
    }
    terminate() { this.terminated = true; }
  }
  const g = globalThis as unknown as { Worker?: unknown };
  const saved = g.Worker;
  beforeEach(() => { started.length = 0; g.Worker = PageWorker; });
  afterEach(() => { resetSharedMd5Pools(); g.Worker = saved; });

  it('starts the Worker of one script once for every Uploader of the page, and says how once', async () => {
    const logs: string[] = [];
    const envA = new FakeEnv();
    envA.md5WorkerUrl = '/dist/filepicker.md5worker.js';
    const envB = new FakeEnv();
    envB.md5WorkerUrl = '/dist/filepicker.md5worker.js';
    const a = createHasher(envA, 5, 1, (m) => logs.push('A ' + m));
    const b = createHasher(envB, 5, 1, (m) => logs.push('B ' + m));
    expect(await a.md5(new Blob(['1']))).toBe('md5-of-1');
    a.dispose(); // an Uploader letting go does not end the page's Worker
    expect(await b.md5(new Blob(['22']))).toBe('md5-of-2');
    expect(started).toEqual(['/dist/filepicker.md5worker.js']);
    expect(logs).toEqual(['A md5: hashing in a Worker started from the worker file (hash-wasm)']);
    // another script (or pool size) has Workers of its own
    const c = createHasher(envA, 5, 2);
    const envD = new FakeEnv();
    envD.md5WorkerUrl = '/other/filepicker.md5worker.js';
    const d = createHasher(envD);
    expect(await c.md5(new Blob(['333']))).toBe('md5-of-3');
    expect(await d.md5(new Blob(['4444']))).toBe('md5-of-4');
    expect(started).toEqual(['/dist/filepicker.md5worker.js', '/dist/filepicker.md5worker.js', '/other/filepicker.md5worker.js']);
  });

  it('lets the engine choose parts up to what the Worker reads at once; the main-thread hasher does not', () => {
    const env = new FakeEnv();
    env.md5WorkerUrl = '/w.js';
    expect(createHasher(env).autoPartMax).toBe(MAX_AUTO_PART_SIZE);
    expect(createHasher(new FakeEnv()).autoPartMax).toBeUndefined();
    expect(mainThreadHasher(new FakeEnv()).autoPartMax).toBeUndefined();
  });
});

describe('md5WorkerCount', () => {
  it('uses one Worker up to 3 cores and two from 4 cores on', () => {
    expect([undefined, 1, 2, 3, 4, 16].map(md5WorkerCount)).toEqual([1, 1, 1, 1, 2, 2]);
  });
});
