/** Malformed and hostile requests: each is a clean JSON 4xx naming the field, and the server keeps serving. */
import * as net from 'net';
import { readdirSync } from 'fs';
import { startServer, RunningServer } from '../src/index';
import { asBody, postJson, reply } from './helpers';

let srv: RunningServer;
beforeAll(async () => {
  srv = await startServer({ maxStoreBytes: 1024 * 1024 });
});
afterAll(() => srv.close());

async function raw(path: string, body: string | Buffer, type: string) {
  return reply(await fetch(srv.url + path, { method: 'POST', headers: { 'Content-Type': type }, body: asBody(body) }));
}

async function open() {
  const r = await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'a', size: 100 });
  return r.json;
}

describe('hostile input', () => {
  test('garbage JSON, non-object JSON, broken multipart', async () => {
    expect(await raw('/multipart/start', '{"apikey": "demo", ', 'application/json')).toMatchObject({ status: 400, json: { error: 'body: expected valid JSON' } });
    expect(await raw('/multipart/start', '[1,2]', 'application/json')).toMatchObject({ status: 400, json: { error: 'body: expected a JSON object' } });
    expect((await raw('/multipart/start', 'garbage', 'multipart/form-data')).json.error).toMatch(/^body: malformed multipart/);
    expect((await raw('/multipart/start', Buffer.from([0xff, 0xfe, 0, 1, 2]), 'application/octet-stream')).status).toBe(403);
  });

  test('huge bodies are cut at the bound', async () => {
    const big = JSON.stringify({ apikey: 'demo', filename: 'a', size: 1, pad: 'x'.repeat(2 * 1024 * 1024) });
    const r = await raw('/multipart/start', big, 'application/json');
    expect(r.status).toBe(413);
    expect(r.json.error).toMatch(/larger than 1048576 bytes/);
    const s = await reply(await fetch(srv.url + '/api/store/S3?key=demo', { method: 'POST', body: Buffer.alloc(2 * 1024 * 1024) }));
    expect(s.status).toBe(413);
  });

  test('missing and wrong-typed fields name the field', async () => {
    expect((await postJson(srv.url + '/multipart/start', { apikey: 'demo', size: 1 })).json.error).toBe('filename: required');
    expect((await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'a' })).json.error).toMatch(/^size: required/);
    expect((await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'a', size: -1 })).json.error).toMatch(/^size: expected a whole number/);
    expect((await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'a', size: '1e3' })).json.error).toMatch(/^size: expected a whole number/);
    expect((await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: ['a'], size: 1 })).json.error).toBe('filename: expected a string, got an array');
    expect((await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'a', size: 1, mimetype: 'not a type' })).json.error).toMatch(/^mimetype: expected a media type/);
    expect((await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'a', size: 1, store: 'x' })).json.error).toBe('store: expected an object');
    expect((await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'a', size: 1, store: { access: 'world' } })).json.error).toBe('store.access: expected "public" or "private", got "world"');
  });

  test('file names with ../, control characters or 1000 characters; paths with ..', async () => {
    const bad = async (filename: string) => (await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename, size: 1 })).json.error;
    expect(await bad('../../etc/passwd')).toMatch(/^filename: must be a plain file name/);
    expect(await bad('a\u0000b')).toBe('filename: must not contain control characters');
    expect(await bad('a\nb')).toBe('filename: must not contain control characters');
    expect(await bad('x'.repeat(1000))).toBe('filename: must be at most 255 characters, got 1000');
    expect(await bad('..')).toMatch(/^filename: must be a plain file name/);
    const p = await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'a', size: 1, store: { path: 'a/../../b' } });
    expect(p.json.error).toBe('store.path: must not contain "." or ".." segments');
    const q = await reply(await fetch(srv.url + '/api/store/S3?key=demo&filename=..%2Fx', { method: 'POST', body: 'x' }));
    expect(q.json.error).toMatch(/^filename: must be a plain file name/);
  });

  test('bad part numbers, sizes, md5 and upload ids', async () => {
    const s = await open();
    const base = { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, size: 10 };
    for (const part of [0, 10001, -1, 1.5, 'x']) {
      const r = await postJson(srv.url + '/multipart/upload', { ...base, part });
      expect(r.status).toBe(400);
      expect(r.json.error).toMatch(/^part: expected a whole number from 1 to 10000/);
    }
    expect((await postJson(srv.url + '/multipart/upload', { ...base, part: 1, md5: 'abc' })).json.error).toBe('md5: expected the base64 of a 16-byte MD5 digest');
    expect((await postJson(srv.url + '/multipart/upload', { ...base, part: 1, size: 0 })).json.error).toMatch(/^size: expected a whole number from 1/);
    expect((await postJson(srv.url + '/multipart/upload', { ...base, part: 1, upload_id: 'nope' })).json.error).toMatch(/^upload_id: unknown upload/);
    expect((await postJson(srv.url + '/multipart/upload', { ...base, part: 1, upload_id: '../../x' })).json.error).toBe('upload_id: malformed');
    expect((await postJson(srv.url + '/multipart/upload', { ...base, part: 1, uri: '/other/key' })).json.error).toBe('uri: does not belong to this upload_id');
    expect((await postJson(srv.url + '/multipart/complete', { ...base, size: 100, parts: '1:a;1:a' })).json.error).toBe('parts: part 1 is listed twice');
    expect((await postJson(srv.url + '/multipart/complete', { ...base, size: 100, parts: [{ part_number: 0, etag: 'a' }] })).json.error).toMatch(/^parts\[0\]: part number must be 1\.\.10000/);
    expect((await postJson(srv.url + '/multipart/complete', { ...base, size: 100, parts: 'garbage' })).json.error).toBe('parts[0]: expected "<part>:<etag>"');
    expect((await postJson(srv.url + '/multipart/complete', { ...base, size: 100, parts: { a: 1 } })).json.error).toMatch(/^parts: expected/);
    expect((await postJson(srv.url + '/multipart/commit', { ...base, part: 1 })).json.error).toMatch(/^upload_id: commit is only for intelligent ingestion/);
  });

  test('unknown routes, wrong methods, unknown handles', async () => {
    expect(await reply(await fetch(srv.url + '/nope'))).toMatchObject({ status: 404, json: { error: 'path: no route for GET /nope' } });
    expect((await fetch(srv.url + '/multipart/start')).status).toBe(405);
    expect((await reply(await fetch(srv.url + '/api/file/AAAAAAAAAAAAAAAAAAAA'))).json).toEqual({ error: 'handle: file not found' });
    expect((await fetch(srv.url + '/api/file/..%2F..%2Fetc')).status).toBe(404);
  });

  test('clients that vanish mid-body do not hurt the server, and leave no spooled files', async () => {
    const { port } = new URL(srv.url);
    const cut = (head: string) =>
      new Promise<void>((resolve) => {
        const s = net.connect(Number(port), '127.0.0.1', () => {
          s.write(head + 'partial body');
          setTimeout(() => s.destroy(), 50);
        });
        s.on('close', () => resolve());
        s.on('error', () => resolve());
      });
    await cut('POST /api/store/S3?key=demo HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n');
    await cut('POST /multipart/start HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n');
    await cut('POST /api/store/S3?key=demo HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=zz\r\nContent-Length: 100000\r\n\r\n--zz\r\nContent-Disposition: form-data; name="fileUpload"; filename="a"\r\n\r\n');
    await new Promise((r) => setTimeout(r, 200));
    expect((await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'a', size: 1 })).status).toBe(200);
    expect(readdirSync(srv.scratchDir)).toEqual([]);
  });

  test('a malformed HTTP request gets a 400 and the server goes on', async () => {
    const { port } = new URL(srv.url);
    const answer = await new Promise<string>((resolve) => {
      const s = net.connect(Number(port), '127.0.0.1', () => s.write('GARBAGE\r\n\r\n'));
      let got = '';
      s.on('data', (d) => (got += d.toString()));
      s.on('close', () => resolve(got));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect((await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'a', size: 1 })).status).toBe(200);
  });
});
