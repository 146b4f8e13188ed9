/**
 * An UNMODIFIED filestack-js 4.3.8 uploads to locations `gcs`, `dropbox` and `rackspace` in headless Chromium,
 * cross-origin, as a page would (fsjsBrowser.ts): `gcs` parts go straight to the GCS stand-in (gcsStandIn.ts; its
 * bucket given the CORS rule server/README.md asks of real buckets), `dropbox` and `rackspace` parts to this server's
 * own storage, where they are staged; complete sends them on to the loopback doubles (doubles/README.md).
 * Byte-identical in the file API and in each backend.
 */
import { createHash } from 'crypto';
import { startServer, RunningServer } from '../src/index';
import { GcsStandIn, startGcsStandIn } from './gcsStandIn';
import { DropboxDouble, startDropboxDouble } from './doubles/dropbox';
import { SwiftDouble, startSwiftDouble } from './doubles/swift-double';
import { FsjsPage, openFsjsPage, uploadWithFilestackJs } from './fsjsBrowser';
import { download } from './helpers';

jest.setTimeout(90000);

const BUCKET = 'fp-fsjs-gcs';
const CONTAINER = 'fp-fsjs-rack';

let gcs: GcsStandIn;
let dbx: DropboxDouble;
let sw: SwiftDouble;
let srv: RunningServer;
let page: FsjsPage;

beforeAll(async () => {
  [gcs, dbx, sw] = await Promise.all([startGcsStandIn(), startDropboxDouble(), startSwiftDouble()]);
  srv = await startServer({
    apps: [{ apikey: 'demo' }],
    gcs: { accessKey: gcs.accessKey, secret: gcs.secret, bucket: BUCKET, endpoint: gcs.endpoint },
    dropbox: { token: dbx.token, api: dbx.api, content: dbx.content },
    rackspace: { username: sw.username, apiKey: sw.apiKey, region: 'DFW', identity: sw.identity, container: CONTAINER },
  });
  // what `gcloud storage buckets update --cors-file` does for a real bucket
  await gcs.client(BUCKET).setCors(BUCKET);
  page = await openFsjsPage();
}, 60000);
afterAll(async () => {
  if (page) await page.close();
  if (srv) await srv.close();
  await Promise.all([gcs && gcs.stop(), dbx && dbx.close(), sw && sw.stop()]);
});

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** Uploads 12 MiB + 17 bytes in Chromium; checks the file API's bytes; resolves with the stored key and the page's digest. */
async function stored(location: string): Promise<{ key: string; sha256: string }> {
  const r = await uploadWithFilestackJs(page, { api: srv.url, size: 12 * 1024 * 1024 + 17, seed: 12345, filename: 'fsjs.bin', storeOptions: { location, path: 'fsjs/' } });
  expect(r.error).toBeUndefined();
  const res = r.result as NonNullable<typeof r.result>;
  expect(res.status).toBe('Stored');
  expect(sha((await download(srv.url + '/api/file/' + res.handle)).body)).toBe(r.sha256);
  const meta = (await (await fetch(res.url + '/metadata')).json()) as { key: string; location: string };
  expect(meta.location).toBe(location);
  return { key: meta.key, sha256: r.sha256 };
}

test('filestack-js uploads to location gcs: parts straight to GCS, byte-identical there', async () => {
  const s = await stored('gcs');
  expect(sha(await gcs.client(BUCKET).getBuffer(s.key, BUCKET))).toBe(s.sha256);
});

test('filestack-js uploads to location dropbox: parts staged here, byte-identical in Dropbox', async () => {
  const s = await stored('dropbox');
  expect(sha(dbx.files.get('/' + s.key.toLowerCase())?.bytes as Buffer)).toBe(s.sha256);
});

test('filestack-js uploads to location rackspace: parts staged here, byte-identical in Swift', async () => {
  const s = await stored('rackspace');
  expect(sha(sw.content(CONTAINER, s.key) as Buffer)).toBe(s.sha256);
});
