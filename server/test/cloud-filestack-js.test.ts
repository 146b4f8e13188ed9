/**
 * filestack-js 4.3.8's own cloud client (its CloudClient, UNMODIFIED, in headless Chromium from a page of another
 * loopback origin) against this server's cloud API: /folder/list, /store/, /metadata and /auth/logout, with the
 * FTP source of a real ftp-srv. The client only gets our `cloudApiUrl`; the sign-in to FTP is our addition
 * (/auth/credentials), done by the page with fetch, and its token handed to the client as it would keep it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { startServer, RunningServer } from '../src/index';
import { FsjsPage, openFsjsPage } from './fsjsBrowser';
import { DemoSource, seedFolder, startFtpSource, DEMO_FILES } from '../src/cloud/demoSources';


const UMD = path.join(__dirname, '..', '..', 'node_modules', 'filestack-js', 'build', 'browser', 'filestack.umd.js');

let srv: RunningServer;
let ftp: DemoSource;
let root: string;
let browser: Browser;
let fsjs: FsjsPage;
let pageOrigin: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-cloud-fsjs-'));
  await seedFolder(root);
  ftp = await startFtpSource(root);
  srv = await startServer({ cloud: { allowHosts: ['127.0.0.1'] }, fetchAllowHosts: ['127.0.0.1'] });
  fsjs = await openFsjsPage();
  ({ browser, origin: pageOrigin } = fsjs);
}, 30000);
afterAll(async () => {
  if (fsjs) await fsjs.close();
  await srv.close();
  await ftp.close();
  fs.rmSync(root, { recursive: true, force: true });
});

/** What filestack-js's CloudClient offers (a private member of its Client, reached as the picker reaches it). */
interface CloudClientLike {
  cloudApiUrl: string;
  token: string;
  list(clouds: unknown): Promise<Record<string, unknown>>;
  store(name: string, path: string, options: Record<string, unknown>): Promise<Record<string, unknown>>;
  metadata(url: string): Promise<Record<string, unknown>>;
}
interface FsClientLike {
  session: { urls: { cloudApiUrl: string } };
  cloud: CloudClientLike;
  logout(name?: string): Promise<unknown>;
}

test('list, store, metadata and logout through filestack-js CloudClient', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(pageOrigin + '/');
    const out = await page.evaluate(
      async ({ api, creds, metaUrl }) => {
        const client = (window as unknown as { filestack: { init(k: string): FsClientLike } }).filestack.init('demo');
        // the CloudClient copies the session's cloudApiUrl when the Client is made: both point at this server
        client.session.urls.cloudApiUrl = api;
        client.cloud.cloudApiUrl = api;
        const unsigned = await client.cloud.list({ ftp: { path: '/' } });
        const signin = await (await fetch(api + '/auth/credentials', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ apikey: 'demo', clouds: { ftp: creds } }) })).json();
        client.cloud.token = signin.token;
        const listed = await client.cloud.list({ ftp: { path: '/docs/' } });
        const stored = await client.cloud.store('ftp', '/docs/report.pdf', { location: 's3', path: 'fsjs-cloud/' });
        const bytes = Array.from(new Uint8Array(await (await fetch(String(stored.url))).arrayBuffer()));
        const meta = await client.cloud.metadata(metaUrl);
        const logout = await client.logout('ftp');
        const after = await client.cloud.list({ ftp: { path: '/' } });
        return { unsigned, listed, stored, bytes, meta, logout, after };
      },
      { api: srv.url + '/cloud', creds: ftp.credentials, metaUrl: pageOrigin + '/filestack.umd.js' },
    );
    expect(out.unsigned.ftp).toMatchObject({ auth: { kind: 'credentials' } });
    expect((out.listed.ftp as { contents: { name: string }[] }).contents.map((e) => e.name)).toEqual(['report.pdf']);
    expect(out.stored).toMatchObject({ filename: 'report.pdf', mimetype: 'application/pdf', status: 'Stored', client: 'ftp' });
    expect(String(out.stored.key)).toMatch(/^fsjs-cloud\//);
    expect(Buffer.from(out.bytes).equals(DEMO_FILES['docs/report.pdf'])).toBe(true);
    expect(out.meta).toMatchObject({ filename: 'filestack.umd.js', mimetype: 'text/javascript', size: fs.statSync(UMD).size });
    expect(out.logout).toEqual({ logout: true });
    // filestack-js does not take the token from the logout answer: the server revoked the sign-in anyway
    expect(out.after.ftp).toMatchObject({ auth: { kind: 'credentials' } });
  } finally {
    await page.close();
  }
}, 60000);
