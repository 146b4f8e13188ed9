import { createHash } from 'crypto';
import { createUploader } from './createUploader';
import { FakeEnv, ScriptedTransport, serverHandler, settle, PendingRequest } from './__tests__/fakes';
import { hostsFromBase } from '../core/hosts';
import { StoredFile, UploadEvents } from '../core/contracts';
import { MIB } from './options';
import { bodyLength } from '../core/http/signal';
import { WorkerLike } from './types';

const hosts = hostsFromBase('https://api.example.test');
const security = { policy: 'POL', signature: 'SIG' };

type Config = Parameters<typeof createUploader>[0];
/** A failed upload's error, with the fields some errors carry. */
type Failure = Error & { status?: number; option?: string };

function setup(tuning: Config['tuning'] = {}, retryOptions: Config['retryOptions'] = { minTimeout: 10, maxTimeout: 1000 }, maxConcurrentUploads = 5) {
  const env = new FakeEnv();
  env.md5 = (buf) => createHash('md5').update(Buffer.from(buf)).digest('base64');
  const transport = new ScriptedTransport();
  const uploader = createUploader({ apikey: 'KEY', security, hosts, transport, env, retryOptions, maxConcurrentUploads, tuning: { progressIntervalMs: 0, stallTimeoutMs: 5000, ...tuning } });
  return { env, transport, uploader };
}

function blobOf(size: number, name = 'photo.png', type = 'image/png'): Blob & { name: string } {
  const b = new Blob([new Uint8Array(size)], { type }) as Blob & { name: string };
  Object.defineProperty(b, 'name', { value: name });
  return b;
}

/** Runs the fake clock until the promise settles. */
async function finish<T>(env: FakeEnv, p: Promise<T>, stepMs = 5, maxSteps = 4000): Promise<{ value?: T; error: Failure }> {
  const out = {} as { value?: T; error: Failure; done?: boolean };
  p.then((v) => { out.value = v; out.done = true; }, (e) => { out.error = e; out.done = true; });
  for (let i = 0; i < maxSteps && !out.done; i++) await env.advance(stepMs);
  if (!out.done) throw new Error('the upload did not settle');
  return out;
}

describe('one file against a scripted server', () => {
  it('speaks the JSON protocol: start, upload + PUT per part, complete', async () => {
    const { env, transport, uploader } = setup();
    transport.handler = serverHandler();
    const seen: string[] = [];
    const progress: number[] = [];
    const events: UploadEvents = {
      onStart: () => seen.push('start'), onUploadStart: () => seen.push('uploadStart'), onUploadComplete: () => seen.push('uploadComplete'),
      onProgress: (p) => { progress.push(p.loaded); expect(p.total).toBe(12 * MIB); },
    };
    const task = uploader.upload(blobOf(12 * MIB), { location: 's3', container: 'bucket', path: 'a/', region: 'us-east-1', access: 'public' }, events);
    const { value } = await finish(env, task.promise);
    const stored = value as StoredFile;
    expect(stored).toEqual({ handle: 'H4ndle', url: 'https://api.example.test/api/file/H4ndle', filename: 'photo.png', size: 12 * MIB, mimetype: 'image/png', key: 'k_photo.png', container: 'bucket', status: 'Stored' });
    expect(seen).toEqual(['start', 'uploadStart', 'uploadComplete']);
    expect(progress[progress.length - 1]).toBe(12 * MIB);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThan(progress[i - 1]);

    const [start] = transport.calls('/multipart/start');
    expect(start.req.url).toBe('https://api.example.test/multipart/start');
    expect(start.req.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(start.json).toEqual({ apikey: 'KEY', filename: 'photo.png', mimetype: 'image/png', size: 12 * MIB, idempotency_key: expect.stringMatching(/^[A-Za-z0-9]{24}$/), policy: 'POL', signature: 'SIG', store: { location: 's3', container: 'bucket', path: 'a/', region: 'us-east-1', access: 'public' } });

    const uploads = transport.calls('/multipart/upload');
    expect(uploads.map((u) => [u.json.part, u.json.size])).toEqual([[1, 5 * MIB], [2, 5 * MIB], [3, 2 * MIB]]);
    const md5 = createHash('md5').update(Buffer.alloc(5 * MIB)).digest('base64');
    expect(uploads[0].req.url).toBe('https://upload.example.test/multipart/upload');
    expect(uploads[0].req.headers).toEqual({ 'Content-Type': 'application/json', 'Filestack-Upload-Region': 'us-east-1' });
    expect(uploads[0].json).toMatchObject({ apikey: 'KEY', uri: '/bucket/key', region: 'us-east-1', upload_id: 'UP1', part: 1, size: 5 * MIB, md5, policy: 'POL', signature: 'SIG' });

    const puts = transport.log.filter((p) => p.req.method === 'PUT');
    expect(puts).toHaveLength(3);
    expect(puts[0].req.headers).toEqual({ Authorization: 'AWS x', 'Content-MD5': md5 }); // exactly what the server said, no Content-Type
    expect(bodyLength(puts[2].req.body)).toBe(2 * MIB);
    expect(puts[2].req.body).toBeInstanceOf(Uint8Array); // read once for the MD5, sent from memory

    const [complete] = transport.calls('/multipart/complete');
    expect(complete.json).toMatchObject({ apikey: 'KEY', uri: '/bucket/key', region: 'us-east-1', upload_id: 'UP1', filename: 'photo.png', mimetype: 'image/png', size: 12 * MIB, policy: 'POL', signature: 'SIG', store: { location: 's3' } });
    expect(complete.json.parts.map((p: { part_number: number }) => p.part_number)).toEqual([1, 2, 3]);
    expect(complete.json.parts.every((p: { etag: string }) => /^"etag\d"$/.test(p.etag))).toBe(true);
    expect(env.pendingTimers).toBe(0);
  });

  it('refuses a 0-byte file before any request, naming `file`', () => {
    const { transport, uploader } = setup();
    expect(() => uploader.upload(blobOf(0), {})).toThrow(expect.objectContaining({ name: 'ValidationError', option: 'file', message: expect.stringMatching(/^filepicker: `file` is empty/) }));
    expect(() => uploader.upload('nope' as never, {})).toThrow(expect.objectContaining({ option: 'file' }));
    expect(transport.log).toHaveLength(0);
  });

  it('accepts bytes (a Uint8Array) by wrapping them in a Blob', async () => {
    const { env, transport, uploader } = setup();
    transport.handler = serverHandler();
    const { value } = await finish(env, uploader.upload(new Uint8Array([1, 2, 3]), {}).promise);
    expect(value && value.size).toBe(3);
    expect(transport.calls('/multipart/start')[0].json).toMatchObject({ filename: 'untitled', mimetype: 'application/octet-stream', size: 3 });
  });

  it('cancel aborts the in-flight PUT, calls /multipart/abort and rejects with AbortError', async () => {
    const { env, transport, uploader } = setup();
    transport.handler = serverHandler((p) => p.req.method === 'PUT'); // hold PUTs
    const task = uploader.upload(blobOf(6 * MIB), {});
    const result = finish(env, task.promise);
    const put = await transport.next();
    expect(put.req.method).toBe('PUT');
    task.cancel();
    const { error } = await result;
    expect(error.name).toBe('AbortError');
    expect(error.message).toBe('filepicker: the upload was cancelled');
    await env.advance(10);
    expect(put.settled).toBe(true);
    const aborts = transport.calls('/multipart/abort');
    expect(aborts).toHaveLength(1);
    expect(aborts[0].json).toMatchObject({ apikey: 'KEY', uri: '/bucket/key', region: 'us-east-1', upload_id: 'UP1', policy: 'POL', signature: 'SIG' });
    expect(transport.calls('/multipart/complete')).toHaveLength(0);
    expect(env.pendingTimers).toBe(0);
  });

  it('cancel while complete is in flight: the answer is awaited; a file stored anyway is removed, not left orphaned', async () => {
    const { env, transport, uploader } = setup();
    transport.handler = serverHandler((p) => /\/multipart\/complete$/.test(p.req.url)); // hold complete
    const task = uploader.upload(blobOf(1000, 'late.png'), {});
    const result = finish(env, task.promise);
    const complete = await transport.next();
    expect(complete.req.url).toMatch(/\/multipart\/complete$/);
    task.cancel();
    const { error } = await result;
    expect(error.name).toBe('AbortError');
    expect(complete.settled).toBe(false);
    complete.respond(200, { handle: 'L4te', url: 'https://cdn.example.test/L4te', filename: 'late.png', size: 1000, mimetype: 'image/png', key: 'k_late', container: 'bucket' });
    await env.advance(10);
    const removes = transport.log.filter((p) => /\/remove$/.test(p.req.url));
    expect(removes.map((p) => [p.req.method, p.req.url, p.req.body])).toEqual([['POST', hosts.fileApi + '/L4te/remove', 'policy=POL&signature=SIG&key=KEY']]);
    expect(transport.calls('/multipart/abort')).toHaveLength(0);
  });

  it('cancel while complete is in flight: when complete is refused, the upload is aborted on the server', async () => {
    const { env, transport, uploader } = setup();
    transport.handler = serverHandler((p) => /\/multipart\/complete$/.test(p.req.url));
    const task = uploader.upload(blobOf(1000), {});
    const result = finish(env, task.promise);
    const complete = await transport.next();
    task.cancel();
    expect((await result).error.name).toBe('AbortError');
    expect(transport.calls('/multipart/abort')).toHaveLength(0);
    complete.respond(400, { error: 'parts: missing' });
    await env.advance(10);
    expect(transport.calls('/multipart/abort')).toHaveLength(1);
    expect(transport.log.filter((p) => /\/remove$/.test(p.req.url))).toHaveLength(0);
  });

  it('hashes the next part while the slots are busy sending, and uses that digest for its part', async () => {
    const { env, transport, uploader } = setup({}, undefined, 1);
    const hashedSizes: number[] = [];
    const native = env.md5 as (b: ArrayBuffer) => string;
    env.md5 = (buf) => { hashedSizes.push(buf.byteLength); return native(buf); };
    let held: PendingRequest | null = null;
    transport.handler = serverHandler((p) => { if (p.req.method === 'PUT' && !held) { held = p; return true; } return false; });
    const task = uploader.upload(blobOf(12 * MIB), {});
    const result = finish(env, task.promise);
    for (let i = 0; i < 50 && !held; i++) await env.advance(1);
    expect(held).not.toBeNull();
    await env.advance(5);
    // one slot, busy with part 1's PUT: part 2 is already hashed, part 3 is not (one part ahead)
    expect(hashedSizes).toEqual([5 * MIB, 5 * MIB]);
    expect(transport.calls('/multipart/upload')).toHaveLength(1);
    (held as unknown as PendingRequest).respond(200, '', { ETag: '"e1"' });
    const { value } = await result;
    expect(value && value.size).toBe(12 * MIB);
    expect(hashedSizes).toEqual([5 * MIB, 5 * MIB, 2 * MIB]); // each part hashed once
    const md5 = createHash('md5').update(Buffer.alloc(5 * MIB)).digest('base64');
    expect(transport.calls('/multipart/upload').map((u) => u.json.md5).slice(0, 2)).toEqual([md5, md5]);
  });

  it('hashes the first part while start is on its way, and hashes it only once', async () => {
    const { env, transport, uploader } = setup({}, undefined, 1);
    const hashedSizes: number[] = [];
    const native = env.md5 as (b: ArrayBuffer) => string;
    env.md5 = (buf) => { hashedSizes.push(buf.byteLength); return native(buf); };
    let start: PendingRequest | null = null;
    transport.handler = serverHandler((p) => { if (/\/multipart\/start$/.test(p.req.url) && !start) { start = p; return true; } return false; });
    const task = uploader.upload(blobOf(12 * MIB), {});
    const result = finish(env, task.promise);
    for (let i = 0; i < 50 && !start; i++) await env.advance(1);
    expect(start).not.toBeNull();
    await env.advance(5);
    expect(hashedSizes).toEqual([5 * MIB]); // before start answered (one part ahead with this hasher)
    expect(transport.calls('/multipart/upload')).toHaveLength(0);
    (start as unknown as PendingRequest).respond(200, { uri: '/bucket/key', region: 'us-east-1', upload_id: 'UP1', location_url: 'upload.example.test', location_region: 'us-east-1' });
    const { value } = await result;
    expect(value && value.size).toBe(12 * MIB);
    expect(hashedSizes).toEqual([5 * MIB, 5 * MIB, 2 * MIB]);
  });

  it('a start refused after the first part was hashed ahead leaves nothing behind', async () => {
    const { env, transport, uploader } = setup({}, { retries: 0 }, 1);
    transport.handler = serverHandler((p) => { if (/\/multipart\/start$/.test(p.req.url)) { p.respond(400, { error: 'bad apikey' }); return true; } return false; });
    const { error } = await finish(env, uploader.upload(blobOf(12 * MIB), {}).promise);
    expect(error.status).toBe(400);
    expect(transport.calls('/multipart/upload')).toHaveLength(0);
    expect(transport.calls('/multipart/abort')).toHaveLength(0);
    await env.advance(10);
    expect(env.pendingTimers).toBe(0);
  });

  it('with the Worker hasher and no partSize given, a large file goes in larger parts; a given partSize is kept', async () => {
    const run = async (overrides?: { partSize: number }) => {
      const env = new FakeEnv();
      // a Worker double that answers every part at once (it never reads the bytes)
      env.createWorker = () => {
        const w: WorkerLike = {
          onmessage: null, onerror: null, terminate() { /* nothing */ },
          postMessage(m) {
            const d = m as { type: string; id?: number; blob?: Blob };
            const data = d.type === 'filepicker-md5-ping' ? { type: 'filepicker-md5-ready', hasher: 'wasm' } : { id: d.id, md5: 'md5-' + (d.blob as Blob).size };
            void Promise.resolve().then(() => { if (w.onmessage) w.onmessage({ data }); });
          },
        };
        return w;
      };
      const transport = new ScriptedTransport();
      transport.handler = serverHandler();
      // one slot: the engine aims at two parts per slot
      const uploader = createUploader({ apikey: 'KEY', hosts, transport, env, resume: false, maxConcurrentUploads: 1, tuning: { progressIntervalMs: 0 }, debug() { /* quiet */ } });
      const { value } = await finish(env, uploader.upload(blobOf(26 * MIB), {}, {}, overrides).promise);
      expect(value && value.size).toBe(26 * MIB);
      return transport.calls('/multipart/upload').map((u) => u.json.size as number);
    };
    expect(await run()).toEqual([13 * MIB, 13 * MIB]);
    expect(await run({ partSize: 5 * MIB })).toEqual([5, 5, 5, 5, 5, 1].map((m) => m * MIB));
  });

  it('cancel while a part is hashed ahead leaves nothing behind', async () => {
    const { env, transport, uploader } = setup({}, undefined, 1);
    transport.handler = serverHandler((p) => p.req.method === 'PUT'); // hold PUTs
    const task = uploader.upload(blobOf(12 * MIB), {});
    const result = finish(env, task.promise);
    await transport.next();
    task.cancel();
    const { error } = await result;
    expect(error.name).toBe('AbortError');
    await env.advance(10);
    expect(transport.calls('/multipart/upload')).toHaveLength(1); // the part hashed ahead never asked for a URL
    expect(transport.calls('/multipart/abort')).toHaveLength(1);
    expect(env.pendingTimers).toBe(0);
  });

  it('asks for a new URL when storage answers 403 (expired URL), a bounded number of times', async () => {
    const { env, transport, uploader } = setup({ maxUrlRenewals: 2 });
    let forbidden = 0;
    transport.handler = serverHandler((p) => {
      if (p.req.method === 'PUT' && forbidden < 1) { forbidden++; p.respond(403, '<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>'); return true; }
      return false;
    });
    const { value } = await finish(env, uploader.upload(blobOf(100), {}).promise);
    expect(value && value.handle).toBe('H4ndle');
    expect(transport.calls('/multipart/upload')).toHaveLength(2);

    const again = setup({ maxUrlRenewals: 2 });
    again.transport.handler = serverHandler((p) => { if (p.req.method === 'PUT') { p.respond(403, 'expired'); return true; } return false; });
    const { error } = await finish(again.env, again.uploader.upload(blobOf(100), {}).promise);
    expect(error).toMatchObject({ name: 'NetworkError', status: 403, method: 'PUT' });
    expect(error.message).toMatch(/^filepicker: the storage PUT of part 1 of 1 failed: HTTP 403/);
    expect(again.transport.calls('/multipart/upload')).toHaveLength(3);
    expect(again.transport.calls('/multipart/abort')).toHaveLength(1);
  });

  it('fails clearly when storage hides the ETag (bucket CORS), without retrying', async () => {
    const { env, transport, uploader } = setup();
    transport.handler = serverHandler((p) => { if (p.req.method === 'PUT') { p.respond(200, ''); return true; } return false; });
    const { error } = await finish(env, uploader.upload(blobOf(10), {}).promise);
    expect(error.name).toBe('FilepickerError');
    expect(error.message).toMatch(/^filepicker: storage accepted part 1 but its answer has no readable ETag header.*<ExposeHeader>ETag<\/ExposeHeader>/);
    expect(transport.log.filter((p) => p.req.method === 'PUT')).toHaveLength(1);
    expect(transport.calls('/multipart/abort')).toHaveLength(1);
  });

  it('bounds the 202 loop of complete', async () => {
    const { env, transport, uploader } = setup({ maxCompletePolls: 3 });
    transport.handler = serverHandler((p) => { if (/complete$/.test(p.req.url)) { p.respond(202, ''); return true; } return false; });
    const { error } = await finish(env, uploader.upload(blobOf(10), {}).promise);
    expect(error.message).toBe('filepicker: the complete request (/multipart/complete) was still answering 202 (processing) after 3 polls; giving up');
    expect(transport.calls('/multipart/complete')).toHaveLength(4);
  });

  it('completes after a few 202 answers', async () => {
    const { env, transport, uploader } = setup();
    let n = 0;
    transport.handler = serverHandler((p) => { if (/complete$/.test(p.req.url) && n++ < 2) { p.respond(202, ''); return true; } return false; });
    const { value } = await finish(env, uploader.upload(blobOf(10), {}).promise);
    expect(value && value.handle).toBe('H4ndle');
  });

  it('retries 5xx and 429 (honouring Retry-After) with recorded backoff, reporting onRetry', async () => {
    const { env, transport, uploader } = setup({}, { minTimeout: 100, maxTimeout: 5000, factor: 2, retries: 5 });
    env.randomValue = 1;
    const answers = [500, 429, 503];
    transport.handler = serverHandler((p) => {
      if (/\/multipart\/upload$/.test(p.req.url) && answers.length) {
        const s = answers.shift() as number;
        p.respond(s, 'busy', s === 429 ? { 'Retry-After': '2' } : {});
        return true;
      }
      return false;
    });
    const retries: Array<[number, number]> = [];
    const { value } = await finish(env, uploader.upload(blobOf(10), {}, { onRetry: (a, w) => retries.push([a, w]) }).promise, 50);
    expect(value && value.handle).toBe('H4ndle');
    expect(retries).toEqual([[1, 100], [2, 2000], [3, 400]]);
    expect(env.delays).toEqual(expect.arrayContaining([100, 2000, 400]));
  });

  it('does not retry other 4xx and says where the flow stopped', async () => {
    const { env, transport, uploader } = setup();
    transport.handler = serverHandler((p) => { if (/start$/.test(p.req.url)) { p.respond(400, 'bad apikey', { 'x-request-id': 'r1' }); return true; } return false; });
    const { error } = await finish(env, uploader.upload(blobOf(10), {}).promise);
    expect(error).toMatchObject({ name: 'NetworkError', status: 400, method: 'POST', requestId: 'r1', body: 'bad apikey' });
    expect(error.message).toBe('filepicker: the start request (/multipart/start) failed: HTTP 400 bad apikey');
    expect(transport.log).toHaveLength(1);
  });

  it('gives up after `retries` and surfaces the last error', async () => {
    const { env, transport, uploader } = setup({}, { minTimeout: 10, maxTimeout: 100, retries: 2 });
    transport.handler = (p: PendingRequest) => p.fail('TransportError');
    const retried: number[] = [];
    const { error } = await finish(env, uploader.upload(blobOf(10), {}, { onRetry: (a) => retried.push(a) }).promise);
    expect(error.name).toBe('NetworkError');
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/^filepicker: the start request \(\/multipart\/start\) failed: network error/);
    expect(retried).toEqual([1, 2]);
    expect(transport.log).toHaveLength(3);
  });

  it('waits for the online event instead of spending retries while offline', async () => {
    const { env, transport, uploader } = setup({}, { minTimeout: 10, maxTimeout: 100, retries: 1 });
    env.online = false;
    let failures = 0;
    transport.handler = serverHandler((p) => { if (!env.online) { failures++; p.fail('TransportError'); return true; } return false; });
    const retried: number[] = [];
    const task = uploader.upload(blobOf(10), {}, { onRetry: (a) => retried.push(a) });
    await env.advance(10000);
    expect(failures).toBe(1);
    expect(retried).toEqual([]);
    env.goOnline();
    const { value } = await finish(env, task.promise);
    expect(value && value.handle).toBe('H4ndle');
  });

  it('aborts and retries a stalled part PUT', async () => {
    const { env, transport, uploader } = setup({ stallTimeoutMs: 300 });
    let held = 0;
    transport.handler = serverHandler((p) => {
      if (p.req.method === 'PUT' && held === 0) { held++; if (p.req.onUploadProgress) p.req.onUploadProgress(4); return true; } // then silence
      return false;
    });
    const retried: number[] = [];
    const progress: number[] = [];
    const { value } = await finish(env, uploader.upload(blobOf(10), {}, { onRetry: (a) => retried.push(a), onProgress: (p) => progress.push(p.loaded) }).promise);
    expect(value && value.handle).toBe('H4ndle');
    const puts = transport.log.filter((p) => p.req.method === 'PUT');
    expect(puts).toHaveLength(2);
    expect(puts[0].settled).toBe(true);
    expect(retried).toEqual([1]);
    expect(progress).toEqual([4, 10]);
  });

  it('resets the attempt count when bytes advance', async () => {
    const { env, transport, uploader } = setup({}, { minTimeout: 10, maxTimeout: 100, retries: 1 });
    let n = 0;
    transport.handler = serverHandler((p) => {
      if (p.req.method === 'PUT' && n < 3) { n++; if (p.req.onUploadProgress) p.req.onUploadProgress(n * 2); p.fail('TransportError'); return true; }
      return false;
    });
    const retried: number[] = [];
    const { value } = await finish(env, uploader.upload(blobOf(10), {}, { onRetry: (a) => retried.push(a) }).promise);
    expect(value && value.handle).toBe('H4ndle');
    expect(retried).toEqual([1, 1, 1]);
  });

  it('pause aborts in-flight PUTs and starts nothing; resume restarts them without double-counting', async () => {
    const { env, transport, uploader } = setup();
    let hold = true;
    transport.handler = serverHandler((p) => {
      if (p.req.method === 'PUT' && hold) { if (p.req.onUploadProgress) p.req.onUploadProgress(3 * MIB); return true; }
      return false;
    });
    const progress: number[] = [];
    const task = uploader.upload(blobOf(6 * MIB), {}, { onProgress: (p) => progress.push(p.loaded) });
    await env.advance(50);
    const first = await transport.next();
    const second = await transport.next();
    expect([first.req.method, second.req.method]).toEqual(['PUT', 'PUT']);
    task.pause();
    await env.advance(1000);
    expect(first.settled && second.settled).toBe(true);
    const before = transport.log.length;
    await env.advance(5000);
    expect(transport.log.length).toBe(before);
    hold = false;
    task.resume();
    const { value } = await finish(env, task.promise);
    expect(value && value.size).toBe(6 * MIB);
    expect(progress[progress.length - 1]).toBe(6 * MIB);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThan(progress[i - 1]);
    expect(transport.log.filter((p) => p.req.method === 'PUT')).toHaveLength(4);
  });

  it('shares one concurrency budget between files of one Uploader', async () => {
    const { env, transport, uploader } = setup({}, undefined, 2);
    let active = 0;
    let peak = 0;
    transport.handler = serverHandler((p) => {
      if (p.req.method === 'PUT') {
        active++;
        peak = Math.max(peak, active);
        setTimeout(() => { active--; if (p.req.onUploadProgress) p.req.onUploadProgress(bodyLength(p.req.body) as number); p.respond(200, '', { ETag: '"e"' }); }, 5);
        return true;
      }
      return false;
    });
    const a = uploader.upload(blobOf(11 * MIB, 'a.bin'), {});
    const b = uploader.upload(blobOf(11 * MIB, 'b.bin'), {});
    const all = Promise.all([a.promise, b.promise]);
    const { value } = await finish(env, all);
    expect(value && value.map((s) => s.size)).toEqual([11 * MIB, 11 * MIB]);
    expect(peak).toBe(2);
    expect(transport.log.filter((p) => p.req.method === 'PUT')).toHaveLength(6);
    await settle();
  });
});

describe('callbacks', () => {
  it('an exception in a callback does not break the upload', async () => {
    const { env, transport, uploader } = setup();
    transport.handler = serverHandler();
    const thrown: unknown[] = [];
    const realSetTimeout = env.setTimeout.bind(env);
    env.setTimeout = (fn: () => void, ms: number) => realSetTimeout(() => { try { fn(); } catch (e) { thrown.push(e); } }, ms);
    const { value } = await finish(env, uploader.upload(blobOf(10), {}, { onStart: () => { throw new Error('page bug'); }, onProgress: () => { throw new Error('page bug 2'); } }).promise);
    expect(value && value.handle).toBe('H4ndle');
    await env.advance(10);
    expect(thrown.map((e) => (e as Error).message)).toEqual(['page bug', 'page bug 2']);
  });
});
