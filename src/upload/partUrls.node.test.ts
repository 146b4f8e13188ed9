/** Part URLs asked for in batches (our server's extension of /multipart/upload), and one call per part elsewhere. */
import { createHash } from 'crypto';
import { runUpload } from './uploadFile';
import { PartQueue } from './queue';
import { StoreOptions } from '../core/contracts';
import { FakeEnv, PendingRequest, ScriptedTransport, serverHandler } from './__tests__/fakes';
import { hostsFromBase } from '../core/hosts';
import { MIB, resolveOptions } from './options';
import { PartUrls } from './partUrls';

const START = { uri: '/bucket/key', region: 'us-east-1', upload_id: 'UP1', location_url: 'upload.example.test' };
const md5Of = (b: Uint8Array) => createHash('md5').update(b).digest('base64');

/** A file of `parts` parts of 5 MiB whose parts differ (so each MD5 names its part). */
function fileOf(parts: number): { blob: Blob; md5s: string[] } {
  const bytes = new Uint8Array(parts * 5 * MIB);
  for (let p = 0; p < parts; p++) bytes.fill(p + 1, p * 5 * MIB, (p + 1) * 5 * MIB);
  const md5s: string[] = [];
  for (let p = 0; p < parts; p++) md5s.push(md5Of(bytes.subarray(p * 5 * MIB, (p + 1) * 5 * MIB)));
  return { blob: new Blob([bytes]), md5s };
}

/** The parts whose URL the scripted server answered in a batch. */
const batched = new Set<number>();

/** Uploads through a scripted server; `batch` = what its start answers as part_urls_batch (undefined: not offered). */
async function upload(parts: number, batch: number | undefined, override?: (p: PendingRequest) => boolean) {
  const env = new FakeEnv();
  env.md5 = (buf) => createHash('md5').update(Buffer.from(buf)).digest('base64');
  const transport = new ScriptedTransport();
  transport.handler = serverHandler((p) => {
    if (override && override(p)) return true;
    if (/\/multipart\/start$/.test(p.req.url)) {
      p.respond(200, batch === undefined ? START : { ...START, part_urls_batch: batch });
      return true;
    }
    if (/\/multipart\/upload$/.test(p.req.url) && p.json.batch) {
      for (const b of p.json.batch) batched.add(b.part);
      const target = (n: number, md5: string) => ({ url: 'https://storage.example.test/part/' + n, headers: { 'Content-MD5': md5 } });
      p.respond(200, { ...target(p.json.part, p.json.md5), batch: p.json.batch.map((b: { part: number; md5: string }) => ({ part: b.part, ...target(b.part, b.md5) })) });
      return true;
    }
    return false;
  });
  // a hasher that hashes up to 3 parts ahead and holds no bytes, as the Worker hashers do in browsers
  const digest = (b: Blob) => b.arrayBuffer().then((buf) => ({ md5: md5Of(new Uint8Array(buf)) }));
  const hasher = { ahead: 3, digest, md5: (b: Blob) => digest(b).then((d) => d.md5), dispose() { /* nothing held */ } };
  const opts = resolveOptions({ maxConcurrentUploads: 1, resume: false, progressIntervalMs: 0 });
  const deps = { transport, env, hosts: hostsFromBase('https://api.example.test'), apikey: 'KEY', queue: new PartQueue(1), hasher };
  const uploader = { upload: (blob: Blob, store: StoreOptions) => runUpload(deps, blob, store, {}, opts) };
  const file = fileOf(parts);
  let done = false;
  let failed: Error | null = null;
  uploader.upload(file.blob, { location: 's3' }).promise.then(() => { done = true; }, (e: Error) => { failed = e; done = true; });
  for (let i = 0; i < 4000 && !done; i++) await env.advance(5);
  if (failed) throw failed;
  expect(done).toBe(true);
  return { transport, md5s: file.md5s };
}

/** Every part was PUT once to its own URL with its own MD5 (the last attempt of each part counts). */
function expectEachPartPutWithItsMd5(transport: ScriptedTransport, md5s: string[]): void {
  const puts = transport.log.filter((p) => p.req.method === 'PUT');
  const byPart: { [n: number]: string } = {};
  for (const p of puts) byPart[Number(/\/part\/(\d+)$/.exec(p.req.url)![1])] = p.req.headers!['Content-MD5'];
  expect(byPart).toEqual(Object.fromEntries(md5s.map((m, i) => [i + 1, m])));
}

describe('part URLs in batches', () => {
  it('against a server that offers it: the parts hashed ahead ask along, so fewer calls than parts', async () => {
    const { transport, md5s } = await upload(6, 16);
    const calls = transport.calls('/multipart/upload');
    expect(calls.length).toBeLessThan(6);
    const asked = calls.flatMap((c) => [{ part: c.json.part, md5: c.json.md5 }].concat((c.json.batch || []).map((b: { part: number; md5: string; size: number }) => ({ part: b.part, md5: b.md5 }))));
    // each part's URL was asked for once, with the part's own MD5
    expect(asked.sort((a, b) => a.part - b.part)).toEqual(md5s.map((md5, i) => ({ part: i + 1, md5 })));
    expect(calls.some((c) => c.json.batch && c.json.batch.length)).toBe(true);
    expectEachPartPutWithItsMd5(transport, md5s);
  });

  it('against a server that does not (Filestack): one call per part, no batch field', async () => {
    const { transport, md5s } = await upload(4, undefined);
    const calls = transport.calls('/multipart/upload');
    expect(calls.map((c) => c.json.part)).toEqual([1, 2, 3, 4]);
    for (const c of calls) expect(c.json.batch).toBeUndefined();
    expectEachPartPutWithItsMd5(transport, md5s);
  });

  it('a URL answered ahead that storage refuses (403, expired) is asked for again', async () => {
    batched.clear();
    let refused = 0;
    const { transport, md5s } = await upload(6, 16, (p) => {
      const n = Number((/\/part\/(\d+)$/.exec(p.req.url) || [])[1]);
      if (p.req.method === 'PUT' && batched.has(n) && !refused) {
        refused = n;
        p.respond(403, '<Error><Code>AccessDenied</Code></Error>');
        return true;
      }
      return false;
    });
    expect(refused).toBeGreaterThan(0);
    const calls = transport.calls('/multipart/upload');
    // its URL came in a batch, then the part asked on its own after the 403
    expect(calls.filter((c) => c.json.part === refused)).toHaveLength(1);
    expectEachPartPutWithItsMd5(transport, md5s);
  });
});

describe('PartUrls', () => {
  const t = (n: number) => ({ url: 'u' + n, headers: {} });
  it('asks along at most max parts without a URL held or asked, and hands a URL over once, for its MD5 only', async () => {
    const urls = new PartUrls(2);
    const ready = [1, 2, 3, 4].map((n) => ({ part: n, size: 10, md5: 'm' + n }));
    const extras = urls.extras(1, ready);
    expect(extras.map((e) => e.part)).toEqual([2, 3]);
    let answer: (b: { [part: number]: { url: string; headers: { [name: string]: string } } }) => void = () => undefined;
    urls.asking(extras, new Promise((resolve) => { answer = resolve; }));
    // while that call runs, its parts are not asked again, and a part taking its URL waits for it
    expect(urls.extras(1, ready).map((e) => e.part)).toEqual([4]);
    const waiting = urls.take(2, 'm2');
    answer({ 2: t(2) });
    expect(await waiting).toEqual(t(2));
    // part 3 was not answered: it asks on its own
    expect(await urls.take(3, 'm3')).toBeNull();
    expect(urls.take(2, 'm2')).toBeNull();
    urls.asking([ready[3]], Promise.resolve({ 4: t(4) }));
    expect(await urls.take(4, 'other')).toBeNull();
    expect(new PartUrls(0).extras(1, ready)).toEqual([]);
  });
});
