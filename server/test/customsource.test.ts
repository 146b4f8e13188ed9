/** The custom source API (v2 CUSTOMSOURCE): listing a configured bucket and copying a file from it into storage. */
import { startServer, RunningServer, sign, encodePolicy, Policy } from '../src/index';
import { DEMO_OBJECTS } from '../src/customSource';
import { parseCustomSources } from '../src/config';
import { bytes, download, postJson, reply } from './helpers';

const SECRET = 'cs-secret';
const future = () => Math.floor(Date.now() / 1000) + 3600;
function sec(p: Policy, secret = SECRET) {
  const policy = encodePolicy(p);
  return { policy, signature: sign(policy, secret) };
}
function qs(o: Record<string, string | number | undefined>): string {
  return Object.keys(o).filter((k) => o[k] !== undefined).map((k) => k + '=' + encodeURIComponent(String(o[k]))).join('&');
}

describe('the default demo source', () => {
  let srv: RunningServer;
  beforeAll(async () => {
    srv = await startServer();
  });
  afterAll(() => srv.close());

  test('is seeded and listed folder by folder, with each file type and size', async () => {
    const root = await reply(await fetch(`${srv.url}/api/customsource/list?key=demo&container=fp-custom-source`));
    expect(root.status).toBe(200);
    expect(root.json.folders).toEqual([{ name: 'documents', path: 'documents/' }, { name: 'images', path: 'images/' }]);
    expect(root.json.files.map((f: { name: string }) => f.name)).toEqual(['README.txt']);
    const docs = await reply(await fetch(`${srv.url}/api/customsource/list?key=demo&container=fp-custom-source&path=documents`));
    expect(docs.json.folders).toEqual([{ name: 'archive', path: 'documents/archive/' }]);
    const csv = docs.json.files.filter((f: { name: string }) => f.name === 'table.csv')[0];
    const seeded = DEMO_OBJECTS.filter((o) => o.key === 'documents/table.csv')[0];
    expect(csv).toMatchObject({ path: 'documents/table.csv', size: seeded.body.length, mimetype: 'text/csv' });
    expect(typeof csv.modified).toBe('number');
    expect(docs.json.next).toBeUndefined();
  });

  test('a text file is typed as the computer types it: its stored Content-Type carries a charset, its type does not', async () => {
    expect(DEMO_OBJECTS.filter((o) => o.key === 'README.txt')[0].type).toBe('text/plain; charset=utf-8');
    const root = await reply(await fetch(`${srv.url}/api/customsource/list?key=demo&container=fp-custom-source`));
    expect(root.json.files[0]).toMatchObject({ name: 'README.txt', mimetype: 'text/plain' });
    const r = await postJson(`${srv.url}/api/customsource/store`, { apikey: 'demo', container: 'fp-custom-source', path: 'README.txt' });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ filename: 'README.txt', mimetype: 'text/plain', type: 'text/plain' });
    expect((await reply(await fetch(r.json.url + '/metadata'))).json.mimetype).toBe('text/plain');
  });
});

describe('configured sources', () => {
  let srv: RunningServer;
  const big = bytes(6 * 1024 * 1024 + 3, 9);
  beforeAll(async () => {
    srv = await startServer({
      apps: [{ apikey: 'open' }, { apikey: 'other' }, { apikey: 'locked', secret: SECRET }],
      customSources: [{ bucket: 'cs-shared', root: 'team/', apikeys: ['open', 'locked'] }, { bucket: 'cs-empty' }],
    });
    const put = (key: string, body: Buffer | string, type?: string) => srv.storage.putObject(key, Buffer.from(body), 'cs-shared', type);
    await put('secret.txt', 'outside the root');
    await put('team/a.txt', 'A', 'text/plain');
    await put('team/b.bin', big);
    await put('team/sub/c.txt', 'CC', 'text/plain');
    await put('team/sub/deeper/d.txt', 'DDD', 'text/plain');
    await put('team/empty-folder/', '');
    for (let i = 0; i < 7; i++) await put(`team/many/f${i}.txt`, 'x'.repeat(i + 1), 'text/plain');
  });
  afterAll(() => srv.close());

  const list = (o: Record<string, string | number | undefined>) => fetch(`${srv.url}/api/customsource/list?${qs({ key: 'open', container: 'cs-shared', ...o })}`).then(reply);

  test('the root is the configured folder; sub-folders are listed with their full path', async () => {
    const r = await list({});
    expect(r.status).toBe(200);
    expect(r.json.folders.map((f: { path: string }) => f.path)).toEqual(['team/empty-folder/', 'team/many/', 'team/sub/']);
    expect(r.json.files).toEqual([
      expect.objectContaining({ name: 'a.txt', path: 'team/a.txt', size: 1, mimetype: 'text/plain' }),
      expect.objectContaining({ name: 'b.bin', path: 'team/b.bin', size: big.length, mimetype: 'application/octet-stream' }),
    ]);
    const sub = await list({ path: 'team/sub/' });
    expect(sub.json).toEqual({ folders: [{ name: 'deeper', path: 'team/sub/deeper/' }], files: [expect.objectContaining({ name: 'c.txt', size: 2 })] });
    expect((await list({ path: 'team/empty-folder' })).json).toEqual({ folders: [], files: [] });
  });

  test('pages follow the cursor until there is no `next`', async () => {
    const names: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const r = await list({ path: 'team/many/', limit: 3, cursor });
      expect(r.status).toBe(200);
      expect(r.json.files.length).toBeLessThanOrEqual(3);
      names.push(...r.json.files.map((f: { name: string }) => f.name));
      cursor = r.json.next;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(names).toEqual(['f0.txt', 'f1.txt', 'f2.txt', 'f3.txt', 'f4.txt', 'f5.txt', 'f6.txt']);
    expect((await list({ limit: 0 })).status).toBe(400);
    expect((await list({ cursor: Buffer.from('secret.txt').toString('base64url') })).json.error).toMatch(/^cursor: not a cursor of this folder/);
  });

  test('pages of one item walk folders and files in order, each once', async () => {
    const whole = (await list({})).json;
    const expected = [...whole.folders.map((f: { path: string }) => f.path), ...whole.files.map((f: { path: string }) => f.path)].sort();
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 20; i++) {
      const r = await list({ limit: 1, cursor });
      seen.push(...r.json.folders.map((f: { path: string }) => f.path), ...r.json.files.map((f: { path: string }) => f.path));
      cursor = r.json.next;
      if (!cursor) break;
    }
    expect(seen).toEqual(expected);
  });

  test.each([
    ['..', 'team/../', 400, /^path: must not contain "\." or "\.\." segments/],
    ['.. deeper', 'team/sub/../../secret.txt', 400, /"\.\."/],
    ['absolute', '/team/', 400, /no leading "\/"/],
    ['empty segment', 'team//sub/', 400, /empty segments/],
    ['backslash', 'team\\..\\', 400, /must not contain "\\"/],
    ['outside the root', 'secret.txt', 403, /^path: outside the folder "team\/"/],
    ['a sibling prefix', 'teammate/', 403, /outside the folder/],
  ])('a path that leaves the root is refused: %s', async (_n, path, status, message) => {
    const r = await list({ path });
    expect(r.status).toBe(status);
    expect(r.json.error).toMatch(message);
  });

  test('a bucket that is not a source of the app, or not a source at all, is refused with 403', async () => {
    const r = await list({ container: 'fp-uploads' });
    expect(r.status).toBe(403);
    expect(r.json.error).toBe('container: bucket "fp-uploads" is not a custom source this app may use');
    expect((await list({ key: 'other' })).status).toBe(403);
    expect((await list({ key: 'other', container: 'cs-empty' })).status).toBe(200);
    expect((await list({ container: undefined })).json.error).toMatch(/^container: required/);
    expect((await list({ key: 'nobody' })).json.error).toBe('apikey: unknown API key');
  });

  const store = (body: Record<string, unknown>) => postJson(`${srv.url}/api/customsource/store`, { apikey: 'open', container: 'cs-shared', ...body });

  test('store copies the bytes exactly and answers like complete', async () => {
    const r = await store({ path: 'team/b.bin' });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ filename: 'b.bin', size: big.length, mimetype: 'application/octet-stream', type: 'application/octet-stream', container: srv.storage.bucket, status: 'Stored' });
    expect(r.json.url).toBe(`${srv.url}/api/file/${r.json.handle}`);
    expect(r.json.key).toMatch(/^[A-Za-z0-9]+_b\.bin$/);
    const got = await download(r.json.url);
    expect(got.body.equals(big)).toBe(true);
    const meta = await reply(await fetch(r.json.url + '/metadata'));
    expect(meta.json).toMatchObject({ filename: 'b.bin', size: big.length, access: 'private' });
  });

  test('store honours path, container, filename and access (form fields work too)', async () => {
    const r = await store({ path: 'team/sub/c.txt', store: { path: 'picked/c-copy.txt', container: 'cs-empty', access: 'public' } });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ key: 'picked/c-copy.txt', path: 'picked/c-copy.txt', container: 'cs-empty', mimetype: 'text/plain', size: 2 });
    expect((await srv.storage.getObject('picked/c-copy.txt', 'cs-empty')).toString()).toBe('CC');
    expect((await download(`${srv.storage.endpoint}/cs-empty/picked/c-copy.txt`)).status).toBe(200);
    const fd = new FormData();
    for (const [k, v] of Object.entries({ apikey: 'open', container: 'cs-shared', path: 'team/a.txt', store_path: 'folder/', store_filename: 'renamed.txt' })) fd.append(k, v);
    const f = await reply(await fetch(`${srv.url}/api/customsource/store`, { method: 'POST', body: fd }));
    expect(f.status).toBe(200);
    expect(f.json.key).toMatch(/^folder\/[A-Za-z0-9]+_renamed\.txt$/);
    expect(f.json.filename).toBe('renamed.txt');
    // a private copy is not served anonymously by storage
    expect((await download(`${srv.storage.endpoint}/${f.json.container}/${f.json.key}`)).status).toBe(403);
  });

  test('store refuses paths outside the root, folders, missing files and foreign buckets', async () => {
    expect((await store({ path: 'secret.txt' })).status).toBe(403);
    expect((await store({ path: 'team/../secret.txt' })).status).toBe(400);
    expect((await store({ path: 'team/sub/' })).json.error).toMatch(/^path: names a folder/);
    const missing = await store({ path: 'team/nope.txt' });
    expect(missing.status).toBe(404);
    expect(missing.json.error).toBe('path: no file "team/nope.txt" in bucket "cs-shared"');
    expect((await store({ apikey: 'other', path: 'team/a.txt' })).status).toBe(403);
    expect((await store({ path: 'team/a.txt', store: { container: 'no-such-bucket' } })).json.error).toMatch(/^store\.container: bucket "no-such-bucket" does not exist/);
  });

  describe('security (app with a secret)', () => {
    const lockedList = (extra: Record<string, string>) => list({ key: 'locked', ...extra });
    const lockedStore = (extra: Record<string, unknown>) => store({ apikey: 'locked', path: 'team/a.txt', ...extra });
    test.each([
      ['missing', {}, /^policy: required/],
      ['forged', sec({ expiry: future() }, 'wrong'), /^signature: does not match/],
      ['expired', sec({ expiry: Math.floor(Date.now() / 1000) - 5 }), /^policy: expired/],
      ['wrong call', sec({ expiry: future(), call: ['store', 'stat'] }), /^policy: `call` does not allow "pick" or "read"/],
    ])('list: %s policy -> 403', async (_n, s, message) => {
      const r = await lockedList(s as Record<string, string>);
      expect(r.status).toBe(403);
      expect(r.json.error).toMatch(message);
    });
    test.each([
      ['missing', {}, /^policy: required/],
      ['forged', sec({ expiry: future(), call: ['pick'] }, 'wrong'), /^signature: does not match/],
      ['wrong call', sec({ expiry: future(), call: ['read', 'store'] }), /^policy: `call` does not allow "pick"/],
      ['wrong path', sec({ expiry: future(), call: ['pick'], path: 'elsewhere/' }), /^policy: `path` does not allow this key/],
      ['too large', sec({ expiry: future(), call: ['pick'], maxSize: 0 }), /^policy: size 1 is above `maxSize` 0/],
    ])('store: %s policy -> 403', async (_n, s, message) => {
      const r = await lockedStore(s);
      expect(r.status).toBe(403);
      expect(r.json.error).toMatch(message);
    });
    test('a valid policy lists (pick or read) and stores (pick); nothing about the source leaks without one', async () => {
      expect((await lockedList(sec({ expiry: future(), call: ['read'] }))).status).toBe(200);
      expect((await lockedList(sec({ expiry: future(), call: ['pick'] }))).json.files.length).toBe(2);
      // without a policy, a missing file and a present one look the same
      expect((await lockedStore({ path: 'team/nope.txt' })).status).toBe(403);
      const r = await lockedStore({ ...sec({ expiry: future(), call: ['pick'], path: 'from-source/' }), store: { path: 'from-source/' } });
      expect(r.status).toBe(200);
      expect(r.json.key).toMatch(/^from-source\//);
    });
  });
});

test('FP_CUSTOM_SOURCES: buckets, apps and roots; `none`; bad values name the problem', () => {
  expect(parseCustomSources('photos, demo+ci@docs/shared')).toEqual([
    { bucket: 'photos', root: '', apikeys: undefined },
    { bucket: 'docs', root: 'shared/', apikeys: ['demo', 'ci'] },
  ]);
  expect(parseCustomSources('none')).toEqual([]);
  expect(() => parseCustomSources('Bad_Bucket')).toThrow(/^server: every custom source needs a `bucket` name/);
  expect(() => parseCustomSources('docs/../x')).toThrow(/`root` of bucket "docs"/);
});
