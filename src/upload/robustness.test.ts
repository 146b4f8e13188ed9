/**
 * Cancel, abort and retry under faults, against the scripted transport and the fake clock: a cancel inside
 * onUploadComplete, a cancel while start is in flight, parts whose body is cut mid-way every time, and a complete
 * that names a part storage does not hold as sent.
 */
import { createHash } from 'crypto';
import { createUploader } from './createUploader';
import { FakeEnv, ScriptedTransport, serverHandler, PendingRequest } from './__tests__/fakes';
import { hostsFromBase } from '../core/hosts';
import { RetryOptions } from './types';
import { MIB } from './options';

const hosts = hostsFromBase('https://api.example.test');

function setup(retryOptions: Partial<RetryOptions> = { minTimeout: 10, maxTimeout: 1000 }) {
  const env = new FakeEnv();
  env.md5 = (buf) => createHash('md5').update(Buffer.from(buf)).digest('base64');
  const transport = new ScriptedTransport();
  const uploader = createUploader({ apikey: 'KEY', hosts, transport, env, retryOptions, tuning: { progressIntervalMs: 0, stallTimeoutMs: 5000 } });
  return { env, transport, uploader };
}

function blobOf(size: number): Blob & { name: string } {
  const b = new Blob([new Uint8Array(size)], { type: 'image/png' }) as Blob & { name: string };
  Object.defineProperty(b, 'name', { value: 'f.png' });
  return b;
}

interface Outcome<T> {
  value?: T;
  error?: Error & { status?: number };
}

async function finish<T>(env: FakeEnv, p: Promise<T>, stepMs = 5, maxSteps = 4000): Promise<Outcome<T>> {
  const out: Outcome<T> & { done?: boolean } = {};
  p.then((v) => { out.value = v; out.done = true; }, (e: Error) => { out.error = e; out.done = true; });
  for (let i = 0; i < maxSteps && !out.done; i++) await env.advance(stepMs);
  if (!out.done) throw new Error('the upload did not settle');
  return out;
}

const stored = { handle: 'H', url: 'https://cdn.example.test/H', filename: 'f.png', size: 1000, mimetype: 'image/png', key: 'k', container: 'bucket' };
const isComplete = (p: PendingRequest) => /\/multipart\/complete$/.test(p.req.url);

describe('cancel inside onUploadComplete', () => {
  it('sends complete once and nothing beside it; a file stored anyway is removed, never aborted alongside', async () => {
    const { env, transport, uploader } = setup();
    transport.handler = serverHandler(isComplete); // hold complete
    let task: { cancel(): void } | null = null;
    const t = uploader.upload(blobOf(1000), {}, { onUploadComplete: () => (task as { cancel(): void }).cancel() });
    task = t;
    const result = finish(env, t.promise);
    const complete = await transport.next();
    expect(complete.req.url).toMatch(/\/multipart\/complete$/);
    expect((await result).error?.name).toBe('AbortError');
    expect(transport.calls('/multipart/abort')).toHaveLength(0);
    complete.respond(200, stored);
    await env.advance(10);
    expect(transport.calls('/multipart/complete')).toHaveLength(1);
    expect(transport.calls('/multipart/abort')).toHaveLength(0);
    expect(transport.log.filter((p) => /\/H\/remove$/.test(p.req.url))).toHaveLength(1);
  });

  it('aborts once complete was refused', async () => {
    const { env, transport, uploader } = setup();
    transport.handler = serverHandler(isComplete);
    let task: { cancel(): void } | null = null;
    const t = uploader.upload(blobOf(1000), {}, { onUploadComplete: () => (task as { cancel(): void }).cancel() });
    task = t;
    const result = finish(env, t.promise);
    const complete = await transport.next();
    await result;
    complete.respond(400, { error: 'upload_id: unknown upload' });
    await env.advance(10);
    expect(transport.calls('/multipart/abort')).toHaveLength(1);
    expect(transport.log.filter((p) => /\/remove$/.test(p.req.url))).toHaveLength(0);
  });
});

describe('cancel while start is in flight', () => {
  it('lets start finish, then aborts the upload it created', async () => {
    const { env, transport, uploader } = setup();
    transport.handler = serverHandler((p) => /\/multipart\/start$/.test(p.req.url)); // hold start
    const task = uploader.upload(blobOf(1000), {});
    const result = finish(env, task.promise);
    const start = await transport.next();
    task.cancel();
    expect((await result).error?.name).toBe('AbortError');
    expect(start.settled).toBe(false);
    start.respond(200, { uri: '/bucket/key', region: 'us-east-1', upload_id: 'UP9', location_url: 'upload.example.test' });
    await env.advance(10);
    const aborts = transport.calls('/multipart/abort');
    expect(aborts).toHaveLength(1);
    expect(aborts[0].json).toMatchObject({ uri: '/bucket/key', upload_id: 'UP9' });
    expect(transport.calls('/multipart/upload')).toHaveLength(0);
  });

  it('a start sent again after a lost answer carries the same start key; a new upload gets a new one', async () => {
    const { env, transport, uploader } = setup();
    let lost = 1;
    transport.handler = serverHandler((p) => {
      if (/\/multipart\/start$/.test(p.req.url) && lost-- > 0) { p.fail('TransportError'); return true; }
      return false;
    });
    expect((await finish(env, uploader.upload(blobOf(1000), {}).promise)).value?.handle).toBe('H4ndle');
    expect((await finish(env, uploader.upload(blobOf(1000), {}).promise)).value?.handle).toBe('H4ndle');
    const keys = transport.calls('/multipart/start').map((p) => p.json.idempotency_key as string);
    expect(keys).toHaveLength(3);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
  });
});

describe('parts cut mid-way every time', () => {
  it('fails with a NetworkError naming the part once maxFailures attempts failed, although bytes advanced each time', async () => {
    const { env, transport, uploader } = setup({ retries: 3, minTimeout: 10, maxTimeout: 40 });
    transport.handler = serverHandler((p) => {
      if (p.req.method !== 'PUT') return false;
      if (p.req.onUploadProgress) p.req.onUploadProgress(100 + transport.calls('/part/1').length);
      p.fail('TransportError');
      return true;
    });
    const { error } = await finish(env, uploader.upload(blobOf(1000), {}).promise);
    expect(error?.name).toBe('NetworkError');
    expect(error?.message).toMatch(/the storage PUT of part 1 of 1 failed: network error/);
    expect(error?.message).toMatch(/gave up after 12 failed attempts in all/);
    expect(transport.log.filter((p) => p.req.method === 'PUT')).toHaveLength(12);
    expect(transport.calls('/multipart/abort')).toHaveLength(1);
  });

  it('retryOptions.maxFailures sets the cap', async () => {
    const { env, transport, uploader } = setup({ retries: 3, minTimeout: 10, maxTimeout: 40, maxFailures: 5 });
    transport.handler = serverHandler((p) => {
      if (p.req.method !== 'PUT') return false;
      if (p.req.onUploadProgress) p.req.onUploadProgress(100 + transport.log.length);
      p.fail('TransportError');
      return true;
    });
    const { error } = await finish(env, uploader.upload(blobOf(1000), {}).promise);
    expect(error?.message).toMatch(/gave up after 5 failed attempts in all/);
    expect(transport.log.filter((p) => p.req.method === 'PUT')).toHaveLength(5);
  });
});

describe('complete names a part storage does not hold as sent', () => {
  it('sends that part again and completes', async () => {
    const { env, transport, uploader } = setup();
    let refusals = 1;
    transport.handler = serverHandler((p) => {
      if (!isComplete(p) || refusals-- <= 0) return false;
      p.respond(400, { error: 'parts: part 2: the ETag sent does not match the part storage holds' });
      return true;
    });
    const { value } = await finish(env, uploader.upload(blobOf(11 * MIB), {}).promise);
    expect(value?.handle).toBe('H4ndle');
    expect(transport.calls('/multipart/upload').map((p) => p.json.part)).toEqual([1, 2, 3, 2]);
    const completes = transport.calls('/multipart/complete');
    expect(completes).toHaveLength(2);
    expect(completes[1].json.parts).not.toEqual(completes[0].json.parts);
  });

  it('gives up after two resends', async () => {
    const { env, transport, uploader } = setup();
    transport.handler = serverHandler((p) => {
      if (!isComplete(p)) return false;
      p.respond(400, { error: 'parts: part 1 is not in storage (never uploaded, or lost)' });
      return true;
    });
    const { error } = await finish(env, uploader.upload(blobOf(1000), {}).promise);
    expect(error?.name).toBe('NetworkError');
    expect(error?.status).toBe(400);
    expect(transport.calls('/multipart/complete')).toHaveLength(3);
    expect(transport.calls('/multipart/abort')).toHaveLength(1);
  });
});
