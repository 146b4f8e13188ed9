/**
 * A DOUBLE of Instagram Login and Instagram's Graph API (see README.md here): the documented subset the `instagram`
 * cloud source calls, over loopback, with switches for the failures the tests need. Files are given as
 * `{'/beach.png': Buffer, '/Trip/a.jpg': Buffer}`: each top-level image (`.jpg`, `.png`…) or video (`.mp4`) is a
 * media item whose caption is its name, each folder a CAROUSEL_ALBUM captioned with the folder's name whose children
 * are its files (children have no caption); other files are left out (Instagram holds images and videos only).
 * The code gives a short-lived token, `/access_token` exchanges it for a long-lived one, `/refresh_access_token`
 * renews a long-lived one at least 24 hours old. Media get numeric ids;
 * each one's bytes are on the double's "CDN" (`/cdn/…`), and a video has a thumbnail there.
 */
import * as http from 'http';
import { GRAPH_EXPIRED, GraphFault, closeAll, graphErrorOf, graphFault, graphPage as page, graphToken, hex, jsonAs, listen, read } from './oauthDouble';

export interface InstagramMedia {
  id: string;
  type: 'IMAGE' | 'VIDEO' | 'CAROUSEL_ALBUM';
  caption?: string;
  bytes: Buffer;
  children: string[];
}

export interface InstagramDouble {
  url: string;
  clientId: string;
  clientSecret: string;
  /** the top-level media, newest first (the order of the files given) */
  top: string[];
  media: Map<string, InstagramMedia>;
  /** the id of a top-level item or carousel by name, or of a carousel's child by `/Folder/name` */
  idOf(path: string): string;
  /** answer the next Graph calls with this status and Graph error code (and Retry-After) */
  fault: GraphFault | null;
  deny: boolean;
  /** answer the token request flat, not wrapped in `data[0]` */
  flatToken: boolean;
  /** refuse the next exchange of a short-lived token for a long-lived one */
  refuseLongLived: boolean;
  /** the kind of each access token it issued */
  tokenKinds: Map<string, 'short' | 'long'>;
  /** the double's clock (ms since the epoch; a test moves it) */
  now(): number;
  /** when each long-lived token was issued, by `now()` */
  issued: Map<string, number>;
  /** refuse the next renewals (`/refresh_access_token`) */
  refuseRenewal: boolean;
  /** the renewals granted */
  renewals: number;
  /** the access token of the last Graph call */
  lastToken: string;
  expireAccessTokens(): void;
  calls: string[];
  authorizations: URLSearchParams[];
  close(): Promise<void>;
}

const json = jsonAs('application/json; charset=UTF-8');
const gerror = graphErrorOf('IGApiException');

interface State {
  d: InstagramDouble;
  codes: Set<string>;
  access: Map<string, boolean>;
}

/** A media node with the fields Graph gives (`media_url` absent on a carousel itself). */
function mediaJson(st: State, m: InstagramMedia): Record<string, unknown> {
  const o: Record<string, unknown> = { id: m.id, media_type: m.type, timestamp: '2024-05-01T10:00:00+0000' };
  if (m.caption !== undefined) o.caption = m.caption;
  if (m.type !== 'CAROUSEL_ALBUM') o.media_url = `${st.d.url}/cdn/${m.id}.${m.type === 'VIDEO' ? 'mp4' : 'jpg'}`;
  if (m.type === 'VIDEO') o.thumbnail_url = `${st.d.url}/cdn/${m.id}.thumb.jpg`;
  return o;
}

/** `/me/media`, `/<id>/children`, `/<id>`: token check, injected faults, then the node. */
function graphRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): void {
  const token = graphToken(req, u);
  if (!token || !st.access.get(token)) return gerror(res, 400, 190, GRAPH_EXPIRED);
  st.d.lastToken = token;
  if (u.pathname === '/access_token') return longLived(st, res, u, token);
  if (u.pathname === '/refresh_access_token') return renewal(st, res, u, token);
  if (graphFault(st.d, res, gerror)) return;
  const segs = u.pathname.split('/').filter(Boolean);
  const node = st.d.media.get(segs[0]);
  if (segs.length === 2 && segs[0] === 'me' && segs[1] === 'media') return page(res, u, st.d.top.map((id) => mediaJson(st, st.d.media.get(id) as InstagramMedia)));
  if (segs.length === 2 && segs[1] === 'children' && node) return json(res, 200, { data: node.children.map((id) => mediaJson(st, st.d.media.get(id) as InstagramMedia)) });
  if (segs.length === 1 && node) return json(res, 200, mediaJson(st, node));
  gerror(res, 400, 100, `Unsupported get request. Object with ID '${segs.join('/')}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`);
}

/** `GET /access_token?grant_type=ig_exchange_token&client_secret=…&access_token=<short-lived>`: a long-lived token. */
function longLived(st: State, res: http.ServerResponse, u: URL, token: string): void {
  const { d } = st;
  if (d.refuseLongLived || u.searchParams.get('grant_type') !== 'ig_exchange_token' || u.searchParams.get('client_secret') !== d.clientSecret || d.tokenKinds.get(token) !== 'short') {
    d.refuseLongLived = false;
    return gerror(res, 400, 100, 'Invalid exchange request');
  }
  json(res, 200, { access_token: issueLong(st), token_type: 'bearer', expires_in: 5183944 });
}

function issueLong(st: State): string {
  const a = 'IGQL' + hex(12);
  st.access.set(a, true);
  st.d.tokenKinds.set(a, 'long');
  st.d.issued.set(a, st.d.now());
  return a;
}

/**
 * `GET /refresh_access_token?grant_type=ig_refresh_token&access_token=<long-lived>`: a renewed long-lived token, for
 * a valid long-lived token at least 24 hours old (the earlier one stays valid until it expires).
 */
function renewal(st: State, res: http.ServerResponse, u: URL, token: string): void {
  const { d } = st;
  const old = d.now() - (d.issued.get(token) || d.now()) >= 24 * 3600 * 1000;
  if (d.refuseRenewal || u.searchParams.get('grant_type') !== 'ig_refresh_token' || d.tokenKinds.get(token) !== 'long' || !old) {
    return gerror(res, 400, 100, 'Invalid refresh request: the token must be a long-lived token at least 24 hours old');
  }
  d.renewals++;
  json(res, 200, { access_token: issueLong(st), token_type: 'bearer', expires_in: 5183944 });
}

/** `GET /oauth/authorize` (consents at once, or denies when told) and `POST /oauth/access_token`. */
async function oauthRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): Promise<void> {
  const { d } = st;
  if (u.pathname === '/oauth/authorize') {
    d.authorizations.push(u.searchParams);
    if (u.searchParams.get('client_id') !== d.clientId) return json(res, 400, { error_type: 'OAuthException', code: 400, error_message: 'Invalid platform app' });
    const back = new URL(String(u.searchParams.get('redirect_uri')));
    back.searchParams.set('state', String(u.searchParams.get('state')));
    if (d.deny) {
      d.deny = false;
      back.searchParams.set('error', 'access_denied');
      back.searchParams.set('error_reason', 'user_denied');
      back.searchParams.set('error_description', 'The user denied your request.');
    } else {
      const code = 'AQ' + hex(8);
      st.codes.add(code);
      back.searchParams.set('code', code);
    }
    res.writeHead(302, { Location: back.href });
    return void res.end();
  }
  if (req.method !== 'POST') return json(res, 405, { error_type: 'OAuthException', code: 405, error_message: 'POST only' });
  const f = new URLSearchParams(await read(req));
  if (f.get('client_id') !== d.clientId || f.get('client_secret') !== d.clientSecret) return json(res, 400, { error_type: 'OAuthException', code: 400, error_message: 'Invalid client_secret' });
  if (f.get('grant_type') !== 'authorization_code' || !f.get('redirect_uri') || !st.codes.delete(String(f.get('code')))) return json(res, 400, { error_type: 'OAuthException', code: 400, error_message: 'Invalid authorization code' });
  const a = 'IGAA' + hex(12);
  st.access.set(a, true);
  d.tokenKinds.set(a, 'short');
  // a short-lived access token, no refresh token
  const answer = { access_token: a, user_id: 17841400000000000, permissions: 'instagram_business_basic' };
  json(res, 200, d.flatToken ? answer : { data: [answer] });
}

function cdnRoute(st: State, res: http.ServerResponse, u: URL): void {
  const m = /^\/cdn\/(\d+)\.(jpg|mp4|thumb\.jpg)$/.exec(u.pathname);
  const item = m ? st.d.media.get(m[1]) : undefined;
  if (!item || !m || item.type === 'CAROUSEL_ALBUM') {
    res.writeHead(404);
    return void res.end();
  }
  const body = m[2] === 'thumb.jpg' ? Buffer.from('thumbnail of ' + item.id) : item.bytes;
  res.writeHead(200, { 'Content-Type': m[2] === 'mp4' ? 'video/mp4' : 'image/jpeg', 'Content-Length': String(body.length) });
  res.end(body);
}

const kindOf = (name: string): 'IMAGE' | 'VIDEO' | null => (/\.mp4$/i.test(name) ? 'VIDEO' : /\.(jpe?g|png|gif|webp)$/i.test(name) ? 'IMAGE' : null);

function mediaOf(files: Record<string, Buffer>): { top: string[]; media: Map<string, InstagramMedia>; ids: Map<string, string> } {
  const top: string[] = [];
  const media = new Map<string, InstagramMedia>();
  const ids = new Map<string, string>();
  let n = 17900000000000; // Instagram ids are longer; this stays within a safe integer
  for (const p of Object.keys(files)) {
    const segs = p.split('/').filter(Boolean);
    const kind = kindOf(segs[segs.length - 1]);
    if (segs.length > 2 || !kind) continue;
    if (segs.length === 2 && !ids.has('/' + segs[0])) {
      const id = String(++n);
      ids.set('/' + segs[0], id);
      top.push(id);
      media.set(id, { id, type: 'CAROUSEL_ALBUM', caption: segs[0], bytes: Buffer.alloc(0), children: [] });
    }
    const id = String(++n);
    ids.set(p, id);
    media.set(id, { id, type: kind, caption: segs.length === 1 ? segs[0] : undefined, bytes: files[p], children: [] });
    if (segs.length === 1) top.push(id);
    else (media.get(ids.get('/' + segs[0]) as string) as InstagramMedia).children.push(id);
  }
  return { top, media, ids };
}

export async function startInstagramDouble(files: Record<string, Buffer>): Promise<InstagramDouble> {
  const { top, media, ids } = mediaOf(files);
  const d: InstagramDouble = {
    url: '', clientId: '990011223344', clientSecret: 'double-instagram-secret', top, media,
    idOf: (p) => String(ids.get(p.replace(/\/+$/, '')) || ''),
    fault: null, deny: false, flatToken: false, refuseLongLived: false, tokenKinds: new Map(), now: () => Date.now(), issued: new Map(), refuseRenewal: false, renewals: 0, lastToken: '', calls: [], authorizations: [],
    expireAccessTokens: () => {
      for (const k of st.access.keys()) st.access.set(k, false);
    },
    close: () => closeAll(server),
  };
  const st: State = { d, codes: new Set(), access: new Map() };
  const server = http.createServer((req, res) => {
    const u = new URL(req.url || '/', d.url || 'http://x');
    d.calls.push(`${req.method} ${u.pathname}`);
    if (u.pathname.indexOf('/cdn/') === 0) return cdnRoute(st, res, u);
    if (u.pathname === '/oauth/authorize' || u.pathname === '/oauth/access_token') return void oauthRoute(st, req, res, u).catch(() => json(res, 500, { error: 'double failed' }));
    graphRoute(st, req, res, u);
  });
  d.url = await listen(server);
  return d;
}
