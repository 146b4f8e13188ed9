/**
 * The Dropbox source (OAuth 2) against a loopback DOUBLE of Dropbox's documented API (server/test/doubles/): the
 * popup flow (redirect_url → authorize → callback page posting the token), listing with cursors, store, links,
 * transparent refresh of expired access tokens, and failures named by provider and cause.
 */
import { startServer, RunningServer } from '../src/index';
import { DropboxDouble, startDropboxDouble } from './doubles/dropbox';
import { MiB, bytes, postJson } from './helpers';

let srv: RunningServer;
let dbx: DropboxDouble;
const FILES: Record<string, Buffer> = { '/Photos/a.jpg': bytes(3000, 1), '/Photos/Trip/b.png': bytes(10, 2), '/notes.txt': Buffer.from('hello dropbox'), '/Photos/Crème brûlée ☕.txt': Buffer.from('non-ASCII name'), '/Big/big.bin': bytes(6 * MiB + 9, 5) };
for (let i = 0; i < 502; i++) FILES[`/Many/f${String(i).padStart(4, '0')}.txt`] = Buffer.from(String(i));
const APP = 'http://page.example';

const tokenCalls = (): number => dbx.calls.filter((c) => c.endpoint === '/oauth2/token').length;
const api = (p: string): string => srv.url + '/cloud' + p;
const list = (token: unknown, path = '/', next?: string) => postJson(api('/folder/list'), { apikey: 'demo', token, appurl: APP + '/app.html', clouds: { dropbox: { path, next } } });
const unescapeAttr = (v: string): string => v.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The popup's way: redirect_url → the provider's authorize page → the callback page; resolves with that page. */
async function popup(redirectUrl: string): Promise<{ status: number; csp: string | null; origin: string; message: Record<string, unknown> }> {
  const start = await fetch(redirectUrl, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const authorize = String(start.headers.get('location'));
  expect(authorize.indexOf(dbx.authorizeUrl + '?')).toBe(0);
  const consent = await fetch(authorize, { redirect: 'manual' });
  const callback = String(consent.headers.get('location'));
  expect(callback.indexOf(srv.url + '/cloud/auth/dropbox/callback?')).toBe(0);
  const res = await fetch(callback);
  const html = await res.text();
  expect(html).toContain('<script src="/cloud/auth/done.js"></script>');
  const origin = unescapeAttr((/data-origin="([^"]*)"/.exec(html) as RegExpExecArray)[1]);
  const message = JSON.parse(unescapeAttr((/data-message="([^"]*)"/.exec(html) as RegExpExecArray)[1])) as Record<string, unknown>;
  return { status: res.status, csp: res.headers.get('content-security-policy'), origin, message };
}

async function signIn(): Promise<string> {
  const first = await list(undefined);
  const done = await popup(first.json.dropbox.auth.redirect_url);
  expect(done.status).toBe(200);
  return String(done.message.token);
}

beforeAll(async () => {
  dbx = await startDropboxDouble(FILES);
  srv = await startServer({ cloud: { partSize: 5 * MiB, dropbox: { clientId: dbx.appKey, clientSecret: dbx.appSecret, authorizeUrl: dbx.authorizeUrl, tokenUrl: dbx.tokenUrl, apiUrl: dbx.api, contentUrl: dbx.content } } });
}, 30000);
afterEach(() => {
  dbx.fault = null;
  dbx.refuseRefresh = false;
});
afterAll(async () => {
  await srv.close();
  await dbx.close();
});

test('not signed in: auth.redirect_url; the popup ends on a page that posts the token to the asking origin', async () => {
  const first = await list(undefined);
  expect(first.json.dropbox).toMatchObject({ client: 'dropbox', contents: [], auth: { kind: 'oauth' } });
  expect(first.json.dropbox.auth.redirect_url.indexOf(srv.url + '/cloud/auth/dropbox/start?s=')).toBe(0);
  const done = await popup(first.json.dropbox.auth.redirect_url);
  expect(done.csp).toBe("default-src 'none'; script-src 'self'");
  expect(done.origin).toBe(APP);
  expect(done.message).toMatchObject({ type: 'fp-cloud-auth', cloud: 'dropbox' });
  const script = await fetch(srv.url + '/cloud/auth/done.js');
  expect(await script.text()).toContain('window.opener.postMessage(message, origin)');
});

test('list (folders first), page with the cursor, store and link; bytes identical', async () => {
  const token = await signIn();
  const root = await list(token);
  expect(root.status).toBe(200);
  expect(root.json.dropbox.contents.map((e: { path: string }) => e.path)).toEqual(['/Big/', '/Many/', '/Photos/', '/notes.txt']);
  const p1 = await list(token, '/Many/');
  expect(p1.json.dropbox.contents).toHaveLength(500);
  const p2 = await list(token, '/Many/', p1.json.dropbox.next);
  expect(p2.json.dropbox.contents).toHaveLength(2);
  expect(p2.json.dropbox.next).toBeNull();
  const st = await postJson(api('/store/'), { apikey: 'demo', token, clouds: { dropbox: { path: '/Big/big.bin' } } });
  expect(st.status).toBe(200);
  expect(st.json.dropbox).toMatchObject({ filename: 'big.bin', size: FILES['/Big/big.bin'].length, client: 'dropbox' });
  expect(Buffer.from(await (await fetch(st.json.dropbox.url)).arrayBuffer()).equals(FILES['/Big/big.bin'])).toBe(true);
  const link = await postJson(api('/link/'), { apikey: 'demo', token, clouds: { dropbox: { path: '/Photos/a.jpg' } } });
  expect(link.json.dropbox.mimetype).toBe('image/jpeg');
  expect(Buffer.from(await (await fetch(link.json.dropbox.url)).arrayBuffer()).equals(FILES['/Photos/a.jpg'])).toBe(true);
  // a name beyond ASCII reaches Dropbox escaped in the Dropbox-API-Arg header, as its API requires
  const accented = '/Photos/Crème brûlée ☕.txt';
  const st2 = await postJson(api('/store/'), { apikey: 'demo', token, clouds: { dropbox: { path: accented } } });
  expect(st2.status).toBe(200);
  expect(st2.json.dropbox.filename).toBe('Crème brûlée ☕.txt');
  expect(Buffer.from(await (await fetch(st2.json.dropbox.url)).arrayBuffer()).equals(FILES[accented])).toBe(true);
}, 30000);

test('an expired access token is refreshed transparently, and the new token carries the refreshed one', async () => {
  const token = await signIn();
  dbx.expireAccessTokens();
  const before = tokenCalls();
  const r = await list(token);
  expect(r.status).toBe(200);
  expect(tokenCalls()).toBe(before + 1);
  const again = await list(r.json.token);
  expect(again.status).toBe(200);
  expect(tokenCalls()).toBe(before + 1);
});

describe('failures', () => {
  test('expired and refresh refused: 401 signin', async () => {
    const token = await signIn();
    dbx.expireAccessTokens();
    dbx.refuseRefresh = true;
    const r = await list(token);
    expect(r.status).toBe(401);
    expect(r.json).toMatchObject({ provider: 'dropbox', cause: 'signin' });
  });

  test('429 with Retry-After, 500, and a missing path', async () => {
    const token = await signIn();
    dbx.fault = { status: 429, retryAfter: '30', times: 1 };
    const limited = await list(token);
    expect(limited.status).toBe(429);
    expect(limited.json).toMatchObject({ provider: 'dropbox', cause: 'ratelimit' });
    expect(limited.headers.get('retry-after')).toBe('30');
    dbx.fault = { status: 500, times: 1 };
    const broken = await list(token);
    expect(broken.status).toBe(502);
    expect(broken.json).toMatchObject({ provider: 'dropbox', cause: 'upstream' });
    const missing = await postJson(api('/store/'), { apikey: 'demo', token, clouds: { dropbox: { path: '/nope.txt' } } });
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ provider: 'dropbox', cause: 'notfound' });
  });

  test('a denied consent and a forged state end the popup with an error', async () => {
    const first = await list(undefined);
    dbx.deny = true;
    const denied = await popup(first.json.dropbox.auth.redirect_url);
    expect(denied.status).toBe(401);
    expect(denied.message).toMatchObject({ type: 'fp-cloud-auth', cloud: 'dropbox', error: 'signin' });
    expect(denied.message.token).toBeUndefined();
    const forged = await fetch(srv.url + '/cloud/auth/dropbox/callback?code=x&state=' + 'A'.repeat(60));
    expect(forged.status).toBe(400);
  });
});
