/**
 * A DOUBLE of Facebook Login and the Graph API (see README.md here): the documented subset the `facebook` cloud
 * source calls, over loopback, with switches for the failures the tests need. Files are given as
 * `{'/Album/photo.png': Buffer}`: each folder is an album, each file in it a photo (files outside a folder are left
 * out: Facebook has photos only in albums). Albums and photos get numeric ids; each photo has two renditions on the
 * double's "CDN" (`/cdn/…`): the full one (the given bytes) and a small one.
 */
import * as http from 'http';
import { GRAPH_EXPIRED, GraphFault, OAuthTokens, TokenStyle, closeAll, graphErrorOf, graphFault, graphPage as page, graphToken, hex, jsonAs, listen, read } from './oauthDouble';

export interface FacebookPhoto {
  id: string;
  album: string;
  name: string;
  bytes: Buffer;
}

export interface FacebookDouble {
  url: string;
  /** the Graph API base, `<url>/v19.0` */
  graph: string;
  clientId: string;
  clientSecret: string;
  albums: Map<string, string>;
  photos: Map<string, FacebookPhoto>;
  /** the id of an album by name, or of a photo by `/Album/name` */
  idOf(path: string): string;
  /** answer the next Graph calls with this status and Graph error code (and Retry-After) */
  fault: GraphFault | null;
  deny: boolean;
  /**
   * The CDN answers without a Content-Length: `head` to a HEAD only (the size comes with the bytes), `always` to every
   * request too (the bytes are sent chunked: nobody knows the size before the end).
   */
  hideLength: 'head' | 'always' | null;
  expireAccessTokens(): void;
  calls: string[];
  authorizations: URLSearchParams[];
  close(): Promise<void>;
}

const V = '/v19.0';

const json = jsonAs('application/json; charset=UTF-8');
const gerror = graphErrorOf('GraphMethodException');

interface State {
  d: FacebookDouble;
  o: OAuthTokens;
}

function photoJson(st: State, p: FacebookPhoto): Record<string, unknown> {
  return {
    id: p.id, name: p.name, created_time: '2024-05-01T10:00:00+0000',
    images: [{ source: `${st.d.url}/cdn/${p.id}/s.jpg`, width: 130, height: 130 }, { source: `${st.d.url}/cdn/${p.id}/o.jpg`, width: 2048, height: 1536 }],
  };
}

/** `/v19.0/me/albums`, `/v19.0/<album>/photos`, `/v19.0/<photo>`: token check, injected faults, then the node. */
function graphRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): void {
  if (!st.o.valid(graphToken(req, u))) return gerror(res, 400, 190, GRAPH_EXPIRED);
  if (graphFault(st.d, res, gerror)) return;
  const segs = u.pathname.slice(V.length).split('/').filter(Boolean);
  if (segs.length === 2 && segs[0] === 'me' && segs[1] === 'albums') {
    return page(res, u, Array.from(st.d.albums.entries()).map(([id, name]) => ({ id, name, count: Array.from(st.d.photos.values()).filter((p) => p.album === id).length })));
  }
  if (segs.length === 2 && segs[1] === 'photos' && st.d.albums.has(segs[0])) return page(res, u, Array.from(st.d.photos.values()).filter((p) => p.album === segs[0]).map((p) => photoJson(st, p)));
  const p = segs.length === 1 ? st.d.photos.get(segs[0]) : undefined;
  if (p) return json(res, 200, photoJson(st, p));
  gerror(res, 400, 100, `Unsupported get request. Object with ID '${segs.join('/')}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`);
}

/** Facebook's tokens: a (long-lived) access token only, no refresh token. */
const FACEBOOK_TOKENS: TokenStyle = { code: () => 'AQ' + hex(8), access: () => 'EAA' + hex(12), refresh: () => '', refreshes: 'none', fields: { token_type: 'bearer', expires_in: 5183944 }, denied: { error_reason: 'user_denied' } };

/** `GET /v19.0/dialog/oauth` (consents at once, or denies when told) and `GET|POST /v19.0/oauth/access_token`. */
async function oauthRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): Promise<void> {
  if (u.pathname === V + '/dialog/oauth') {
    if (!st.o.authorize(u, res)) gerror(res, 400, 101, 'Error validating application. Invalid application ID.');
    return;
  }
  const f = req.method === 'POST' ? new URLSearchParams(await read(req)) : u.searchParams;
  if (!st.o.client(f)) return gerror(res, 400, 1, 'Error validating client secret.');
  // Facebook's exchange needs no grant_type: every request here is the code's
  const exchange = new URLSearchParams(f);
  exchange.set('grant_type', 'authorization_code');
  const t = f.get('redirect_uri') ? st.o.grant(exchange) : null;
  if (!t) return gerror(res, 400, 100, 'Invalid verification code format.');
  json(res, 200, t);
}

function cdnRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): void {
  const m = /^\/cdn\/(\d+)\/(s|o)\.jpg$/.exec(u.pathname);
  const p = m ? st.d.photos.get(m[1]) : undefined;
  if (!p || !m) {
    res.writeHead(404);
    return void res.end();
  }
  // the small rendition: a real picture's own bytes (the double does not scale images), else a stand-in text
  const real = /^(\x89PNG|\xff\xd8\xff)/.test(p.bytes.subarray(0, 4).toString('latin1'));
  const body = m[2] === 'o' || real ? p.bytes : Buffer.from('small rendition of ' + p.id);
  if (st.d.hideLength === 'always' || (st.d.hideLength === 'head' && req.method === 'HEAD')) {
    res.writeHead(200, { 'Content-Type': 'image/jpeg' });
    return void res.end(req.method === 'HEAD' ? undefined : body);
  }
  res.writeHead(200, { 'Content-Type': 'image/jpeg', 'Content-Length': String(body.length) });
  res.end(body);
}

export async function startFacebookDouble(files: Record<string, Buffer>): Promise<FacebookDouble> {
  const albums = new Map<string, string>();
  const photos = new Map<string, FacebookPhoto>();
  const ids = new Map<string, string>();
  let n = 100;
  for (const p of Object.keys(files)) {
    const segs = p.split('/').filter(Boolean);
    if (segs.length !== 2) continue;
    if (!ids.has('/' + segs[0])) {
      ids.set('/' + segs[0], String(++n));
      albums.set(String(n), segs[0]);
    }
    const id = String(++n);
    ids.set(p, id);
    photos.set(id, { id, album: ids.get('/' + segs[0]) as string, name: segs[1], bytes: files[p] });
  }
  const d: FacebookDouble = {
    url: '', graph: '', clientId: '1234567890', clientSecret: 'double-app-secret', albums, photos,
    idOf: (p) => String(ids.get(p.replace(/\/+$/, '')) || ''),
    fault: null, deny: false, hideLength: null, calls: [], authorizations: [],
    expireAccessTokens: () => st.o.expire(),
    close: () => closeAll(server),
  };
  const st: State = { d, o: new OAuthTokens(d, FACEBOOK_TOKENS) };
  const server = http.createServer((req, res) => {
    const u = new URL(req.url || '/', d.url || 'http://x');
    d.calls.push(`${req.method} ${u.pathname}`);
    if (u.pathname.indexOf('/cdn/') === 0) return cdnRoute(st, req, res, u);
    if (u.pathname === V + '/dialog/oauth' || u.pathname === V + '/oauth/access_token') return void oauthRoute(st, req, res, u).catch(() => json(res, 500, { error: 'double failed' }));
    graphRoute(st, req, res, u);
  });
  d.url = await listen(server);
  d.graph = d.url + V;
  return d;
}
