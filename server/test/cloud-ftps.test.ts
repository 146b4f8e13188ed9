/**
 * FTPS (explicit `AUTH TLS`) over a real FTP server on loopback (ftp-srv with a certificate made here by `openssl`):
 * a sign-in with `secure: true` or `"auto"` is encrypted and checks the server's certificate against Node's roots
 * plus `cloud.extraCa`; an untrusted certificate is refused and never falls back to plain FTP; `secure: true`
 * against a server without TLS is refused.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, promises as fsp, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startServer, RunningServer } from '../src/index';
import { cloudFromEnv } from '../src/cloud/config';
import { DemoSource, seedFolder, startFtpSource, DEMO_FILES } from '../src/cloud/demoSources';
import { Reply, postJson } from './helpers';

let root: string;
let tlsFtp: DemoSource;
let plainFtp: DemoSource;
let trusting: RunningServer;
let plain: RunningServer;
let caFile: string;

const api = (s: RunningServer, p: string): string => s.url + '/cloud' + p;
const signIn = (s: RunningServer, creds: Record<string, unknown>): Promise<Reply> => postJson(api(s, '/auth/credentials'), { apikey: 'demo', clouds: { ftp: creds } });

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'fp-cloud-ftps-'));
  await seedFolder(root);
  const key = path.join(root, '..', path.basename(root) + '-key.pem');
  caFile = path.join(root, '..', path.basename(root) + '-cert.pem');
  // a self-signed certificate for 127.0.0.1, valid for a day: trusted only where configured
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', caFile, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  tlsFtp = await startFtpSource(root, undefined, undefined, { key: readFileSync(key), cert: readFileSync(caFile) });
  plainFtp = await startFtpSource(root);
  trusting = await startServer({ cloud: { allowHosts: ['127.0.0.1'], extraCa: readFileSync(caFile, 'utf8') } });
  plain = await startServer({ cloud: { allowHosts: ['127.0.0.1'] } });
  await fsp.rm(key);
}, 30000);
afterAll(async () => {
  await trusting.close();
  await plain.close();
  await tlsFtp.close();
  await plainFtp.close();
  await fsp.rm(root, { recursive: true, force: true });
  await fsp.rm(caFile, { force: true });
});

test('secure: true with a trusted certificate: sign in, list and store over TLS, bytes identical', async () => {
  const s = await signIn(trusting, { ...tlsFtp.credentials, secure: true });
  expect(s.status).toBe(200);
  const list = await postJson(api(trusting, '/folder/list'), { apikey: 'demo', token: s.json.token, clouds: { ftp: { path: '/photos/' } } });
  expect(list.json.ftp.contents.map((e: { name: string }) => e.name)).toEqual(['2024', 'pixel.png']);
  const r = await postJson(api(trusting, '/store/'), { apikey: 'demo', token: s.json.token, clouds: { ftp: { path: '/docs/report.pdf' } } });
  expect(r.status).toBe(200);
  expect(Buffer.from(await (await fetch(r.json.ftp.url)).arrayBuffer()).equals(DEMO_FILES['docs/report.pdf'])).toBe(true);
});

test('secure: "auto" uses TLS where the server offers it', async () => {
  const s = await signIn(trusting, { ...tlsFtp.credentials, secure: 'auto' });
  expect(s.status).toBe(200);
  // the same server without the CA configured refuses the certificate: TLS was in use, and no fallback to plain FTP
  const refused = await signIn(plain, { ...tlsFtp.credentials, secure: 'auto' });
  expect(refused.status).toBeGreaterThanOrEqual(400);
  expect(refused.json.error).toMatch(/^ftp: the TLS connection failed/);
  expect(refused.text).not.toContain(String(tlsFtp.credentials.password));
});

test('an untrusted certificate is refused with secure: true, and secure: true against a server without TLS is refused', async () => {
  const untrusted = await signIn(plain, { ...tlsFtp.credentials, secure: true });
  expect(untrusted.status).toBeGreaterThanOrEqual(400);
  expect(untrusted.json.provider).toBe('ftp');
  const noTls = await signIn(trusting, { ...plainFtp.credentials, secure: true });
  expect(noTls.status).toBeGreaterThanOrEqual(400);
  expect(noTls.json.provider).toBe('ftp');
  // "auto" against the plain server falls back to plain FTP (the server refused AUTH TLS)
  expect((await signIn(trusting, { ...plainFtp.credentials, secure: 'auto' })).status).toBe(200);
});

test('FP_CLOUD_EXTRA_CA_FILE reads the certificates; a file without one is refused naming the option', async () => {
  const o = cloudFromEnv({ FP_CLOUD_EXTRA_CA_FILE: caFile });
  expect(o && o.extraCa).toContain('-----BEGIN CERTIFICATE-----');
  await expect(startServer({ cloud: { extraCa: 'not a certificate' } })).rejects.toThrow('cloud.extraCa');
});
