/** Fault injection does what it says: statuses, Retry-After, dropped sockets, stalls, slow bandwidth, on every route. */
import { startServer, RunningServer } from '../src/index';
import { bytes, download, md5b64, postJson, putPart, uploadJson } from './helpers';

let srv: RunningServer;
beforeAll(async () => {
  srv = await startServer();
});
afterAll(() => srv.close());
afterEach(() => srv.faults.clear());

const startBody = { apikey: 'demo', filename: 'a', size: 10 };

test('off by default: part URLs point straight at storage', async () => {
  const s = (await postJson(srv.url + '/multipart/start', startBody)).json;
  const up = await postJson(srv.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: 10 });
  expect(up.json.url.indexOf(srv.storage.endpoint)).toBe(0);
});

test('an exact sequence: 503, 429 with Retry-After, then through', async () => {
  srv.faults.set({ start: { sequence: [{ kind: 'status', status: 503 }, { kind: 'status', status: 429, retryAfterSeconds: 2 }, null] } });
  const a = await postJson(srv.url + '/multipart/start', startBody);
  expect(a.status).toBe(503);
  expect(a.json.error).toBe('fault injected: HTTP 503');
  const b = await postJson(srv.url + '/multipart/start', startBody);
  expect(b.status).toBe(429);
  expect(b.headers.get('retry-after')).toBe('2');
  expect((await postJson(srv.url + '/multipart/start', startBody)).status).toBe(200);
  expect((await postJson(srv.url + '/multipart/start', startBody)).status).toBe(200);
  expect(srv.faults.injected.start).toBe(2);
});

test('a dropped connection', async () => {
  srv.faults.set({ complete: { sequence: [{ kind: 'drop' }] } });
  await expect(postJson(srv.url + '/multipart/complete', {})).rejects.toThrow();
  expect((await postJson(srv.url + '/multipart/complete', {})).status).toBe(403);
});

test('a stall of N ms, and a stall until the client gives up', async () => {
  srv.faults.set({ upload: { sequence: [{ kind: 'stall', ms: 300 }, { kind: 'stall' }] } });
  const t = Date.now();
  const r = await postJson(srv.url + '/multipart/upload', { apikey: 'demo' });
  expect(Date.now() - t).toBeGreaterThanOrEqual(290);
  expect(r.status).toBe(400);
  const forever = fetch(srv.url + '/multipart/upload', { method: 'POST', body: '{}', signal: AbortSignal.timeout(400) });
  await expect(forever).rejects.toThrow();
});

test('a seeded rate is reproducible', async () => {
  const run = async () => {
    srv.faults.set({ seed: 42, start: { rate: 0.5, fault: { kind: 'status', status: 500 } } });
    const out: number[] = [];
    for (let i = 0; i < 12; i++) out.push((await postJson(srv.url + '/multipart/start', startBody)).status);
    return out;
  };
  const a = await run();
  const b = await run();
  expect(a).toEqual(b);
  expect(a).toContain(500);
  expect(a).toContain(200);
});

test('part PUTs go through /s3proxy when part faults are on: 500 then a successful retry, bytes intact', async () => {
  srv.faults.set({ part: { sequence: [{ kind: 'status', status: 500 }, { kind: 'drop' }] } });
  const file = bytes(1000, 4);
  const s = (await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'p.bin', size: 1000 })).json;
  const up = await postJson(srv.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: 1000, md5: md5b64(file) });
  expect(up.json.url.indexOf(srv.url + '/s3proxy/')).toBe(0);
  expect((await putPart(up.json.url, up.json.headers, file)).status).toBe(500);
  await expect(putPart(up.json.url, up.json.headers, file)).rejects.toThrow();
  const ok = await putPart(up.json.url, up.json.headers, file);
  expect(ok.status).toBe(200);
  expect(ok.headers.get('etag')).toBe('"' + Buffer.from(md5b64(file), 'base64').toString('hex') + '"');
  const c = await postJson(srv.url + '/multipart/complete', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, size: 1000, parts: [{ part_number: 1, etag: ok.headers.get('etag') }] });
  expect(c.status).toBe(200);
  expect((await download(c.json.url)).body.equals(file)).toBe(true);
  expect(srv.faults.injected.part).toBe(2);
});

test('slow bandwidth on part uploads and on downloads', async () => {
  srv.faults.set({ part: { sequence: [{ kind: 'slow', bytesPerSecond: 100 * 1024 }] }, file: { sequence: [{ kind: 'slow', bytesPerSecond: 100 * 1024 }] } });
  const file = bytes(50 * 1024, 6);
  let t = Date.now();
  const r = await uploadJson(srv.url, file, {});
  expect(r.status).toBe(200);
  expect(Date.now() - t).toBeGreaterThanOrEqual(450);
  t = Date.now();
  const d = await download(r.json.url);
  expect(Date.now() - t).toBeGreaterThanOrEqual(450);
  expect(d.body.equals(file)).toBe(true);
});

test('store and file routes', async () => {
  srv.faults.set({ store: { sequence: [{ kind: 'status', status: 503 }] }, file: { sequence: [{ kind: 'status', status: 500 }] } });
  expect((await fetch(srv.url + '/api/store/S3?key=demo', { method: 'POST', body: 'x' })).status).toBe(503);
  const ok = await (await fetch(srv.url + '/api/store/S3?key=demo', { method: 'POST', body: 'x' })).json();
  expect((await fetch(ok.url)).status).toBe(500);
  expect((await fetch(ok.url)).status).toBe(200);
});

test('bad fault configurations are refused with a message', () => {
  expect(() => srv.faults.set({ start: { rate: 2, fault: { kind: 'drop' } } })).toThrow('server: fault start.rate must be 0..1');
  expect(() => srv.faults.set({ nope: {} } as never)).toThrow(/unknown fault route `nope`/);
});
