/**
 * Gmail attachments (Google OAuth 2, offline access, scope `gmail.readonly`), over the Gmail API v1:
 * `users/me/messages?q=has:attachment` (the root: the messages that have attachments, `pageToken` paging, newest
 * first as Gmail gives them), each named by its subject and date (`format=metadata`, a few at a time), a message's
 * attachments (`format=full`: the parts with a file name), and an attachment's bytes (`…/attachments/{id}`, base64url
 * `data`). A search is the root's listing with Gmail's own search added: `q=has:attachment <query>` (so the user's
 * words match as in Gmail, its operators included). Every endpoint comes from configuration.
 *
 * Paths are ids: `/<messageId>/` a message, `/<messageId>/<partId>` one of its attachments. The part id (`1`, `0.2`)
 * names the attachment because Gmail's `attachmentId` is not stable: each fetch of a message gives new ones. The
 * file name and type are the part's.
 */
import { Readable } from 'stream';
import type { OAuthAppConfig } from '../config';
import { CloudError } from '../errors';
import { FOLDER_MIMETYPE } from '../paths';
import { Connection, Credentials, Entry, Page, PAGE_SIZE, Provider, ProviderEnv } from '../provider';
import { bearerCaller } from './bearer';
import { googleFailure } from './googleErrors';
import { oauthSignin } from './oauthSignin';
import { pageOf } from './paging';

const NAME = 'gmail';
/** read-only access to the user's mail (Gmail has no narrower scope that reads attachments) */
export const GMAIL_SCOPE = 'https://www.googleapis.com/auth/gmail.readonly';
/** messages per page of the root (each one costs a metadata call) */
export const GMAIL_PAGE = 50;
/** metadata calls at once */
const PARALLEL = 5;

interface Part {
  partId?: string;
  mimeType?: string;
  filename?: string;
  headers?: { name: string; value: string }[];
  body?: { attachmentId?: string; size?: number; data?: string };
  parts?: Part[];
}

interface Message {
  id: string;
  internalDate?: string;
  payload?: Part;
}

const failure = googleFailure(NAME, 'Gmail', 'no such message or attachment');

/** `/<messageId>/[<partId>]`; Gmail's ids are hex, part ids dotted numbers. */
function idsOf(path: string): { message: string; part: string | null } | null {
  const segs = path.split('/').filter(Boolean);
  if (!segs.length) return null;
  if (segs.length > 2 || !/^[A-Za-z0-9_-]{1,100}$/.test(segs[0]) || (segs.length === 2 && !/^\d{1,4}(\.\d{1,4}){0,8}$/.test(segs[1]))) {
    throw new CloudError('badrequest', NAME, `path: expected "/<messageId>/" or "/<messageId>/<partId>", got ${JSON.stringify(path.slice(0, 100))}`);
  }
  return { message: segs[0], part: segs.length === 2 ? segs[1] : null };
}

/** The parts of a message that are attachments (a file name, and an attachment id or inline data), depth first. */
function attachments(p: Part | undefined, out: Part[] = []): Part[] {
  if (!p) return out;
  if (p.filename && p.partId !== undefined && p.body && (p.body.attachmentId || p.body.data)) out.push(p);
  for (const c of p.parts || []) attachments(c, out);
  return out;
}

/** `Subject · YYYY-MM-DD` (UTC), `(no subject)` when it has none. */
function folderName(m: Message, date: Date | undefined): string {
  const h = (m.payload && m.payload.headers) || [];
  const subject = (h.filter((x) => x.name.toLowerCase() === 'subject')[0] || { value: '' }).value.trim() || '(no subject)';
  return date ? `${subject} · ${date.toISOString().slice(0, 10)}` : subject;
}

function messageEntry(m: Message): Entry {
  const ms = Number(m.internalDate);
  const date = Number.isFinite(ms) && ms > 0 ? new Date(ms) : undefined;
  return { name: folderName(m, date), path: `/${m.id}/`, folder: true, mimetype: FOLDER_MIMETYPE, size: 0, modified: date };
}

/** `fn` over `items`, at most `n` at once, results in order. */
async function bounded<T, R>(items: T[], n: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let at = 0;
  const worker = async (): Promise<void> => {
    while (at < items.length) {
      const i = at++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}

function connection(app: Required<OAuthAppConfig>, creds: Credentials, env: ProviderEnv): Connection {
  const { call, refreshed } = bearerCaller(NAME, app, creds, env, failure);
  const base = app.apiUrl + '/gmail/v1/users/me/messages';
  const getJson = async <T>(url: string, what: string): Promise<T> => (await (await call(url, {}, what)).json()) as T;
  const message = (id: string, what: string): Promise<Message> => getJson<Message>(`${base}/${encodeURIComponent(id)}?format=full`, what);

  const root = async (next: string | null, query?: string): Promise<Page> => {
    const q = new URLSearchParams({ q: query ? 'has:attachment ' + query : 'has:attachment', maxResults: String(GMAIL_PAGE) });
    if (next !== null) q.set('pageToken', next);
    const page = await getJson<{ messages?: { id: string }[]; nextPageToken?: string }>(`${base}?${q.toString()}`, '/');
    const metas = await bounded(page.messages || [], PARALLEL, (m) => getJson<Message>(`${base}/${encodeURIComponent(m.id)}?format=metadata&metadataHeaders=Subject`, `/${m.id}/`));
    return { entries: metas.map(messageEntry), next: page.nextPageToken || null };
  };

  /** The attachment a path names, looked up in its message. */
  const part = async (path: string): Promise<{ message: string; p: Part }> => {
    const ids = idsOf(path);
    if (!ids || ids.part === null) throw new CloudError('badrequest', NAME, `path: ${path} is a message, not an attachment`);
    const found = attachments((await message(ids.message, path)).payload).filter((p) => p.partId === ids.part)[0];
    if (!found) throw new CloudError('notfound', NAME, `${path}: the message has no such attachment`);
    return { message: ids.message, p: found };
  };

  return {
    list: async (path, next) => {
      const ids = idsOf(path);
      if (!ids) return root(next);
      if (ids.part !== null) throw new CloudError('badrequest', NAME, `path: ${path} is an attachment, not a folder`);
      const parts = attachments((await message(ids.message, path)).payload);
      const entries = parts.map((p): Entry => ({ name: String(p.filename), path: `/${ids.message}/${p.partId}`, folder: false, mimetype: p.mimeType || 'application/octet-stream', size: (p.body && p.body.size) || 0 }));
      return pageOf(entries, next, PAGE_SIZE);
    },
    search: (query, next) => root(next, query),
    stat: async (path) => {
      const { message: id, p } = await part(path);
      return { name: String(p.filename), path: `/${id}/${p.partId}`, mimetype: p.mimeType || 'application/octet-stream', size: p.body && p.body.size };
    },
    read: async (path) => {
      const { message: id, p } = await part(path);
      const body = p.body || {};
      const data = body.attachmentId ? (await getJson<{ data?: string }>(`${base}/${encodeURIComponent(id)}/attachments/${encodeURIComponent(body.attachmentId)}`, path)).data : body.data;
      if (typeof data !== 'string') throw new CloudError('upstream', NAME, `${path}: Gmail sent no content`);
      const bytes = Buffer.from(data, 'base64url');
      return { body: Readable.from([bytes]), size: bytes.length };
    },
    close: () => undefined,
    refreshed,
  };
}

export function gmailProvider(app: Required<OAuthAppConfig>): Provider {
  const extra = { scope: GMAIL_SCOPE, access_type: 'offline', prompt: 'consent', include_granted_scopes: 'true' };
  return { ...oauthSignin(NAME, app, extra), connect: async (creds, env) => connection(app, creds, env) };
}
