/**
 * The conversion routes over HTTP, against real storage (the fixture of testServer.ts: the reference server with
 * these routes in front of it, sharing its storage and handle folder).
 */
import sharp from 'sharp';
import { encodePolicy, sign } from '../index';
import { ConvertingServer, startServerWithConversions } from './testServer';

let front: ConvertingServer;
let server: { url: string };
let convUrl: string;
const SECRET = 'sekret';

beforeAll(async () => {
  front = await startServerWithConversions({ apps: [{ apikey: 'OPEN' }, { apikey: 'SEC', secret: SECRET }] });
  server = front;
  convUrl = front.url;
});

afterAll(() => front.close());

function policy(extra: object = {}) {
  const p = encodePolicy({ expiry: Math.floor(Date.now() / 1000) + 600, call: ['store', 'convert', 'read'], ...extra });
  return { policy: p, signature: sign(p, SECRET) };
}

/** A stored file's FPFile JSON, plus its handle. */
interface Stored {
  url: string;
  handle: string;
  key: string;
  filename: string;
}

async function storeImage(key = 'OPEN', width = 200, height = 100, q = ''): Promise<Stored> {
  const png = await sharp({ create: { width, height, channels: 3, background: '#ff8800' } }).png().toBuffer();
  const r = await fetch(server.url + '/api/store/s3?key=' + key + '&filename=pic.png&mimetype=image%2Fpng' + q, { method: 'POST', body: png, headers: { 'Content-Type': 'image/png' } });
  expect(r.status).toBe(200);
  const j = (await r.json()) as Stored;
  return { ...j, handle: String(j.url).split('/').pop() || '' };
}

const form = (o: Record<string, string>) => ({ method: 'POST', body: new URLSearchParams(o).toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });

test('POST convert stores a new file and answers its FPFile; the reference server serves it', async () => {
  const src = await storeImage();
  const r = await fetch(convUrl + '/api/file/' + src.handle + '/convert', form({ width: '50', format: 'jpg', storeAccess: 'private', storePath: 'thumbs/' }));
  expect(r.status).toBe(200);
  const j = await r.json();
  expect(j).toMatchObject({ filename: 'pic.jpg', mimetype: 'image/jpeg', type: 'image/jpeg', writeable: true });
  expect(j.key).toMatch(/^thumbs\//);
  expect(j.url).toBe(server.url + '/api/file/' + j.handle);
  const got = Buffer.from(await (await fetch(j.url)).arrayBuffer());
  expect(got.length).toBe(j.size);
  expect(await sharp(got).metadata()).toMatchObject({ width: 50, height: 25, format: 'jpeg' });
});

test('align=faces (v2) is accepted and crops around the center; a "+<filename>" after the handle is ignored', async () => {
  // left half orange, right half blue: a centred 100x100 crop of this 200x100 image holds both colours
  const left = await sharp({ create: { width: 100, height: 100, channels: 3, background: '#ff8800' } }).png().toBuffer();
  const png = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#0000ff' } }).composite([{ input: left, left: 0, top: 0 }]).png().toBuffer();
  const stored = await fetch(server.url + '/api/store/s3?key=OPEN&filename=pic.png&mimetype=image%2Fpng', { method: 'POST', body: png, headers: { 'Content-Type': 'image/png' } });
  const src = String(((await stored.json()) as Stored).url);
  const handle = src.split('/').pop() || '';
  const crop = async (align: string, suffix = ''): Promise<Buffer> => {
    const r = await fetch(convUrl + '/api/file/' + handle + suffix + '/convert?w=100&h=100&fit=crop&format=png&align=' + encodeURIComponent(align));
    expect(r.status).toBe(200);
    return Buffer.from(await r.arrayBuffer());
  };
  const faces = await crop('faces', '+' + encodeURIComponent('my pic.png'));
  expect((await sharp(faces).raw().toBuffer()).equals(await sharp(await crop('center')).raw().toBuffer())).toBe(true);
  expect((await sharp(faces).raw().toBuffer()).equals(await sharp(await crop('left')).raw().toBuffer())).toBe(false);
  const post = await fetch(convUrl + '/api/file/' + handle + '+pic.png/convert', form({ w: '20', h: '20', fit: 'crop', align: 'faces' }));
  expect(post.status).toBe(200);
});

test('GET convert answers the converted image', async () => {
  const src = await storeImage();
  const r = await fetch(convUrl + '/api/file/' + src.handle + '/convert?w=40&h=40&fit=crop');
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toBe('image/png');
  expect(await sharp(Buffer.from(await r.arrayBuffer())).metadata()).toMatchObject({ width: 40, height: 40 });
});

test('convert errors: unknown handle 404, bad parameter 400 naming it, bad store option 400, not an image 400, security 403', async () => {
  expect((await fetch(convUrl + '/api/file/AAAAAAAAAAAAAAAAAAAA/convert', form({ width: '5' }))).status).toBe(404);
  const src = await storeImage();
  const bad = await fetch(convUrl + '/api/file/' + src.handle + '/convert', form({ width: 'wide' }));
  expect(bad.status).toBe(400);
  expect((await bad.json()).error).toMatch(/^width: /);
  const badStore = await fetch(convUrl + '/api/file/' + src.handle + '/convert', form({ width: '5', storeAccess: 'world' }));
  expect(badStore.status).toBe(400);
  expect((await badStore.json()).error).toMatch(/^storeAccess: /);
  const text = await (await fetch(server.url + '/api/store/s3?key=OPEN&filename=a.txt', { method: 'POST', body: 'not an image', headers: { 'Content-Type': 'text/plain' } })).json();
  expect((await fetch(convUrl + '/api/file/' + String(text.url).split('/').pop() + '/convert', form({ width: '5' }))).status).toBe(400);
  const sec = await storeImage('SEC', 20, 20, '&policy=' + policy().policy + '&signature=' + policy().signature);
  expect((await fetch(convUrl + '/api/file/' + sec.handle + '/convert', form({ width: '5' }))).status).toBe(403);
  expect((await fetch(convUrl + '/api/file/' + sec.handle + '/convert', form({ width: '5', ...policy({ call: ['read'] }) }))).status).toBe(403);
  expect((await fetch(convUrl + '/api/file/' + sec.handle + '/convert', form({ width: '5', ...policy() }))).status).toBe(200);
});

test('process route: resize by width (never enlarging) of a handle, of a file URL of this server, with security', async () => {
  const src = await storeImage('OPEN', 300, 150);
  const a = await fetch(convUrl + '/process/OPEN/resize=width:120/' + src.handle);
  expect(a.status).toBe(200);
  expect(await sharp(Buffer.from(await a.arrayBuffer())).metadata()).toMatchObject({ width: 120, height: 60, format: 'png' });
  const b = await fetch(convUrl + '/process/OPEN/resize=width:1000/' + server.url + '/cdn/' + src.handle);
  expect(await sharp(Buffer.from(await b.arrayBuffer())).metadata()).toMatchObject({ width: 300, height: 150 });
  const remote = await fetch(convUrl + '/process/OPEN/resize=width:30/' + server.url + '/api/file/' + src.handle + '?dl=false');
  expect(remote.status).toBe(200);
  const named = await fetch(convUrl + '/process/OPEN/resize=width:30/' + server.url + '/api/file/' + src.handle + '+' + encodeURIComponent('my pic.png'));
  expect(named.status).toBe(200);
  expect((await fetch(convUrl + '/process/SEC/resize=width:30/' + src.handle)).status).toBe(403);
  const p = policy();
  expect((await fetch(convUrl + '/process/SEC/resize=width:30/security=signature:' + p.signature + ',policy:' + p.policy + '/' + src.handle)).status).toBe(200);
  expect((await fetch(convUrl + '/process/NOPE/resize=width:30/' + src.handle)).status).toBe(403);
  expect((await fetch(convUrl + '/process/OPEN/resize=width:abc/' + src.handle)).status).toBe(400);
  expect((await fetch(convUrl + '/process/OPEN/resize=width:30/http://127.0.0.1:1/nothing.png')).status).toBe(400);
});
