/**
 * The `dropbox` location against a loopback double of the Dropbox API v2 endpoints it calls (doubles/README.md):
 * the modern `init().upload()` in Node (40 MiB, a fault in one part, the upload session), reads through the file
 * API, stat, remove, the store API, write, cancel, `access`, the protocol, a refresh-token setup, the sweeper.
 */
import { randomBytes } from 'crypto';
import { startServer, RunningServer } from '../src/index';
import { init } from '../../src/client';
import { DropboxDouble, startDropboxDouble } from './doubles/dropbox';
import { MiB, bytes, download, md5b64, postJson, putPart, uploadJson } from './helpers';
import { Stored, expectRangeAndStat, fortyMiB, sha, uploadWithFault } from './locationUpload';

jest.setTimeout(90000);

let dbx: DropboxDouble;
let srv: RunningServer;

beforeAll(async () => {
  dbx = await startDropboxDouble();
  srv = await startServer({ apps: [{ apikey: 'demo' }], dropbox: { token: dbx.token, api: dbx.api, content: dbx.content } });
}, 30000);
afterAll(async () => {
  if (srv) await srv.close();
  if (dbx) await dbx.close();
});
afterEach(() => srv.faults.clear());

const client = () => init('demo', undefined, { hosts: srv.url });
/** What the server keeps of Dropbox uploads in its own storage (staged objects; file records are under meta/). */
const staged = async () => (await srv.storage.listObjects()).map((o) => o.key).filter((k) => k.indexOf('.fp-dropbox/up/') === 0);
const openStaged = async () => (await srv.storage.listMultipartUploads()).filter((u) => u.key.indexOf('.fp-dropbox/') === 0);
const endpoints = (from: number) => dbx.calls.slice(from).map((c) => c.endpoint);

describe('dropbox location', () => {
  let stored: Stored;
  const file = fortyMiB(9);

  test('init().upload() of 40 MiB with a fault in one part: parts staged here, then one upload session in order, byte-identical', async () => {
    const from = dbx.calls.length;
    stored = await uploadWithFault(srv, 'dropbox', file);
    const f = dbx.files.get('/' + (stored.key as string).toLowerCase());
    expect(f && sha(f.bytes)).toBe(sha(file));
    const uploads = endpoints(from).filter((e) => e.indexOf('/2/files/upload') === 0);
    expect(uploads).toEqual(['/2/files/upload_session/start', '/2/files/upload_session/append_v2', '/2/files/upload_session/append_v2', '/2/files/upload_session/append_v2', '/2/files/upload_session/finish']);
    const appends = dbx.calls.slice(from).filter((c) => c.endpoint === '/2/files/upload_session/append_v2').map((c) => (c.arg.cursor as { offset: number }).offset);
    expect(appends).toEqual([0, 16 * MiB, 32 * MiB]);
    expect(dbx.calls.slice(from).find((c) => c.endpoint === '/2/files/upload_session/finish')?.arg.commit).toEqual({ path: '/' + stored.key, mode: 'overwrite', autorename: false, mute: true });
    expect(dbx.sessions.size).toBe(0);
    expect(await staged()).toEqual([]);
    expect(await openStaged()).toEqual([]);
  });

  test('read: a range; stat names the location, container dropbox and the path', async () => {
    await expectRangeAndStat(stored, file, { location: 'dropbox', container: 'dropbox' });
  });

  test('remove: the file is gone from Dropbox and the file API answers 404', async () => {
    const r = await fetch(stored.url + '?key=demo', { method: 'DELETE' });
    expect(r.status).toBe(200);
    expect(dbx.files.has('/' + (stored.key as string).toLowerCase())).toBe(false);
    expect((await download(stored.url)).status).toBe(404);
  });

  test('/api/store/dropbox: a non-ASCII name reaches Dropbox escaped; container is ignored; write replaces the bytes; access is recorded', async () => {
    const r = await fetch(`${srv.url}/api/store/dropbox?key=demo&filename=${encodeURIComponent('héllo.txt')}&mimetype=text/plain&path=small/&container=ignored-here&access=public`, { method: 'POST', body: 'hello dropbox' });
    expect(r.status).toBe(200);
    const j = (await r.json()) as { url: string; key: string; container: string; size: number };
    expect(j).toMatchObject({ container: 'dropbox', size: 13 });
    expect(j.key).toMatch(/^small\/[^/]+_héllo\.txt$/);
    expect(dbx.files.get('/' + j.key.toLowerCase())?.bytes.toString()).toBe('hello dropbox');
    const record = JSON.parse((await srv.storage.getObject('.fp-dropbox/meta/' + j.key.toLowerCase())).toString());
    expect(record).toMatchObject({ contentType: 'text/plain', metadata: { 'fp-access': 'public', 'fp-owner': 'demo' } });
    const w = await fetch(`${j.url}?key=demo`, { method: 'POST', body: 'rewritten' });
    expect(w.status).toBe(200);
    expect((await download(j.url)).body.toString()).toBe('rewritten');
    expect(dbx.files.get('/' + j.key.toLowerCase())?.bytes.toString()).toBe('rewritten');
  });

  test('cancel mid-upload leaves no file, no session in Dropbox and nothing staged', async () => {
    const token: { cancel?: () => void } = {};
    let partDone = false;
    const before = dbx.files.size;
    const p = client().upload(randomBytes(12 * MiB), { maxConcurrentUploads: 1, onProgress: (e) => { if (e.progressTotal >= 5 * MiB) partDone = true; } }, { location: 'dropbox', path: 'cancelled/' }, token);
    const outcome = p.then(() => 'stored', () => 'rejected');
    for (let i = 0; i < 1000 && !partDone; i++) await new Promise((r) => setTimeout(r, 5));
    expect(partDone).toBe(true);
    (token.cancel as () => void)();
    expect(await outcome).toBe('rejected');
    for (let i = 0; i < 100 && (await openStaged()).length; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await openStaged()).toEqual([]);
    expect(await staged()).toEqual([]);
    expect(dbx.files.size).toBe(before);
    expect(dbx.sessions.size).toBe(0);
  });

  test('the protocol: part URLs of this server\'s storage, Content-MD5 checked, a small file in one upload call; abort leaves nothing', async () => {
    const data = bytes(6 * MiB, 3);
    const from = dbx.calls.length;
    const done = await uploadJson(srv.url, data, { store: { location: 'Dropbox', path: 'proto/p.txt' }, mimetype: 'text/plain', filename: 'p.txt' });
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({ status: 'Stored', size: data.length, container: 'dropbox', key: 'proto/p.txt' });
    expect(endpoints(from)).toContain('/2/files/upload');
    expect(endpoints(from)).not.toContain('/2/files/upload_session/start');
    expect(sha(dbx.files.get('/proto/p.txt')?.bytes as Buffer)).toBe(sha(data));

    const s = (await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'm.bin', size: 10, store: { location: 'dropbox' } })).json;
    const ten = randomBytes(10);
    const up = await postJson(srv.url + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: 10, md5: md5b64(ten) });
    expect(up.json.headers).toEqual({ 'Content-MD5': md5b64(ten) });
    expect(up.json.url.indexOf(srv.storage.endpoint + '/' + srv.storage.bucket + '/.fp-dropbox/up/')).toBe(0);
    expect((await putPart(up.json.url, up.json.headers, Buffer.from('other byte'))).status).toBe(400);
    expect((await putPart(up.json.url, up.json.headers, ten)).status).toBe(200);
    expect((await openStaged()).length).toBe(1);
    const aborted = await postJson(srv.url + '/multipart/abort', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id });
    expect(aborted.status).toBe(200);
    expect(await openStaged()).toEqual([]);
    expect(dbx.sessions.size).toBe(0);
  });

  test('a custom source file is copied into Dropbox through the location\'s storage', async () => {
    const r = await postJson(`${srv.url}/api/customsource/store`, { apikey: 'demo', container: 'fp-custom-source', path: 'documents/notes.txt', store: { location: 'dropbox', path: 'picked/' } });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ container: 'dropbox', filename: 'notes.txt', status: 'Stored' });
    expect(r.json.key).toMatch(/^picked\/[^/]+_notes\.txt$/);
    expect(dbx.files.get('/' + r.json.key.toLowerCase())?.bytes.toString()).toBe('Notes kept in the demo bucket.\n');
    expect((await download(r.json.url)).body.toString()).toBe('Notes kept in the demo bucket.\n');
  });

  test('intelligent ingestion is refused for dropbox with a 400 naming fii', async () => {
    const r = await postJson(srv.url + '/multipart/start', { apikey: 'demo', filename: 'f.bin', size: 10, fii: true, store: { location: 'dropbox' } });
    expect(r.status).toBe(400);
    expect(r.json.error).toBe('fii: intelligent ingestion is served for location s3 only, not for "dropbox" (upload in parts without fii)');
  });
});

test('a refresh token (with app key and secret) gets the access token from /oauth2/token', async () => {
  const other = await startServer({ apps: [{ apikey: 'demo' }], dropbox: { refreshToken: dbx.refreshToken, appKey: dbx.appKey, appSecret: dbx.appSecret, api: dbx.api, content: dbx.content } });
  try {
    const from = dbx.calls.length;
    const r = await fetch(`${other.url}/api/store/dropbox?key=demo&filename=r.txt&path=refresh/r.txt`, { method: 'POST', body: 'refreshed' });
    expect(r.status).toBe(200);
    expect(endpoints(from)).toEqual(['/oauth2/token', '/2/files/get_metadata', '/2/files/upload']);
    expect(dbx.files.get('/refresh/r.txt')?.bytes.toString()).toBe('refreshed');
  } finally {
    await other.close();
  }
});

test('the sweeper deletes a staged object a failed complete left, once older than the upload TTL', async () => {
  // the built-in storage's timestamps are whole seconds: a TTL well above one second keeps the first sweep's answer sure
  const short = await startServer({ apps: [{ apikey: 'demo' }], uploadTtlMs: 2500, sweepIntervalMs: 3600000, dropbox: { token: dbx.token, api: dbx.api, content: dbx.content } });
  try {
    await short.storage.putObject('.fp-dropbox/up/0123456789abcdef01234567', randomBytes(10));
    expect(await short.sweep()).toBe(0);
    await new Promise((r) => setTimeout(r, 3000));
    expect(await short.sweep()).toBe(1);
    expect((await short.storage.listObjects()).map((o) => o.key)).toEqual([]);
  } finally {
    await short.close();
  }
});
