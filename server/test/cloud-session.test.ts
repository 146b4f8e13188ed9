/**
 * The cloud sign-in lives with the client (a sealed token), not in one server's memory: two instances over one
 * storage with one secret serve one user; signing out holds on every instance; tampered, foreign and expired tokens
 * count as no sign-in; policy and signature are checked on every call.
 */
import { mkdtempSync, promises as fsp } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startServer, RunningServer, encodePolicy, sign } from '../src/index';
import { DemoSource, seedFolder, startFtpSource, DEMO_FILES } from '../src/cloud/demoSources';
import { Cluster, startCluster } from './cluster';
import { postJson } from './helpers';

let cluster: Cluster;
let a: RunningServer;
let b: RunningServer;
let ftp: DemoSource;
let root: string;
const CLOUD = { allowHosts: ['127.0.0.1'] };

const api = (s: RunningServer, p: string): string => s.url + '/cloud' + p;
const list = (s: RunningServer, token: unknown, extra: Record<string, unknown> = {}) => postJson(api(s, '/folder/list'), { apikey: 'demo', token, clouds: { ftp: { path: '/' } }, ...extra });

async function signIn(s: RunningServer, apikey = 'demo', extra: Record<string, unknown> = {}): Promise<string> {
  const r = await postJson(api(s, '/auth/credentials'), { apikey, clouds: { ftp: ftp.credentials }, ...extra });
  expect(r.status).toBe(200);
  return r.json.token;
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'fp-cloud-session-'));
  await seedFolder(root);
  ftp = await startFtpSource(root);
  cluster = await startCluster(2, { cloud: CLOUD, apps: [{ apikey: 'demo' }, { apikey: 'other' }, { apikey: 'locked', secret: 'cloud-secret' }] });
  [a, b] = cluster.instances;
}, 30000);
afterAll(async () => {
  await cluster.close();
  await ftp.close();
  await fsp.rm(root, { recursive: true, force: true });
});

test('a token made by one instance works on the other: list, store, and links', async () => {
  const token = await signIn(a);
  const r = await list(b, token);
  expect(r.status).toBe(200);
  expect(r.json.ftp.contents.length).toBeGreaterThan(0);
  const st = await postJson(api(b, '/store/'), { apikey: 'demo', token: r.json.token, clouds: { ftp: { path: '/readme.txt' } } });
  expect(st.status).toBe(200);
  const link = await postJson(api(a, '/link/'), { apikey: 'demo', token, clouds: { ftp: { path: '/readme.txt' } } });
  const viaB = link.json.ftp.url.replace(cluster.balancer.url, b.url);
  expect(Buffer.from(await (await fetch(viaB)).arrayBuffer()).equals(DEMO_FILES['readme.txt'])).toBe(true);
});

test('logout on one instance: the old token and its links stop working on the other', async () => {
  const token = await signIn(a);
  const link = await postJson(api(a, '/link/'), { apikey: 'demo', token, clouds: { ftp: { path: '/readme.txt' } } });
  const out = await postJson(api(a, '/auth/logout'), { apikey: 'demo', token, clouds: { ftp: {} } });
  expect(out.status).toBe(200);
  expect(out.json.ftp).toEqual({ logout: true });
  expect((await list(b, out.json.token)).json.ftp.auth).toBeDefined();
  // filestack-js keeps sending the token it had: the sign-in is revoked anyway
  expect((await list(b, token)).json.ftp.auth).toEqual({ kind: 'credentials', fields: ['host', 'port', 'user', 'password', 'secure'] });
  const gone = await fetch(link.json.ftp.url.replace(cluster.balancer.url, b.url));
  expect(gone.status).toBe(401);
  expect(await gone.json()).toMatchObject({ provider: 'ftp', cause: 'signin' });
});

test('a tampered token, another app\'s token and another secret\'s token count as no sign-in', async () => {
  const token = await signIn(a);
  const flipped = token.slice(0, 20) + (token.charAt(20) === 'A' ? 'B' : 'A') + token.slice(21);
  expect((await list(b, flipped)).json.ftp.auth).toBeDefined();
  expect((await postJson(api(b, '/folder/list'), { apikey: 'other', token, clouds: { ftp: {} } })).json.ftp.auth).toBeDefined();
  const stranger = await startServer({ cloud: CLOUD, sharedSecret: 'another-secret' });
  try {
    expect((await list(stranger, token)).json.ftp.auth).toBeDefined();
  } finally {
    await stranger.close();
  }
});

test('a sign-in expires', async () => {
  const short = await cluster.add({ cloud: { ...CLOUD, signinTtlSeconds: 1 } });
  const token = await signIn(short);
  expect((await list(short, token)).json.ftp.auth).toBeUndefined();
  await new Promise((r) => setTimeout(r, 1100));
  expect((await list(short, token)).json.ftp.auth).toBeDefined();
});

describe('an app with a secret: policy and signature on every call', () => {
  const secured = (p: Record<string, unknown>) => {
    const policy = encodePolicy({ expiry: Math.floor(Date.now() / 1000) + 600, ...p });
    return { policy, signature: sign(policy, 'cloud-secret') };
  };

  test('listing needs `pick`; a bad signature is refused', async () => {
    const none = await postJson(api(a, '/folder/list'), { apikey: 'locked', clouds: { ftp: {} } });
    expect(none.status).toBe(403);
    expect(none.json.cause).toBe('forbidden');
    const readOnly = await postJson(api(a, '/folder/list'), { apikey: 'locked', clouds: { ftp: {} }, ...secured({ call: ['read'] }) });
    expect(readOnly.status).toBe(403);
    const bad = await postJson(api(a, '/folder/list'), { apikey: 'locked', clouds: { ftp: {} }, ...secured({}), signature: '0'.repeat(64) });
    expect(bad.status).toBe(403);
    const ok = await postJson(api(a, '/folder/list'), { apikey: 'locked', clouds: { ftp: {} }, ...secured({ call: ['pick'] }) });
    expect(ok.status).toBe(200);
  });

  test('a thumbnail needs `pick` too, checked before the source is asked (FTP gives none: 404)', async () => {
    const sec = secured({ call: ['pick'] });
    const token = await signIn(a, 'locked', sec);
    const none = await postJson(api(a, '/thumbnail'), { apikey: 'locked', token, clouds: { ftp: { path: '/readme.txt' } } });
    expect([none.status, none.json.cause]).toEqual([403, 'forbidden']);
    const readOnly = await postJson(api(a, '/thumbnail'), { apikey: 'locked', token, ...secured({ call: ['read'] }), clouds: { ftp: { path: '/readme.txt' } } });
    expect(readOnly.status).toBe(403);
    const ok = await postJson(api(a, '/thumbnail'), { apikey: 'locked', token, ...sec, clouds: { ftp: { path: '/readme.txt' } } });
    expect([ok.status, ok.json.cause, ok.json.provider]).toEqual([404, 'notfound', 'ftp']);
  });

  test('store checks the policy\'s path; reading a link needs `read`', async () => {
    const sec = secured({ call: ['pick', 'read', 'store'], path: 'allowed/' });
    const token = await signIn(a, 'locked', sec);
    const wrong = await postJson(api(a, '/store/'), { apikey: 'locked', token, ...sec, clouds: { ftp: { path: '/readme.txt', store: { path: 'elsewhere/' } } } });
    expect(wrong.status).toBe(403);
    const right = await postJson(api(a, '/store/'), { apikey: 'locked', token, ...sec, clouds: { ftp: { path: '/readme.txt', store: { path: 'allowed/' } } } });
    expect(right.status).toBe(200);
    const link = await postJson(api(a, '/link/'), { apikey: 'locked', token, ...sec, clouds: { ftp: { path: '/readme.txt' } } });
    const url = link.json.ftp.url.replace(cluster.balancer.url, a.url);
    expect((await fetch(url)).status).toBe(403);
    const read = secured({ call: ['read'] });
    expect((await fetch(`${url}?policy=${read.policy}&signature=${read.signature}`)).status).toBe(200);
  });
});
