/**
 * A DOUBLE of Google's OAuth 2 endpoints and the Drive API v3 (see README.md here): the documented subset the
 * `googledrive` cloud source calls, over loopback, with switches for the failures the tests need. Files are given as
 * `{'/Folder/name.ext': Buffer}`; the double gives every folder and file an id (`f1`, `f2`, …; `root` is My Drive)
 * and `entries()` tells them. A file whose name ends with `.gdoc` has the Google Docs type (no binary content).
 */
import * as http from 'http';
import { GoogleDoubleSwitches, OAuthTokens, googleError as gerror, googleGate, googleJson as json, startGoogleDouble } from './oauthDouble';

export interface DriveItem {
  id: string;
  name: string;
  parent: string;
  mimeType: string;
  bytes?: Buffer;
}

/** The double: Google's OAuth switches (oauthDouble.ts) and its items. */
export interface GoogleDriveDouble extends GoogleDoubleSwitches {
  /** the items by id */
  items: Map<string, DriveItem>;
  /** the id of the item at a path as given (`/Photos/a.jpg`, `/Photos`) */
  idOf(path: string): string;
}

const FOLDER = 'application/vnd.google-apps.folder';

function build(files: Record<string, Buffer>): { items: Map<string, DriveItem>; ids: Map<string, string> } {
  const items = new Map<string, DriveItem>();
  const ids = new Map<string, string>([['', 'root']]);
  let n = 0;
  for (const p of Object.keys(files)) {
    const segs = p.split('/').filter(Boolean);
    for (let i = 0; i < segs.length; i++) {
      const at = '/' + segs.slice(0, i + 1).join('/');
      if (ids.has(at)) continue;
      const id = 'f' + ++n;
      ids.set(at, id);
      const parent = ids.get(i ? '/' + segs.slice(0, i).join('/') : '') as string;
      const last = i === segs.length - 1;
      const mimeType = !last ? FOLDER : /\.gdoc$/.test(segs[i]) ? 'application/vnd.google-apps.document' : /\.txt$/.test(segs[i]) ? 'text/plain' : /\.png$/.test(segs[i]) ? 'image/png' : /\.jpg$/.test(segs[i]) ? 'image/jpeg' : 'application/octet-stream';
      items.set(id, { id, name: last ? segs[i].replace(/\.gdoc$/, '') : segs[i], parent, mimeType, bytes: last && mimeType.indexOf('vnd.google-apps') < 0 ? files[p] : undefined });
    }
  }
  return { items, ids };
}

/**
 * The resource with the fields asked for (`fields=id,name` or `nextPageToken,files(id,name)`). A picture has a
 * `thumbnailLink`, on this double's `/thumb/` (standing for Google's `*.googleusercontent.com` host).
 */
function resource(it: DriveItem, fields: string[], base: string): Record<string, unknown> {
  const all: Record<string, unknown> = { kind: 'drive#file', id: it.id, name: it.name, mimeType: it.mimeType, modifiedTime: '2024-05-01T10:00:00.000Z' };
  if (it.bytes) all.size = String(it.bytes.length);
  if (it.bytes && it.mimeType.indexOf('image/') === 0) all.thumbnailLink = `${base}/thumb/${encodeURIComponent(it.id)}=s220`;
  const out: Record<string, unknown> = {};
  for (const f of fields) if (all[f] !== undefined) out[f] = all[f];
  return out;
}

interface State {
  d: GoogleDriveDouble;
  o: OAuthTokens;
}

/**
 * The items a `q` names: `'<id>' in parents and trashed = false` (a folder's children), or `name contains '<text>' and
 * trashed = false` (the string with `\\` and `\'` escapes): as Drive documents, `contains` on a name matches a
 * prefix of the name or of one of its words, case-insensitively. Null for another query.
 */
function itemsOf(st: State, query: string): DriveItem[] | null {
  const m = /^'([A-Za-z0-9_-]+)' in parents and trashed = false$/.exec(query);
  if (m) return Array.from(st.d.items.values()).filter((i) => i.parent === m[1]);
  const s = /^name contains '((?:[^'\\]|\\.)*)' and trashed = false$/.exec(query);
  if (!s) return null;
  const term = s[1].replace(/\\(.)/g, '$1').toLowerCase();
  return Array.from(st.d.items.values()).filter((i) => {
    const name = i.name.toLowerCase();
    return name.indexOf(term) === 0 || name.split(/[^a-z0-9]+/).some((w) => w && w.indexOf(term) === 0);
  });
}

function listRoute(st: State, res: http.ServerResponse, u: URL): void {
  const kids = itemsOf(st, String(u.searchParams.get('q')));
  if (!kids) return gerror(res, 400, 'invalid', 'Invalid Value');
  const fields = /files\(([^)]*)\)/.exec(String(u.searchParams.get('fields')));
  const size = Math.min(Number(u.searchParams.get('pageSize')) || 100, 1000);
  const start = Number(u.searchParams.get('pageToken') || 0);
  const page = kids.slice(start, start + size);
  const body: Record<string, unknown> = { files: page.map((i) => resource(i, fields ? fields[1].split(',') : ['id', 'name', 'mimeType'], st.d.url)) };
  if (start + size < kids.length) body.nextPageToken = String(start + size);
  json(res, 200, body);
}

/** `/drive/v3/files[/<id>]`: bearer check, injected faults, then the endpoint. */
function apiRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): void {
  if (googleGate(st.o, st.d, req, res, 'Invalid Credentials')) return;
  if (u.pathname === '/drive/v3/files') return listRoute(st, res, u);
  const m = /^\/drive\/v3\/files\/([^/]+)$/.exec(u.pathname);
  const it = m ? st.d.items.get(decodeURIComponent(m[1])) : undefined;
  if (!it) return gerror(res, 404, 'notFound', `File not found: ${m ? m[1] : ''}.`);
  if (u.searchParams.get('alt') !== 'media') return json(res, 200, resource(it, String(u.searchParams.get('fields') || 'id,name,mimeType').split(','), st.d.url));
  if (!it.bytes) return gerror(res, 403, 'fileNotDownloadable', 'Only files with binary content can be downloaded. Use Export with Docs Editors files.');
  const r = byteRange(String(req.headers.range || ''), it.bytes.length);
  if (r === 'unsatisfiable') {
    res.writeHead(416, { 'Content-Range': `bytes */${it.bytes.length}` });
    return void res.end();
  }
  if (r) {
    res.writeHead(206, { 'Content-Type': it.mimeType, 'Content-Length': String(r[1] - r[0] + 1), 'Content-Range': `bytes ${r[0]}-${r[1]}/${it.bytes.length}` });
    return void res.end(it.bytes.subarray(r[0], r[1] + 1));
  }
  res.writeHead(200, { 'Content-Type': it.mimeType, 'Content-Length': String(it.bytes.length) });
  res.end(it.bytes);
}

/** `GET /thumb/<id>=s220`: a `thumbnailLink`; the bearer token asked, a picture's own bytes stand for its thumbnail. */
function thumbRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): void {
  if (googleGate(st.o, st.d, req, res, 'Invalid Credentials')) return;
  const m = /^\/thumb\/([^/=]+)=s\d+$/.exec(u.pathname);
  const it = m ? st.d.items.get(decodeURIComponent(m[1])) : undefined;
  if (!it || !it.bytes) return gerror(res, 404, 'notFound', 'Not found');
  res.writeHead(200, { 'Content-Type': it.mimeType, 'Content-Length': String(it.bytes.length) });
  res.end(it.bytes);
}

/** A download's `Range` (Drive honours one byte range, RFC 9110): first and last byte, or null for none. */
function byteRange(h: string, size: number): [number, number] | 'unsatisfiable' | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(h.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const first = m[1] ? Number(m[1]) : Math.max(0, size - Number(m[2]));
  const last = m[1] && m[2] ? Math.min(Number(m[2]), size - 1) : size - 1;
  return first < size && last >= first ? [first, last] : 'unsatisfiable';
}

export function startGoogleDriveDouble(files: Record<string, Buffer>): Promise<GoogleDriveDouble> {
  const { items, ids } = build(files);
  return startGoogleDouble<GoogleDriveDouble>({
    client: 'double-client',
    own: { items, idOf: (p) => String(ids.get(p.replace(/\/+$/, '')) || '') },
    scope: 'https://www.googleapis.com/auth/drive.readonly',
    apiPrefix: ['/drive/v3/', '/thumb/'],
    api: (d, o) => {
      const st: State = { d, o };
      return (req, res, u) => (u.pathname.indexOf('/thumb/') === 0 ? thumbRoute(st, req, res, u) : apiRoute(st, req, res, u));
    },
  });
}
