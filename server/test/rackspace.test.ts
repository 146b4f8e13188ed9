/**
 * The `rackspace` location against a loopback double of Rackspace identity and the Swift object API it calls
 * (doubles/README.md): the modern `init().upload()` in Node (40 MiB, a fault in one part, a static large object of
 * 16 MiB segments), reads through the file API, stat, remove (segments with it), the store API, write, cancel,
 * `access`, the protocol, an expired token, the configured-token setup.
 */
import { randomBytes } from 'crypto';
import { startServer, RunningServer } from '../src/index';
import { init } from '../../src/client';
import { SwiftDouble, startSwiftDouble } from './doubles/swift-double';
import { MiB, asBody, bytes, download, md5b64, postJson, putPart, uploadJson } from './helpers';
import { Stored, expectRangeAndStat, fortyMiB, sha, uploadWithFault } from './locationUpload';

jest.setTimeout(90000);

const CONTAINER = 'fp-rack-files';
let sw: SwiftDouble;
let srv: RunningServer;

beforeAll(async () => {
  sw = await startSwiftDouble();
  srv = await startServer({ apps: [{ apikey: 'demo' }], rackspace: { username: sw.username, apiKey: sw.apiKey, region: 'dfw', identity: sw.identity, container: CONTAINER, segmentBytes: 16 * MiB } });
}, 30000);
afterAll(async () => {
  if (srv) await srv.close();
  if (sw) await sw.stop();
});
afterEach(() => srv.faults.clear());

const client = () => init('demo', undefined, { hosts: srv.url });
const objects = () => Array.from((sw.containers.get(CONTAINER) as Map<string, unknown>).keys()).sort();
const staged = async () => (await srv.storage.listObjects()).map((o) => o.key).filter((k) => k.indexOf('.fp-rackspace/') === 0);
const openStaged = async () => (await srv.storage.listMultipartUploads()).filter((u) => u.key.indexOf('.fp-rackspace/') === 0);

describe('rackspace location', () => {
  let stored: Stored;
  const file = fortyMiB(5);

  test('the default container is created at start, in the catalog region asked', () => {
    expect(sw.containers.has(CONTAINER)).toBe(true);
  });

  test('init().upload() of 40 MiB with a fault in one part: a static large object of three segments, byte-identical', async () => {
    stored = await uploadWithFault(srv, 'rackspace', file);
    const o = sw.containers.get(CONTAINER)?.get(stored.key as string);
    expect(o?.manifest?.map((s) => s.size_bytes)).toEqual([16 * MiB, 16 * MiB, 8 * MiB]);
    expect(o?.contentType).toBe('application/x-test');
    expect(o?.meta).toMatchObject({ 'fp-owner': 'demo', 'fp-access': 'private' });
    expect(sha(sw.content(CONTAINER, stored.key as string) as Buffer)).toBe(sha(file));
    expect(await staged()).toEqual([]);
    expect(await openStaged()).toEqual([]);
  });

  test('read: a range; stat names the location and container', async () => {
    await expectRangeAndStat(stored, file, { location: 'rackspace', container: CONTAINER });
  });

  test('remove: the manifest and its segments are gone; the file API answers 404', async () => {
    const r = await fetch(stored.url + '?key=demo', { method: 'DELETE' });
    expect(r.status).toBe(200);
    expect(objects()).toEqual([]);
    expect((await download(stored.url)).status).toBe(404);
  });

  test('/api/store/rackspace: one object PUT with its ETag; write replaces it; an expired token is renewed; access is recorded', async () => {
    const r = await fetch(`${srv.url}/api/store/rackspace?key=demo&filename=hello.txt&mimetype=text/plain&path=small/&access=public`, { method: 'POST', body: 'hello swift' });
    expect(r.status).toBe(200);
    const j = (await r.json()) as { url: string; key: string; container: string; size: number };
    expect(j).toMatchObject({ container: CONTAINER, size: 11 });
    const o = sw.containers.get(CONTAINER)?.get(j.key);
    expect(o && o.bytes.toString()).toBe('hello swift');
    expect(o?.meta).toMatchObject({ 'fp-access': 'public' });
    sw.expire();
    const w = await fetch(`${j.url}?key=demo`, { method: 'POST', body: 'rewritten' });
    expect(w.status).toBe(200);
    expect((await download(j.url)).body.toString()).toBe('rewritten');
    await fetch(j.url + '?key=demo', { method: 'DELETE' });
  });

  test('replacing a large object with a small one deletes the old segments', async () => {
    const big = bytes(20 * MiB, 8);
    const first = await (await fetch(`${srv.url}/api/store/rackspace?key=demo&filename=b.bin&path=swap/b.bin`, { method: 'POST', body: asBody(big) })).json() as { url: string };
    expect(objects().filter((k) => k.indexOf('.fp-segments/') === 0).length).toBe(2);
    expect((await fetch(`${first.url}?key=demo`, { method: 'POST', body: 'small now' })).status).toBe(200);
    expect(objects()).toEqual(['swap/b.bin']);
    expect((await download(first.url)).body.toString()).toBe('small now');
    await fetch(first.url + '?key=demo', { method: 'DELETE' });
  });

  test('cancel mid-upload leaves nothing in Swift and nothing staged', async () => {
    const token: { cancel?: () => void } = {};
    let partDone = false;
    const p = client().upload(randomBytes(12 * MiB), { maxConcurrentUploads: 1, onProgress: (e) => { if (e.progressTotal >= 5 * MiB) partDone = true; } }, { location: 'rackspace', path: 'cancelled/' }, token);
    const outcome = p.then(() => 'stored', () => 'rejected');
    for (let i = 0; i < 1000 && !partDone; i++) await new Promise((r) => setTimeout(r, 5));
    expect(partDone).toBe(true);
    (token.cancel as () => void)();
    expect(await outcome).toBe('rejected');
    for (let i = 0; i < 100 && (await openStaged()).length; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await openStaged()).toEqual([]);
    expect(await staged()).toEqual([]);
    expect(objects()).toEqual([]);
  });

  test('the protocol: staged part URLs, Content-MD5 checked, abort leaves nothing; a 6 MiB file is one object', async () => {
    const data = bytes(6 * MiB, 3);
    const done = await uploadJson(srv.url, data, { store: { location: 'RackSpace', path: 'proto/p.txt' }, mimetype: 'text/plain', filename: 'p.txt' });
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({ status: 'Stored', size: data.length, container: CONTAINER, key: 'proto/p.txt' });
    expect(sw.containers.get(CONTAINER)?.get('proto/p.txt')?.manifest).toBeUndefined();
    expect(sha(sw.content(CONTAINER, 'proto/p.txt') as Buffer)).toBe(sha(data));

    const s = (await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'm.bin', size: 10, store: { location: 'rackspace' } })).json;
    const ten = randomBytes(10);
    const up = await postJson(srv.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: 10, md5: md5b64(ten) });
    expect(up.json.url.indexOf(srv.storage.endpoint + '/' + srv.storage.bucket + '/.fp-rackspace/up/')).toBe(0);
    expect((await putPart(up.json.url, up.json.headers, Buffer.from('other byte'))).status).toBe(400);
    expect((await putPart(up.json.url, up.json.headers, ten)).status).toBe(200);
    const aborted = await postJson(srv.url + '/multipart/abort', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id });
    expect(aborted.status).toBe(200);
    expect(await openStaged()).toEqual([]);
  });
});

test('a configured token and storage URL (any Swift) instead of Rackspace identity', async () => {
  const token = { token: '', storageUrl: sw.storageUrl };
  // the double hands out tokens through identity: take one as an operator would
  const r = await fetch(sw.identity + '/tokens', { method: 'POST', body: JSON.stringify({ auth: { 'RAX-KSKEY:apiKeyCredentials': { username: sw.username, apiKey: sw.apiKey } } }) });
  token.token = ((await r.json()) as { access: { token: { id: string } } }).access.token.id;
  const other = await startServer({ apps: [{ apikey: 'demo' }], rackspace: { ...token, container: 'fp-rack-token' } });
  try {
    const s = await fetch(`${other.url}/api/store/rackspace?key=demo&filename=t.txt&path=t.txt`, { method: 'POST', body: 'by token' });
    expect(s.status).toBe(200);
    expect(sw.content('fp-rack-token', 't.txt')?.toString()).toBe('by token');
  } finally {
    await other.close();
  }
});
