/**
 * `filepicker.convert` of the built bundle, end to end: the library's request, the server's conversion route
 * (server/src/convert) and storage. When the router does not serve `/convert` yet (it answers 501), the routes are
 * put in front of it by the fixture of server/src/convert/testServer.ts; once it does, the plain server is used.
 */
import sharp from 'sharp';
import { startServer } from '../../server/src/index';
import { startServerWithConversions } from '../../server/src/convert/testServer';
import { Page, PageValue } from '../helpers/page';
import { handleOf, OPEN, restPage, run, SECURE, SECRET, security } from './helpers';

let base: string;
let faults: { set(c: object): void; clear(): void };
let close: () => Promise<void>;
let pg: Page;

beforeAll(async () => {
  const apps = [{ apikey: OPEN }, { apikey: SECURE, secret: SECRET }];
  const plain = await startServer({ port: 0, apps });
  const probe = await fetch(plain.url + '/api/file/AAAAAAAAAAAAAAAAAAAA/convert', { method: 'POST' });
  if (probe.status !== 501) {
    base = plain.url;
    faults = plain.faults;
    close = plain.close;
  } else {
    await plain.close();
    const front = await startServerWithConversions({ apps });
    base = front.url;
    faults = front.inner.faults;
    close = front.close;
  }
  pg = await restPage(base);
});
afterAll(async () => {
  pg.close();
  await close();
});
afterEach(() => faults.clear());

async function storePng(page: Page, width: number, height: number, options: object = {}): Promise<PageValue> {
  const png = await sharp({ create: { width, height, channels: 3, background: '#3366ff' } }).png().toBuffer();
  const r = await run(page, (fp, s, e) => fp.store(png.toString('base64'), { base64decode: true, mimetype: 'image/png', filename: 'pic.png', ...options }, s, e));
  expect(r.error).toBeUndefined();
  return r.value;
}

async function dims(url: string): Promise<{ width?: number; height?: number; format?: string }> {
  const buf = Buffer.from(await (await fetch(url)).arrayBuffer());
  const m = await sharp(buf).metadata();
  return { width: m.width, height: m.height, format: m.format };
}

test('convert(FPFile, {width, format}, storeOptions) stores a converted copy and answers a REST Blob', async () => {
  const src = await storePng(pg, 200, 100);
  const r = await run(pg, (fp, s, e, p) => fp.convert(src, { width: 50, format: 'jpg' }, { path: 'thumbs/', access: 'public' }, s, e, p));
  expect(r.error).toBeUndefined();
  expect(r.sync).toBe(false);
  expect(Object.keys(r.value)).toEqual(['url', 'filename', 'mimetype', 'size', 'key', 'isWriteable']);
  expect(r.value).toMatchObject({ filename: 'pic.jpg', mimetype: 'image/jpeg' });
  expect(r.value.key).toMatch(/^thumbs\//);
  expect(r.value.url).not.toBe(src.url);
  expect(r.progress[r.progress.length - 1]).toBe(100);
  expect(await dims(r.value.url)).toEqual({ width: 50, height: 25, format: 'jpeg' });
  const st = await run(pg, (fp, s, e) => fp.stat(r.value, { width: true, height: true }, s, e));
  expect(st.value).toMatchObject({ width: 50, height: 25, access: 'public' });
});

test('a /convert?… URL gives parameters that the options override; crop, rotate and fit reach the server', async () => {
  const src = await storePng(pg, 200, 100);
  const a = await run(pg, (fp, s, e) => fp.convert(src.url + '/convert?w=40&h=40', { fit: 'crop' }, s, e));
  expect(await dims(a.value.url)).toMatchObject({ width: 40, height: 40, format: 'png' });
  const b = await run(pg, (fp, s, e) => fp.convert('https://www.filepicker.io/api/file/' + handleOf(src.url) + '/convert?w=40', { width: 20, rotate: 90 }, s, e));
  expect(await dims(b.value.url)).toMatchObject({ width: 10, height: 20 });
  const c = await run(pg, (fp, s, e) => fp.convert({ url: src.url, mimetype: 'image/png' }, { crop: [0, 0, 30, 20] }, s, e));
  expect(await dims(c.value.url)).toMatchObject({ width: 30, height: 20 });
});

test('convert errors: 142 for a non-image FPFile (no request) and for 400 answers, 141 for 404, 403, 143 for 5xx', async () => {
  const text = (await run(pg, (fp, s, e) => fp.store('plain text', { filename: 't.txt' }, s, e))).value;
  expect((await run(pg, (fp, s, e) => fp.convert(text, { width: 5 }, s, e))).error.code).toBe(142);
  expect((await run(pg, (fp, s, e) => fp.convert(text.url, { width: 5 }, s, e))).error.code).toBe(142);
  const src = await storePng(pg, 20, 20);
  const bad = await run(pg, (fp, s, e) => fp.convert(src, { fit: 'stretch' }, s, e));
  expect(bad.error.code).toBe(142);
  expect(bad.error.details).toMatch(/fit/);
  expect((await run(pg, (fp, s, e) => fp.convert(src, { width: 5 }, { access: 'world' }, s, e))).error.code).toBe(142);
  expect((await run(pg, (fp, s, e) => fp.convert(base + '/api/file/AAAAAAAAAAAAAAAAAAAA', { width: 5 }, s, e))).error.code).toBe(141);
  faults.set({ file: { sequence: [{ kind: 'status', status: 500 }] } });
  expect((await run(pg, (fp, s, e) => fp.convert(src, { width: 5 }, s, e))).error.code).toBe(143);

  const sec = await restPage(base, SECURE);
  try {
    const g = await storePng(sec, 20, 20, security());
    expect((await run(sec, (fp, s, e) => fp.convert(g, { width: 5 }, s, e))).error.code).toBe(403);
    const ok = await run(sec, (fp, s, e) => fp.convert(g, { width: 5, ...security() }, s, e));
    expect(ok.value).toMatchObject({ mimetype: 'image/png' });
  } finally {
    sec.close();
  }
});
