/**
 * A DOUBLE of Google's OAuth 2 endpoints and the Gmail API v1 (see README.md here): the documented subset the `gmail`
 * cloud source calls, over loopback, with switches for the failures the tests need. Messages are given as
 * `{subject, date, attachments: {'name.ext': Buffer}}` (newest first, as Gmail lists them); a message without
 * attachments is not matched by `q=has:attachment` (words after it must be in the subject or an attachment's name). Each attachment is part `1`, `2`… of a `multipart/mixed` whose
 * part `0` is a `multipart/alternative` text body; every fetch of a message gives its attachments new
 * `attachmentId`s, as Gmail does.
 */
import * as http from 'http';
import { randomBytes } from 'crypto';
import { GoogleDoubleSwitches, OAuthTokens, googleError, googleGate, googleJson as json, startGoogleDouble } from './oauthDouble';

export interface MailSpec {
  subject: string;
  date: string;
  attachments: Record<string, Buffer>;
}

/** The double: Google's OAuth switches (oauthDouble.ts) and its messages. */
export interface GmailDouble extends GoogleDoubleSwitches {
  /** the message ids, in the order given */
  ids: string[];
}

interface State {
  d: GmailDouble;
  o: OAuthTokens;
  mails: MailSpec[];
  /** attachment ids handed out → [message index, attachment name] */
  attachmentIds: Map<string, [number, string]>;
}

const TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', pdf: 'application/pdf', txt: 'text/plain', bin: 'application/octet-stream' };

/** Google's error shape, with Gmail's `status` name for a 404. */
function gerror(res: http.ServerResponse, status: number, reason: string, message: string): void {
  googleError(res, status, reason, message, {}, { status: status === 404 ? 'NOT_FOUND' : undefined });
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

/** Whether message `i` holds every word (case-insensitive) in its subject or an attachment's name, as Gmail's search finds them. */
function matches(st: State, i: number, words: string[]): boolean {
  const m = st.mails[i];
  const text = (m.subject + ' ' + Object.keys(m.attachments).join(' ')).toLowerCase();
  return words.every((w) => text.indexOf(w.toLowerCase()) >= 0);
}

function listRoute(st: State, res: http.ServerResponse, u: URL): void {
  const q = String(u.searchParams.get('q') || '').trim().split(/\s+/);
  if (q[0] !== 'has:attachment') return gerror(res, 400, 'invalidArgument', 'the double only answers q=has:attachment [words]');
  const with_ = st.d.ids.filter((_, i) => Object.keys(st.mails[i].attachments).length > 0 && matches(st, i, q.slice(1)));
  const size = Math.min(Number(u.searchParams.get('maxResults')) || 100, 500);
  const start = Number(u.searchParams.get('pageToken') || 0);
  const body: Record<string, unknown> = { messages: with_.slice(start, start + size).map((id) => ({ id, threadId: id })), resultSizeEstimate: with_.length };
  if (start + size < with_.length) body.nextPageToken = String(start + size);
  json(res, 200, body);
}

/** `/gmail/v1/users/me/messages[/<id>[/attachments/<id>]]`: bearer check, injected faults, then the endpoint. */
function apiRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): void {
  if (googleGate(st.o, st.d, req, res, 'Request had invalid authentication credentials.')) return;
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

export function startGmailDouble(mails: MailSpec[]): Promise<GmailDouble> {
  return startGoogleDouble<GmailDouble>({
    client: 'double-gmail',
    own: { ids: mails.map((_, i) => '18f2a' + (0x10000000 + i * 4099).toString(16)) },
    scope: 'https://www.googleapis.com/auth/gmail.readonly',
    apiPrefix: '/gmail/v1/',
    api: (d, o) => {
      const st: State = { d, o, mails, attachmentIds: new Map() };
      return (req, res, u) => apiRoute(st, req, res, u);
    },
  });
}
