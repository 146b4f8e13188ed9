/** `POST /cloud/offered` (ours): which of the named clouds the server offers, answered without contacting any provider. */
import { startServer, RunningServer, encodePolicy, sign } from '../src/index';
import { postJson } from './helpers';

let srv: RunningServer;
const api = (p: string): string => srv.url + '/cloud' + p;

beforeAll(async () => {
  // Google Drive configured with endpoints nobody listens on: answering must not contact it
  const dead = 'http://127.0.0.1:9';
  srv = await startServer({
    apps: [{ apikey: 'demo' }, { apikey: 'locked', secret: 'offered-secret' }],
    cloud: { googledrive: { clientId: 'id', clientSecret: 'secret', authorizeUrl: dead + '/auth', tokenUrl: dead + '/token', apiUrl: dead } },
  });
});
afterAll(() => srv.close());

test('answers the named clouds the server offers, in the order asked; the others are left out', async () => {
  const clouds = { dropbox: {}, googledrive: {}, ftp: {}, box: {}, webdav: {}, gopher: {} };
  const r = await postJson(api('/offered'), { apikey: 'demo', flow: 'web', clouds });
  expect(r.status).toBe(200);
  expect(r.json).toEqual({ offered: ['googledrive', 'ftp', 'webdav'] });
  const none = await postJson(api('/offered/'), { apikey: 'demo', clouds: { facebook: {} } });
  expect(none.json).toEqual({ offered: [] });
});

test('clouds are required; an unknown key is refused', async () => {
  const empty = await postJson(api('/offered'), { apikey: 'demo' });
  expect(empty.status).toBe(400);
  expect(empty.json).toMatchObject({ cause: 'badrequest' });
  expect(empty.json.error).toMatch(/^clouds: required/);
  const stranger = await postJson(api('/offered'), { apikey: 'nobody', clouds: { ftp: {} } });
  expect(stranger.status).toBe(403);
});

test('an app with a secret needs a policy allowing `pick`', async () => {
  const none = await postJson(api('/offered'), { apikey: 'locked', clouds: { ftp: {} } });
  expect([none.status, none.json.cause]).toEqual([403, 'forbidden']);
  const policy = encodePolicy({ expiry: Math.floor(Date.now() / 1000) + 600, call: ['pick'] });
  const ok = await postJson(api('/offered'), { apikey: 'locked', clouds: { ftp: {} }, policy, signature: sign(policy, 'offered-secret') });
  expect([ok.status, ok.json]).toEqual([200, { offered: ['ftp'] }]);
});
