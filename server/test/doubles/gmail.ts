/**
 * A DOUBLE of Google's OAuth 2 endpoints and the Gmail API v1 (see README.md here): the documented subset the `gmail`
 * cloud source calls, over loopback, with switches for the failures the tests need. Messages are given as
 * `{subject, date, attachments: {'name.ext': Buffer}}` (newest first, as Gmail lists them); a message without
 * attachments is not matched by `q=has:attachment`. Each attachment is part `1`, `2`… of a `multipart/mixed` whose
 * part `0` is a `multipart/alternative` text body; every fetch of a message gives its attachments new
 * `attachmentId`s, as Gmail does.
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import { randomBytes } from 'crypto';

export interface MailSpec {
  subject: string;
  date: string;
  attachments: Record<string, Buffer>;
}

export interface GmailDouble {
  url: string;
  clientId: string;
  clientSecret: string;
  /** the message ids, in the order given */
  ids: string[];
  /** answer the next calls to `/gmail/v1/…` with this status (and Retry-After / a rate-limit reason) */
  fault: { status: number; retryAfter?: string; reason?: string; times: number } | null;
  deny: boolean;
  expireAccessTokens(): void;
  refuseRefresh: boolean;
  /** calls seen, `METHOD path?query` */
  calls: string[];
  authorizations: URLSearchParams[];
  close(): Promise<void>;
}

interface State {
  d: GmailDouble;
  mails: MailSpec[];
  codes: Set<string>;
  access: Map<string, boolean>;
  refreshes: Set<string>;
  /** attachment ids handed out → [message index, attachment name] */
  attachmentIds: Map<string, [number, string]>;
}

const TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', pdf: 'application/pdf', txt: 'text/plain', bin: 'application/octet-stream' };

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8', ...headers });
  res.end(JSON.stringify(body));
}

function gerror(res: http.ServerResponse, status: number, reason: string, message: string, headers: Record<string, string> = {}): void {
  json(res, status, { error: { code: status, message, errors: [{ domain: 'global', reason, message }], status: status === 404 ? 'NOT_FOUND' : undefined } }, headers);
}

function read(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/** The message resource in `format=full` or `format=metadata` (headers only, `metadataHeaders` kept). */
function resource(st: State, i: number, format: string, keep: string[]): Record<string, unknown> {
  const m = st.mails[i];
  const headers = [{ name: 'Subject', value: m.subject }, { name: 'Date', value: new Date(m.date).toUTCString() }, { name: 'From', value: 'someone@example.com' }];
  const base = { id: st.d.ids[i], threadId: st.d.ids[i], labelIds: ['INBOX'], snippet: m.subject, internalDate: String(Date.parse(m.date)), sizeEstimate: 1000 };
  if (format === 'metadata') return { ...base, payload: { mimeType: 'multipart/mixed', headers: headers.filter((h) => keep.indexOf(h.name) >= 0) } };
  const text = { partId: '0', mimeType: 'multipart/alternative', filename: '', headers: [], body: { size: 0 }, parts: [{ partId: '0.0', mimeType: 'text/plain', filename: '', headers: [], body: { size: 5, data: Buffer.from('hello').toString('base64url') } }] };
  const files = Object.keys(m.attachments).map((name, k) => {
    const id = 'ANGjdJ' + randomBytes(24).toString('base64url');
    st.attachmentIds.set(id, [i, name]);
    const ext = name.split('.').pop() as string;
    return { partId: String(k + 1), mimeType: TYPES[ext] || 'application/octet-stream', filename: name, headers: [{ name: 'Content-Disposition', value: `attachment; filename="${name}"` }], body: { attachmentId: id, size: m.attachments[name].length } };
  });
  return { ...base, payload: { partId: '', mimeType: 'multipart/mixed', filename: '', headers, body: { size: 0 }, parts: [text, ...files] } };
}

function listRoute(st: State, res: http.ServerResponse, u: URL): void {
  if (u.searchParams.get('q') !== 'has:attachment') return gerror(res, 400, 'invalidArgument', 'the double only answers q=has:attachment');
  const with_ = st.d.ids.filter((_, i) => Object.keys(st.mails[i].attachments).length > 0);
  const size = Math.min(Number(u.searchParams.get('maxResults')) || 100, 500);
  const start = Number(u.searchParams.get('pageToken') || 0);
  const body: Record<string, unknown> = { messages: with_.slice(start, start + size).map((id) => ({ id, threadId: id })), resultSizeEstimate: with_.length };
  if (start + size < with_.length) body.nextPageToken = String(start + size);
  json(res, 200, body);
}

/** `/gmail/v1/users/me/messages[/<id>[/attachments/<id>]]`: bearer check, injected faults, then the endpoint. */
function apiRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): void {
  const auth = /^Bearer (.+)$/.exec(String(req.headers.authorization || ''));
  if (!auth || !st.access.get(auth[1])) return gerror(res, 401, 'authError', 'Request had invalid authentication credentials.', { 'WWW-Authenticate': 'Bearer realm="https://accounts.google.com/"' });
  const f = st.d.fault;
  if (f && f.times > 0) {
    f.times--;
    return gerror(res, f.status, f.reason || (f.status === 429 ? 'rateLimitExceeded' : 'backendError'), 'fault', f.retryAfter ? { 'Retry-After': f.retryAfter } : {});
  }
  if (u.pathname === '/gmail/v1/users/me/messages') return listRoute(st, res, u);
  const m = /^\/gmail\/v1\/users\/me\/messages\/([^/]+)(?:\/attachments\/([^/]+))?$/.exec(u.pathname);
  const i = m ? st.d.ids.indexOf(decodeURIComponent(m[1])) : -1;
  if (!m || i < 0) return gerror(res, 404, 'notFound', 'Requested entity was not found.');
  if (!m[2]) return json(res, 200, resource(st, i, String(u.searchParams.get('format') || 'full'), u.searchParams.getAll('metadataHeaders')));
  const at = st.attachmentIds.get(decodeURIComponent(m[2]));
  if (!at || at[0] !== i) return gerror(res, 400, 'invalidArgument', 'Invalid attachment token');
  const bytes = st.mails[i].attachments[at[1]];
  json(res, 200, { size: bytes.length, data: bytes.toString('base64url') });
}

function issue(st: State, withRefresh: boolean): Record<string, unknown> {
  const a = 'ya29.' + randomBytes(12).toString('hex');
  st.access.set(a, true);
  const t: Record<string, unknown> = { access_token: a, expires_in: 3599, token_type: 'Bearer', scope: 'https://www.googleapis.com/auth/gmail.readonly' };
  if (withRefresh) {
    const r = '1//' + randomBytes(12).toString('hex');
    st.refreshes.add(r);
    t.refresh_token = r;
  }
  return t;
}

/** `GET /o/oauth2/v2/auth` (consents at once, or denies when told) and `POST /token`. */
async function oauthRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): Promise<void> {
  const { d } = st;
  if (u.pathname === '/o/oauth2/v2/auth') {
    d.authorizations.push(u.searchParams);
    if (u.searchParams.get('client_id') !== d.clientId) return json(res, 400, { error: 'invalid_client' });
    const back = new URL(String(u.searchParams.get('redirect_uri')));
    back.searchParams.set('state', String(u.searchParams.get('state')));
    if (d.deny) {
      d.deny = false;
      back.searchParams.set('error', 'access_denied');
    } else {
      const code = '4/' + randomBytes(8).toString('hex');
      st.codes.add(code);
      back.searchParams.set('code', code);
    }
    res.writeHead(302, { Location: back.href });
    return void res.end();
  }
  const f = new URLSearchParams(await read(req));
  if (f.get('client_id') !== d.clientId || f.get('client_secret') !== d.clientSecret) return json(res, 401, { error: 'invalid_client', error_description: 'Unauthorized' });
  if (f.get('grant_type') === 'authorization_code' && st.codes.delete(String(f.get('code')))) return json(res, 200, issue(st, true));
  if (f.get('grant_type') === 'refresh_token' && !d.refuseRefresh && st.refreshes.has(String(f.get('refresh_token')))) return json(res, 200, issue(st, false));
  json(res, 400, { error: 'invalid_grant', error_description: 'Bad Request' });
}

/**
 * Messages holding files given by path (as the other doubles take them): a folder's files are one message with the
 * folder's name as subject, a top-level file one of its own (subject: the name without extension, capitalised); one
 * day apart, newest first from 2024-05-02.
 */
export function messagesOf(files: Record<string, Buffer>): MailSpec[] {
  const out: MailSpec[] = [];
  const bySubject = new Map<string, MailSpec>();
  for (const p of Object.keys(files)) {
    const segs = p.split('/').filter(Boolean);
    const name = segs[segs.length - 1];
    const subject = segs.length > 1 ? segs[0] : name.replace(/\.[^.]*$/, '').replace(/^./, (c) => c.toUpperCase());
    let m = bySubject.get(subject);
    if (!m) {
      m = { subject, date: new Date(Date.UTC(2024, 4, 2 - out.length, 9)).toISOString(), attachments: {} };
      bySubject.set(subject, m);
      out.push(m);
    }
    m.attachments[name] = files[p];
  }
  return out;
}

export async function startGmailDouble(mails: MailSpec[]): Promise<GmailDouble> {
  const d: GmailDouble = {
    url: '',
    clientId: 'double-gmail.apps.googleusercontent.com',
    clientSecret: 'double-gmail-secret',
    ids: mails.map((_, i) => '18f2a' + (0x10000000 + i * 4099).toString(16)),
    fault: null,
    deny: false,
    refuseRefresh: false,
    calls: [],
    authorizations: [],
    expireAccessTokens: () => {
      for (const k of st.access.keys()) st.access.set(k, false);
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
  const st: State = { d, mails, codes: new Set(), access: new Map(), refreshes: new Set(), attachmentIds: new Map() };
  const server = http.createServer((req, res) => {
    const u = new URL(req.url || '/', 'http://x');
    d.calls.push(`${req.method} ${u.pathname}${u.search}`);
    if (u.pathname.indexOf('/gmail/v1/') === 0) return apiRoute(st, req, res, u);
    oauthRoute(st, req, res, u).catch(() => json(res, 500, { error: 'double failed' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  d.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return d;
}
