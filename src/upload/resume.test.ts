import { createHash } from 'crypto';
import { createUploader } from './createUploader';
import { FakeEnv, ScriptedTransport, serverHandler, PendingRequest } from './__tests__/fakes';
import { hostsFromBase } from '../core/hosts';
import { StoredFile } from '../core/contracts';
import { MIB } from './options';
import { MemoryResumeStore } from './resume/store';
import { ResumeEntry } from './resume/entry';

const hosts = hostsFromBase('https://api.example.test');
const SIZE = 3 * 5 * MIB + 100; // parts of 5, 5, 5 MiB and 100 bytes

function fileOf(size = SIZE, name = 'movie.bin', lastModified = 1700000000000): File {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 997) bytes[i] = (i / 997) & 255;
  return new File([bytes], name, { type: 'application/octet-stream', lastModified });
}

interface Run {
  env: FakeEnv;
  transport: ScriptedTransport;
  store: MemoryResumeStore;
  debug: string[];
  uploader: ReturnType<typeof createUploader>;
}

function page(store: MemoryResumeStore, config: { resume?: boolean; resumeTtlMs?: number } = {}, time?: number): Run {
  const env = new FakeEnv();
  if (time !== undefined) env.time = time;
  env.md5 = (buf) => createHash('md5').update(Buffer.from(buf)).digest('base64');
  const transport = new ScriptedTransport();
  const debug: string[] = [];
  const uploader = createUploader({
    apikey: 'KEY', security: { policy: 'POL', signature: 'SIG' }, hosts, transport, env, maxConcurrentUploads: 2, retryOptions: { minTimeout: 10, maxTimeout: 100 },
    tuning: { progressIntervalMs: 0, stallTimeoutMs: 5000, resumeTtlMs: config.resumeTtlMs },
    resume: config.resume, resumeStore: store, debug: (m) => debug.push(m),
  });
  return { env, transport, store, debug, uploader };
}

function partOf(p: PendingRequest): number {
  return Number(/\/part\/(\d+)$/.exec(p.req.url)![1]);
}

/** A server whose PUTs answer `"<tag>-<part>"`; PUTs of parts in `hold` are never answered. */
function server(tag: string, hold: number[] = [], overrides?: (p: PendingRequest) => boolean) {
  return serverHandler((p) => {
    if (overrides && overrides(p)) return true;
    if (p.req.method !== 'PUT') return false;
    const n = partOf(p);
    if (hold.indexOf(n) >= 0) return true;
    if (p.req.onUploadProgress) p.req.onUploadProgress(n === 4 ? 100 : 5 * MIB);
    p.respond(200, '', { ETag: '"' + tag + '-' + n + '"' });
    return true;
  });
}

async function until(env: FakeEnv, cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400 && !cond(); i++) await env.advance(5);
  if (!cond()) throw new Error('never happened: ' + what);
}

/** A failed upload's error, with the fields some errors carry. */
type Failure = Error & { status?: number; option?: string };

async function finish<T>(env: FakeEnv, p: Promise<T>): Promise<{ value?: T; error: Failure }> {
  const out = {} as { value?: T; error: Failure; done?: boolean };
  p.then((v) => { out.value = v; out.done = true; }, (e) => { out.error = e; out.done = true; });
  await until(env, () => !!out.done, 'the upload settled');
  return out;
}

function puts(t: ScriptedTransport): number[] {
  return t.log.filter((p) => p.req.method === 'PUT').map(partOf);
}

/** A first page that stores parts 1 and 2 and is left (reloaded) while parts 3 and 4 are in flight. */
async function interruptedPage(store: MemoryResumeStore, file: File): Promise<Run> {
  const first = page(store);
  first.transport.handler = server('one', [3, 4]);
  first.uploader.upload(file, { path: 'up/' });
  await until(first.env, () => puts(first.transport).length === 4, 'four PUTs');
  await first.env.advance(20);
  return first;
}

describe('resume after a reload', () => {
  it('remembers the upload ids and the stored parts with their ETags, never the policy or signature', async () => {
    const store = new MemoryResumeStore();
    const first = await interruptedPage(store, fileOf());
    const entries = store.entries();
    expect(entries).toHaveLength(1);
    const e = entries[0];
    expect(e).toMatchObject({ v: 1, uri: '/bucket/key', region: 'us-east-1', uploadId: 'UP1', locationUrl: 'https://upload.example.test', locationRegion: 'us-east-1', partSize: 5 * MIB, size: SIZE });
    expect(e.parts.sort((a, b) => a.n - b.n)).toEqual([{ n: 1, etag: '"one-1"' }, { n: 2, etag: '"one-2"' }]);
    expect(e.expires - e.created).toBe(24 * 60 * 60 * 1000);
    expect(e.created).toBeLessThanOrEqual(first.env.now());
    expect(JSON.stringify(e)).not.toMatch(/POL|SIG|policy|signature/);
  });

  it('sends only the missing parts and completes with every ETag', async () => {
    const store = new MemoryResumeStore();
    const file = fileOf();
    await interruptedPage(store, file);
    const second = page(store.reopened());
    second.transport.handler = server('two');
    const progress: number[] = [];
    const { value, error } = await finish(second.env, second.uploader.upload(file, { path: 'up/' }, { onProgress: (p) => progress.push(p.loaded) }).promise);
    expect(error).toBeUndefined();
    expect((value as StoredFile).size).toBe(SIZE);
    expect(second.transport.calls('/multipart/start')).toHaveLength(0);
    expect(second.transport.calls('/multipart/upload').map((u) => [u.json.upload_id, u.json.part]).sort()).toEqual([['UP1', 3], ['UP1', 4]]);
    expect(puts(second.transport).sort()).toEqual([3, 4]);
    const [complete] = second.transport.calls('/multipart/complete');
    expect(complete.req.url).toBe('https://upload.example.test/multipart/complete');
    expect(complete.json).toMatchObject({ uri: '/bucket/key', region: 'us-east-1', upload_id: 'UP1', size: SIZE });
    expect(complete.json.parts).toEqual([{ part_number: 1, etag: '"one-1"' }, { part_number: 2, etag: '"one-2"' }, { part_number: 3, etag: '"two-3"' }, { part_number: 4, etag: '"two-4"' }]);
    expect(progress[progress.length - 1]).toBe(SIZE);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThan(progress[i - 1]);
    await second.env.advance(10);
    expect(store.entries()).toEqual([]); // removed once stored
    expect(second.debug.join('\n')).toMatch(/continuing upload UP1: 2 of 4 parts are stored already/);
  });

  it('completes at once when every part was stored before the reload', async () => {
    const store = new MemoryResumeStore();
    const file = fileOf();
    const first = page(store);
    first.transport.handler = server('one', [], (p) => /complete$/.test(p.req.url)); // complete never answered
    first.uploader.upload(file, {});
    await until(first.env, () => first.transport.calls('/multipart/complete').length === 1, 'complete sent');
    await first.env.advance(20);
    expect(store.entries()[0].parts).toHaveLength(4);
    const second = page(store.reopened());
    second.transport.handler = server('two');
    const { value } = await finish(second.env, second.uploader.upload(file, {}).promise);
    expect(value && value.handle).toBe('H4ndle');
    expect(second.transport.log.map((p) => p.req.url.replace(/^https:\/\/[^/]+/, ''))).toEqual(['/multipart/complete']);
  });

  it('ignores an expired record: starts afresh and removes it', async () => {
    const store = new MemoryResumeStore();
    const file = fileOf();
    await interruptedPage(store, file);
    const old = store.entries()[0];
    const second = page(store.reopened(), {}, old.expires + 1);
    second.transport.handler = server('two', [4], (p) => {
      if (/start$/.test(p.req.url)) { p.respond(200, { uri: '/bucket/key2', region: 'us-east-1', upload_id: 'UP2', location_url: 'upload.example.test' }); return true; }
      return false;
    });
    const task = second.uploader.upload(file, { path: 'up/' });
    await until(second.env, () => puts(second.transport).length === 4, 'four PUTs');
    const held = await second.transport.next();
    await second.env.advance(5);
    expect(store.entries().map((e) => e.uploadId)).toEqual(['UP2']); // the expired one is gone, the new one recorded
    held.respond(200, '', { ETag: '"two-4"' });
    const { value } = await finish(second.env, task.promise);
    expect(value && value.handle).toBe('H4ndle');
    expect(puts(second.transport).sort()).toEqual([1, 2, 3, 4]);
    expect(second.transport.calls('/multipart/upload').every((u) => u.json.upload_id === 'UP2')).toBe(true);
    await second.env.advance(10);
    expect(store.entries()).toEqual([]);
  });

  it('falls back to a fresh upload, silently, when the server no longer knows the remembered one', async () => {
    const store = new MemoryResumeStore();
    const file = fileOf();
    await interruptedPage(store, file);
    const second = page(store.reopened());
    second.transport.handler = server('two', [], (p) => {
      if (/upload$/.test(p.req.url) && p.json.upload_id === 'UP1') { p.respond(400, { error: 'upload_id: unknown upload (never started, aborted, completed or expired)' }); return true; }
      if (/start$/.test(p.req.url)) { p.respond(200, { uri: '/bucket/key2', region: 'us-east-1', upload_id: 'UP2', location_url: 'upload.example.test' }); return true; }
      return false;
    });
    const retried: number[] = [];
    const progress: number[] = [];
    const { value, error } = await finish(second.env, second.uploader.upload(file, { path: 'up/' }, { onRetry: (a) => retried.push(a), onProgress: (p) => progress.push(p.loaded) }).promise);
    expect(error).toBeUndefined();
    expect(value && value.size).toBe(SIZE);
    expect(retried).toEqual([]);
    expect(second.transport.calls('/multipart/start')).toHaveLength(1);
    expect(puts(second.transport).sort()).toEqual([1, 2, 3, 4]);
    const [complete] = second.transport.calls('/multipart/complete');
    expect(complete.json.upload_id).toBe('UP2');
    expect(complete.json.parts.map((p: { etag: string }) => p.etag)).toEqual(['"two-1"', '"two-2"', '"two-3"', '"two-4"']);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThan(progress[i - 1]);
    expect(second.transport.calls('/multipart/abort')).toHaveLength(0);
    expect(second.debug.join('\n')).toMatch(/the server refused the remembered upload \(.*HTTP 400.*\); starting a new one/);
    await second.env.advance(10);
    expect(store.entries()).toEqual([]);
  });

  it('falls back when storage no longer has the remembered upload (a part PUT answers 404)', async () => {
    const store = new MemoryResumeStore();
    const file = fileOf();
    await interruptedPage(store, file);
    const second = page(store.reopened());
    let started = false;
    second.transport.handler = server('two', [], (p) => {
      if (p.req.method === 'PUT' && !started) { p.respond(404, '<Error><Code>NoSuchUpload</Code></Error>'); return true; }
      if (/start$/.test(p.req.url)) { started = true; p.respond(200, { uri: '/bucket/key2', region: 'us-east-1', upload_id: 'UP2', location_url: 'upload.example.test' }); return true; }
      return false;
    });
    const { value, error } = await finish(second.env, second.uploader.upload(file, { path: 'up/' }).promise);
    expect(error).toBeUndefined();
    expect(value && value.size).toBe(SIZE);
    expect(second.transport.calls('/multipart/complete').map((c) => c.json.upload_id)).toEqual(['UP2']);
  });

  it('falls back when complete of a fully stored remembered upload is refused', async () => {
    const store = new MemoryResumeStore();
    const file = fileOf();
    const first = page(store);
    first.transport.handler = server('one', [], (p) => /complete$/.test(p.req.url));
    first.uploader.upload(file, {});
    await until(first.env, () => first.transport.calls('/multipart/complete').length === 1, 'complete sent');
    await first.env.advance(20);
    const second = page(store.reopened());
    second.transport.handler = server('two', [], (p) => {
      if (/complete$/.test(p.req.url) && p.json.upload_id === 'UP1') { p.respond(400, { error: 'upload_id: unknown upload' }); return true; }
      if (/start$/.test(p.req.url)) { p.respond(200, { uri: '/bucket/key2', region: 'us-east-1', upload_id: 'UP2', location_url: 'upload.example.test' }); return true; }
      return false;
    });
    const { value, error } = await finish(second.env, second.uploader.upload(file, {}).promise);
    expect(error).toBeUndefined();
    expect(value && value.handle).toBe('H4ndle');
    expect(second.transport.calls('/multipart/complete').map((c) => c.json.upload_id)).toEqual(['UP1', 'UP2']);
    expect(puts(second.transport).sort()).toEqual([1, 2, 3, 4]);
  });

  it('a failure after the server accepted the remembered upload is reported, not hidden by a fallback', async () => {
    const store = new MemoryResumeStore();
    const file = fileOf();
    await interruptedPage(store, file);
    const second = page(store.reopened());
    second.transport.handler = server('two', [], (p) => {
      if (/complete$/.test(p.req.url)) { p.respond(400, { error: 'parts: part 1 is not in storage (never uploaded, or lost)' }); return true; }
      return false;
    });
    const { error } = await finish(second.env, second.uploader.upload(file, { path: 'up/' }).promise);
    expect(error).toMatchObject({ name: 'NetworkError', status: 400 });
    expect(second.transport.calls('/multipart/start')).toHaveLength(0);
    expect(second.transport.calls('/multipart/abort')).toHaveLength(1);
    await second.env.advance(10);
    expect(store.entries()).toEqual([]);
  });

  it('never resumes for another target or file: a different path, or a file modified since, starts fresh', async () => {
    const store = new MemoryResumeStore();
    const file = fileOf();
    await interruptedPage(store, file);
    const other = page(store.reopened());
    other.transport.handler = server('two');
    await finish(other.env, other.uploader.upload(file, { path: 'elsewhere/' }).promise);
    await finish(other.env, other.uploader.upload(fileOf(SIZE, 'movie.bin', 1700000000001), { path: 'up/' }).promise);
    expect(other.transport.calls('/multipart/start')).toHaveLength(2);
    expect(store.entries().map((e) => e.uploadId)).toEqual(['UP1']); // the remembered one is still there
  });

  it('with resume off nothing is stored and nothing is resumed', async () => {
    const store = new MemoryResumeStore();
    const file = fileOf();
    const off = page(store, { resume: false });
    off.transport.handler = server('one', [3, 4]);
    off.uploader.upload(file, {});
    await until(off.env, () => puts(off.transport).length === 4, 'four PUTs');
    await off.env.advance(20);
    expect(store.entries()).toEqual([]);

    await interruptedPage(store, file); // a record made with resume on
    const perUpload = page(store.reopened());
    perUpload.transport.handler = server('two');
    await finish(perUpload.env, perUpload.uploader.upload(file, { path: 'up/' }, {}, { resume: false }).promise);
    expect(perUpload.transport.calls('/multipart/start')).toHaveLength(1);
    expect(puts(perUpload.transport).sort()).toEqual([1, 2, 3, 4]);
  });

  it('cancel removes the record (and aborts the upload on the server)', async () => {
    const store = new MemoryResumeStore();
    const run = page(store);
    run.transport.handler = server('one', [3, 4]);
    const task = run.uploader.upload(fileOf(), {});
    await until(run.env, () => puts(run.transport).length === 4, 'four PUTs');
    await run.env.advance(20);
    expect(store.entries()).toHaveLength(1);
    task.cancel();
    const { error } = await finish(run.env, task.promise);
    expect(error.name).toBe('AbortError');
    await run.env.advance(20);
    expect(store.entries()).toEqual([]);
    expect(run.transport.calls('/multipart/abort')).toHaveLength(1);
  });

  it('a second upload of the same file while the first runs starts fresh and leaves the first one\'s record alone', async () => {
    const store = new MemoryResumeStore();
    const file = fileOf();
    const run = page(store);
    let n = 0;
    run.transport.handler = server('one', [3, 4], (p) => {
      if (/start$/.test(p.req.url)) { n++; p.respond(200, { uri: '/bucket/key' + n, region: 'us-east-1', upload_id: 'UP' + n, location_url: 'upload.example.test' }); return true; }
      return false;
    });
    run.uploader.upload(file, {});
    await until(run.env, () => puts(run.transport).length === 4, 'four PUTs');
    run.uploader.upload(file, {});
    await until(run.env, () => run.transport.calls('/multipart/start').length === 2, 'second start');
    await run.env.advance(20);
    expect(store.entries().map((e: ResumeEntry) => e.uploadId)).toEqual(['UP1']);
    expect(run.debug.join('\n')).toMatch(/another upload of this page is sending the same file/);
  });
});
