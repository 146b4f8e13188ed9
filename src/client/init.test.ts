import { createHash } from 'crypto';
import { Security } from '../core/contracts';
import { init, UploadToken } from './init';
import { ClientProgressEvent } from './progressEvent';
import { FakeEnv, ScriptedTransport, serverHandler } from '../upload/__tests__/fakes';

const MIB = 1024 * 1024;

function client(security?: Security) {
  const env = new FakeEnv();
  env.md5 = (buf) => createHash('md5').update(Buffer.from(buf)).digest('base64');
  const transport = new ScriptedTransport();
  transport.handler = serverHandler();
  const c = init('KEY', security, { hosts: 'http://127.0.0.1:9999/', transport, env, tuning: { progressIntervalMs: 0 } });
  return { env, transport, c };
}

async function finish<T>(env: FakeEnv, p: Promise<T>): Promise<{ value?: T; error?: { name?: string; [k: string]: unknown } }> {
  const out: { value?: T; error?: { name?: string; [k: string]: unknown }; done?: boolean } = {};
  p.then((v) => { out.value = v; out.done = true; }, (e) => { out.error = e; out.done = true; });
  for (let i = 0; i < 2000 && !out.done; i++) await env.advance(5);
  if (!out.done) throw new Error('did not settle');
  return out;
}

describe('init', () => {
  it('refuses a missing or non-string key, naming apiKey', () => {
    expect(() => init(undefined as unknown as string)).toThrow(expect.objectContaining({ name: 'ValidationError', option: 'apiKey', message: 'filepicker: `apiKey` must be a non-empty string, got undefined' }));
    expect(() => init(42 as unknown as string)).toThrow(expect.objectContaining({ option: 'apiKey' }));
    expect(() => init('')).toThrow(expect.objectContaining({ option: 'apiKey' }));
  });

  it('refuses security without both policy and signature', () => {
    expect(() => init('KEY', { policy: 'p' })).toThrow(expect.objectContaining({ name: 'ValidationError', option: 'security', message: expect.stringContaining('both `policy` and `signature`') }));
    expect(() => init('KEY', { signature: 's' })).toThrow(expect.objectContaining({ option: 'security' }));
    expect(() => init('KEY', { policy: 'p', signature: 's' })).not.toThrow();
  });

  it('takes hosts as a base URL or as overrides', () => {
    expect(init('KEY', undefined, { hosts: 'http://127.0.0.1:8080' }).hosts).toEqual({ uploadApi: 'http://127.0.0.1:8080', fileApi: 'http://127.0.0.1:8080/api/file', storeApi: 'http://127.0.0.1:8080/api/store', cdn: 'http://127.0.0.1:8080/cdn', process: 'http://127.0.0.1:8080/process', customSourceApi: 'http://127.0.0.1:8080/api/customsource', cloudApi: 'http://127.0.0.1:8080/cloud' });
    expect(init('KEY', undefined, { hosts: { uploadApi: 'https://up.example.test/' } }).hosts.uploadApi).toBe('https://up.example.test');
    expect(init('KEY').hosts.uploadApi).toBe('https://upload.filestackapi.com');
    expect(() => init('KEY', undefined, { hosts: 'ftp://x' })).toThrow(expect.objectContaining({ option: 'hosts' }));
  });
});

describe('client.upload', () => {
  it('uploads, reports 0.5.x progress events and resolves with the stored file', async () => {
    const { env, transport, c } = client({ policy: 'P', signature: 'S' });
    const events: ClientProgressEvent[] = [];
    const file = new Blob([new Uint8Array(6 * MIB)], { type: 'text/plain' });
    const { value } = await finish(env, c.upload(file, { onProgress: (e) => events.push(e) }, { location: 'S3', container: 'bucket', access: 'Public' }));
    expect(value).toMatchObject({ handle: 'H4ndle', url: 'http://127.0.0.1:9999/api/file/H4ndle', size: 6 * MIB, mimetype: 'text/plain' });
    expect(transport.calls('/multipart/start')[0].json.store).toEqual({ location: 's3', container: 'bucket', access: 'public' });
    const last = events[events.length - 1];
    expect(last).toMatchObject({ totalProgressPercent: 100, progressTotal: 6 * MIB, totalBytes: 6 * MIB });
    expect([1, 2]).toContain(last.part);
    expect(last.loaded).toBe(last.byteLength);
    expect(events.slice(0, -1).every((e) => e.totalProgressPercent < 100)).toBe(true);
  });

  it('attaches cancel/pause/resume to the token; cancel rejects with AbortError', async () => {
    const { env, transport, c } = client();
    transport.handler = serverHandler((p) => p.req.method === 'PUT');
    const token: UploadToken = {};
    const p = c.upload(new Blob(['hello']), {}, {}, token);
    expect(typeof token.cancel).toBe('function');
    expect(typeof token.pause).toBe('function');
    expect(typeof token.resume).toBe('function');
    await env.advance(50);
    (token.cancel as () => void)();
    const { error } = await finish(env, p);
    expect(error && error.name).toBe('AbortError');
    await env.advance(50);
    expect(transport.calls('/multipart/abort')).toHaveLength(1);
  });

  it('rejects bad options with errors that name them, before any request', async () => {
    const { transport, c } = client();
    const file = new Blob(['x']);
    await expect(c.upload(file, { partSize: 1024 })).rejects.toMatchObject({ name: 'ValidationError', option: 'partSize' });
    await expect(c.upload(file, { onProgress: 'yes' as unknown as () => void })).rejects.toMatchObject({ option: 'onProgress' });
    await expect(c.upload(file, {}, { location: 'ftp' })).rejects.toMatchObject({ option: 'location', message: expect.stringContaining('s3, azure, dropbox, rackspace, gcs') });
    await expect(c.upload(file, {}, { access: 'world' })).rejects.toMatchObject({ option: 'access' });
    await expect(c.upload(new Blob([]))).rejects.toMatchObject({ option: 'file' });
    expect(transport.log).toHaveLength(0);
  });

  it('passes retryOptions and onRetry through', async () => {
    const { env, transport, c } = client();
    let fails = 1;
    transport.handler = serverHandler((p) => { if (/start$/.test(p.req.url) && fails-- > 0) { p.respond(503, ''); return true; } return false; });
    const retries: number[][] = [];
    env.randomValue = 1;
    const { value } = await finish(env, c.upload(new Blob(['x']), { retryOptions: { minTimeout: 20, maxTimeout: 20 }, onRetry: (a, w) => retries.push([a, w]) }));
    expect(value && value.handle).toBe('H4ndle');
    expect(retries).toEqual([[1, 20]]);
  });
});

describe('client.storeURL', () => {
  it('posts the URL as a form to the store API and resolves with the stored file', async () => {
    const { env, transport, c } = client({ policy: 'P', signature: 'S' });
    transport.handler = (p) => p.respond(200, { url: 'http://127.0.0.1:9999/api/file/Abc123', filename: 'cat.png', size: 42, type: 'image/png', key: 'k', container: 'b' });
    const { value } = await finish(env, c.storeURL('https://example.test/cat.png', { location: 'S3', path: 'x/' }));
    expect(value).toEqual({ handle: 'Abc123', url: 'http://127.0.0.1:9999/api/file/Abc123', filename: 'cat.png', size: 42, mimetype: 'image/png', key: 'k', container: 'b' });
    const req = transport.log[0].req;
    expect(req.method).toBe('POST');
    expect(req.url).toBe('http://127.0.0.1:9999/api/store/s3?key=KEY&path=x%2F&policy=P&signature=S');
    expect(req.headers).toEqual({ 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' });
    expect(req.body).toBe('url=https%3A%2F%2Fexample.test%2Fcat.png');
  });

  it('refuses a non-http URL', async () => {
    const { c } = client();
    await expect(c.storeURL('javascript:alert(1)')).rejects.toMatchObject({ name: 'ValidationError', option: 'url' });
  });
});
