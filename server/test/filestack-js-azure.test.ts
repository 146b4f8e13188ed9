/**
 * An UNMODIFIED filestack-js 4.3.8 uploads to location `azure` (Azurite) in headless Chromium, cross-origin: its part
 * PUTs go straight to Azure with the SAS URL and headers `/multipart/upload` answered, and it reads the ETag of each
 * PUT's answer (the account's CORS rule exposes it, as server/README.md asks of real accounts).
 */
import { createHash } from 'crypto';
import { startServer, RunningServer } from '../src/index';
import { Azurite, AZURITE_ACCOUNT, AZURITE_KEY, startAzurite } from './azurite';
import { download } from './helpers';
import { FsFile, FsjsPage, FsjsResult, openFsjsPage, uploadWithFilestackJs } from './fsjsBrowser';

const CONTAINER = 'fp-fsjs-azure';

let az: Azurite;
let srv: RunningServer;
let fsjs: FsjsPage;

beforeAll(async () => {
  az = await startAzurite();
  await az.service.setProperties({ cors: [{ allowedOrigins: '*', allowedMethods: 'PUT,GET,HEAD', allowedHeaders: '*', exposedHeaders: 'ETag', maxAgeInSeconds: 300 }] });
  srv = await startServer({ apps: [{ apikey: 'demo' }], azure: { account: AZURITE_ACCOUNT, key: AZURITE_KEY, endpoint: az.endpoint, container: CONTAINER } });
  fsjs = await openFsjsPage();
}, 30000);
afterAll(async () => {
  if (fsjs) await fsjs.close();
  if (srv) await srv.close();
  if (az) await az.stop();
});

function uploadInChromium(size: number, storeOptions: Record<string, unknown>): Promise<FsjsResult> {
  return uploadWithFilestackJs(fsjs, { api: srv.url, size, seed: 54321, filename: 'fsjs.bin', storeOptions });
}

test('filestack-js uploads 12 MiB + 17 bytes to location azure: byte-identical in the file API and in Azure', async () => {
  const r = await uploadInChromium(12 * 1024 * 1024 + 17, { location: 'azure', path: 'fsjs/' });
  expect(r.error).toBeUndefined();
  const res = r.result as FsFile;
  expect(res.status).toBe('Stored');
  const d = await download(srv.url + '/api/file/' + res.handle);
  expect(createHash('sha256').update(d.body).digest('hex')).toBe(r.sha256);
  const meta = await (await fetch(res.url + '/metadata')).json();
  expect(meta).toMatchObject({ location: 'azure', container: CONTAINER });
  const inAzure = await az.service.getContainerClient(CONTAINER).getBlobClient(meta.key).downloadToBuffer();
  expect(createHash('sha256').update(inAzure).digest('hex')).toBe(r.sha256);
}, 60000);
