/**
 * The Gmail attachments source (Google OAuth 2, offline access) against a loopback DOUBLE of Google's OAuth endpoints
 * and the Gmail API v1 (server/test/doubles/): the popup flow, messages with attachments as folders named by subject
 * and date (page tokens), attachments by part id (Gmail's attachment ids change with every fetch), metadata, store
 * and links (bytes decoded from base64url), transparent refresh, and failures named by provider and cause. The popup
 * walk, sign-in and the failure table are server/test/cloudOAuthKit.ts's.
 */
import { resolveCloud, cloudFromEnv } from '../src/cloud/config';
import { GMAIL_PAGE } from '../src/cloud/providers/gmail';
import { CloudOAuthKit, googleKit } from './cloudOAuthKit';
import { GmailDouble, MailSpec, startGmailDouble } from './doubles/gmail';
import { MiB, bytes } from './helpers';

let gm: GmailDouble;
const BIG = bytes(6 * MiB + 9, 5);
const MAILS: MailSpec[] = [
  { subject: 'Holiday photos', date: '2024-05-02T09:00:00Z', attachments: { 'beach.jpg': bytes(3000, 1), 'notes.txt': Buffer.from('hello gmail') } },
  { subject: 'No attachment here', date: '2024-05-01T09:00:00Z', attachments: {} },
  { subject: 'Backup', date: '2024-04-30T09:00:00Z', attachments: { 'big.bin': BIG } },
  { subject: '', date: '2024-04-29T09:00:00Z', attachments: { 'x.pdf': Buffer.from('%PDF-1.4 x') } },
];
for (let i = 0; i < GMAIL_PAGE; i++) MAILS.push({ subject: `Report ${i}`, date: '2024-01-01T00:00:00Z', attachments: { 'r.txt': Buffer.from(String(i)) } });

const kit = new CloudOAuthKit(googleKit('gmail', async () => (gm = await startGmailDouble(MAILS))));
const { list, store, signIn, expectFailure } = kit;
const pathOf = (mail: number, part?: number): string => `/${gm.ids[mail]}/` + (part === undefined ? '' : String(part));

test('configuration: FP_CLOUD_GMAIL_*, Google\'s OAuth endpoints and the Gmail API by default', () => {
  const c = resolveCloud(cloudFromEnv({ FP_CLOUD_GMAIL_CLIENT_ID: 'id', FP_CLOUD_GMAIL_CLIENT_SECRET: 's' }));
  expect(c.providers).toEqual(['ftp', 'webdav', 'gmail']);
  expect(c.gmail).toEqual({ clientId: 'id', clientSecret: 's', authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth', tokenUrl: 'https://oauth2.googleapis.com/token', apiUrl: 'https://gmail.googleapis.com', contentUrl: 'https://gmail.googleapis.com' });
  expect(() => resolveCloud({ providers: ['gmail'] })).toThrow('FP_CLOUD_GMAIL_CLIENT_ID');
});

test('sign-in: offline access with the gmail.readonly scope; the callback posts the token', async () => {
  await kit.expectOfflineSignIn('https://www.googleapis.com/auth/gmail.readonly');
});

test('the root lists messages with attachments, newest first, named by subject and date, paged; a message lists its attachments', async () => {
  const token = await signIn();
  const p1 = await list(token);
  expect(p1.status).toBe(200);
  expect(p1.json.gmail.contents).toHaveLength(GMAIL_PAGE);
  expect(p1.json.gmail.contents.slice(0, 3).map((e: { name: string; path: string; folder: boolean }) => [e.name, e.path, e.folder])).toEqual([
    ['Holiday photos · 2024-05-02', pathOf(0), true], ['Backup · 2024-04-30', pathOf(2), true], ['(no subject) · 2024-04-29', pathOf(3), true],
  ]);
  expect(p1.json.gmail.contents[0].modified).toBe('2024-05-02T09:00:00.000Z');
  expect(gm.calls.some((c) => c.indexOf(`GET /gmail/v1/users/me/messages/${gm.ids[0]}?format=metadata&metadataHeaders=Subject`) === 0)).toBe(true);
  const p2 = await list(token, '/', p1.json.gmail.next);
  expect(p2.json.gmail.contents.map((e: { name: string }) => e.name)).toEqual(['Report 47 · 2024-01-01', 'Report 48 · 2024-01-01', 'Report 49 · 2024-01-01']);
  expect(p2.json.gmail.next).toBeNull();
  const mail = await list(token, pathOf(0));
  expect(mail.json.gmail.contents).toEqual([
    expect.objectContaining({ name: 'beach.jpg', path: pathOf(0, 1), folder: false, mimetype: 'image/jpeg', size: 3000 }),
    expect.objectContaining({ name: 'notes.txt', path: pathOf(0, 2), folder: false, mimetype: 'text/plain', size: 11 }),
  ]);
});

test('search (ours): Gmail\'s q is has:attachment and the words; messages found are folders, paged as the root', async () => {
  const token = await signIn();
  expect((await list(token)).json.gmail.searchable).toBe(true);
  const found = await kit.search(token, 'beach');
  expect(found.status).toBe(200);
  expect(found.json.gmail).toMatchObject({ search: 'beach', next: null, contents: [expect.objectContaining({ name: 'Holiday photos · 2024-05-02', path: pathOf(0), folder: true })] });
  expect(gm.calls.some((c) => c.indexOf('GET /gmail/v1/users/me/messages?q=has%3Aattachment+beach&') === 0)).toBe(true);
  const opened = await list(found.json.token, found.json.gmail.contents[0].path);
  expect(opened.json.gmail.contents.map((e: { name: string }) => e.name)).toEqual(['beach.jpg', 'notes.txt']);
  // `.txt`: Holiday photos' notes.txt and every report's r.txt, one more than a page
  const txt = await kit.search(token, 'txt');
  expect(txt.json.gmail.contents).toHaveLength(GMAIL_PAGE);
  const more = await kit.search(token, 'txt', txt.json.gmail.next);
  expect(more.json.gmail.contents.map((e: { name: string }) => e.name)).toEqual(['Report 49 · 2024-01-01']);
  expect(more.json.gmail.next).toBeNull();
  expect((await kit.search(token, 'nothing like it')).json.gmail.contents).toEqual([]);
}, 30000);

test('store (a large attachment as multipart) and link, with the part\'s name and type; bytes identical', async () => {
  const token = await signIn();
  const st = await store(token, pathOf(2, 1));
  expect(st.status).toBe(200);
  expect(st.json.gmail).toMatchObject({ filename: 'big.bin', size: BIG.length, client: 'gmail' });
  expect(Buffer.from(await (await fetch(st.json.gmail.url)).arrayBuffer()).equals(BIG)).toBe(true);
  const link = await kit.link(token, pathOf(0, 1));
  expect(link.json.gmail).toMatchObject({ filename: 'beach.jpg', mimetype: 'image/jpeg', size: 3000, client: 'gmail' });
  // the link is read later, after another fetch of the message gave its attachments new ids
  await list(token, pathOf(0));
  expect(Buffer.from(await (await fetch(link.json.gmail.url)).arrayBuffer()).equals(MAILS[0].attachments['beach.jpg'])).toBe(true);
}, 30000);

test('paths: a message is no file, an attachment no folder, a missing part or message is notfound, other shapes 400', async () => {
  const token = await signIn();
  // a message's folder path links the folder (pickFolder's folder link); as a file path it is refused
  expect((await kit.link(token, pathOf(0))).json.gmail).toMatchObject({ folder: true, path: pathOf(0) });
  expect((await kit.link(token, pathOf(0).slice(0, -1))).json.error).toContain('is a message, not an attachment');
  expect((await list(token, pathOf(0, 1) + '/')).json.error).toContain('is an attachment, not a folder');
  const part = await kit.link(token, pathOf(0, 7));
  expect(part.status).toBe(404);
  expect(part.json.error).toContain('the message has no such attachment');
  await expectFailure(kit.link(token, '/ffff0000/1'), 404, 'notfound');
  const bad = await list(token, '/a b/');
  expect(bad.status).toBe(400);
  expect(bad.json.error).toContain('path: expected "/<messageId>/"');
});

test('an expired access token is refreshed transparently; refused refresh asks to sign in again', async () => {
  const token = await signIn();
  gm.expireAccessTokens();
  const r = await list(token, pathOf(0));
  expect(r.status).toBe(200);
  expect((await list(r.json.token, pathOf(0))).status).toBe(200);
  gm.expireAccessTokens();
  gm.refuseRefresh = true;
  await expectFailure(list(r.json.token, pathOf(0)), 401, 'signin');
});

test('failures: 429 with Retry-After, 403 rateLimitExceeded, 500; a denied consent', async () => {
  const token = await signIn();
  gm.fault = { status: 429, retryAfter: '30', times: 1 };
  const limited = await expectFailure(list(token), 429, 'ratelimit');
  expect(limited.json.error).toContain('Gmail limits requests');
  expect(limited.headers.get('retry-after')).toBe('30');
  gm.fault = { status: 403, reason: 'rateLimitExceeded', times: 1 };
  expect((await list(token, pathOf(0))).json).toMatchObject({ provider: 'gmail', cause: 'ratelimit' });
  gm.fault = { status: 500, times: 1 };
  const broken = await list(token, pathOf(0));
  expect(broken.status).toBe(502);
  expect(broken.json.error).toContain('Gmail answered 500');
  await kit.expectDeniedConsent();
});
