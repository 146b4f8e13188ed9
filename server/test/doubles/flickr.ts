/**
 * A DOUBLE of Flickr's OAuth 1.0a endpoints, REST API and static photo hosts (see README.md here): the documented
 * subset the `flickr` cloud source calls, over loopback, with switches for the failures the tests need. Every call's
 * HMAC-SHA1 signature is checked here with an implementation of RFC 5849 of its own (not the server's library):
 * the base string of the method, the URL and the sorted, percent-encoded parameters, keyed by the app's secret and
 * the token's. Files are given as `{'/Album/photo.png': Buffer, '/loose.jpg': Buffer}`: each image (`.jpg`, `.png`,
 * `.gif`) is a photo titled with its name less the extension, each folder an album (photosets) of those in it; other
 * files are left out (Flickr holds photos). Each photo's Original (`_o.<ext>`) serves the given bytes, its other
 * sizes (`_b.jpg`, `_m.jpg`, `_q.jpg`, `_s.jpg`) a few bytes of their own, except the squares (thumbnails) of a
 * photo whose bytes are a PNG, JPEG or GIF: those serve the photo's own bytes (the double does not scale images).
 *
 * Flickr documents no redirect for a refused authorization; the double's `deny` returns to the callback without a
 * verifier.
 */
import * as http from 'http';
import { createHmac, timingSafeEqual } from 'crypto';
import { closeAll, hex, jsonAs, listen } from './oauthDouble';

export interface FlickrPhoto {
  id: string;
  secret: string;
  title: string;
  format: string;
  album: string | null;
  bytes: Buffer;
}

export interface FlickrDouble {
  url: string;
  /** `<url>/services/oauth/…` and `<url>/services/rest` */
  oauthUrl: string;
  restUrl: string;
  clientId: string;
  clientSecret: string;
  albums: Map<string, string>;
  photos: Map<string, FlickrPhoto>;
  /** the id of an album by `/Album`, or of a photo by `/Album/name` or `/name` */
  idOf(path: string): string;
  /** the account lets the app have the Originals (default true) */
  originals: boolean;
  /** answer the next REST calls with this HTTP status (429, 5xx) or, with status 200, this `stat: fail` code */
  fault: { status: number; code?: number; retryAfter?: string; times: number } | null;
  deny: boolean;
  /** revokes every access token handed out (REST answers code 98) */
  expireAccessTokens(): void;
  /** calls seen, `METHOD path` (REST calls: `GET rest <method>`) */
  calls: string[];
  authorizations: URLSearchParams[];
  /** calls refused for their signature (or key, timestamp, nonce) */
  badSignatures: number;
  close(): Promise<void>;
}

const json = jsonAs('application/json');
const enc = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
const IMAGE = /^(.+)\.(jpe?g|png|gif)$/i;
const SERVER = '65535';
const SIZES: Array<[string, string, number]> = [['Square', 's', 75], ['Large Square', 'q', 150], ['Small', 'm', 240], ['Large', 'b', 1024]];

interface State {
  d: FlickrDouble;
  requests: Map<string, { secret: string; callback: string; verifier: string | null }>;
  access: Map<string, { secret: string; valid: boolean }>;
  nonces: Set<string>;
}

/** Whether the request is signed (HMAC-SHA1) by this app with `tokenSecret` ('' before a token exists), fresh and not replayed. */
function signed(st: State, req: http.IncomingMessage, u: URL, tokenSecret: string): boolean {
  const q = u.searchParams;
  const given = String(q.get('oauth_signature'));
  const params = Array.from(q.entries()).filter(([k]) => k !== 'oauth_signature').map(([k, v]) => [enc(k), enc(v)]);
  params.sort((a, b) => (a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const base = [String(req.method), enc(u.origin + u.pathname), enc(params.map(([k, v]) => k + '=' + v).join('&'))].join('&');
  const want = createHmac('sha1', enc(st.d.clientSecret) + '&' + enc(tokenSecret)).update(base).digest();
  const got = Buffer.from(given, 'base64');
  const fresh = Math.abs(Number(q.get('oauth_timestamp')) - Date.now() / 1000) < 300;
  const nonce = String(q.get('oauth_nonce'));
  const ok = q.get('oauth_consumer_key') === st.d.clientId && q.get('oauth_signature_method') === 'HMAC-SHA1' && fresh && !st.nonces.has(nonce) && got.length === want.length && timingSafeEqual(got, want);
  if (ok) st.nonces.add(nonce);
  else st.d.badSignatures++;
  return ok;
}

function form(res: http.ServerResponse, status: number, body: Record<string, string>): void {
  res.writeHead(status, { 'Content-Type': 'text/plain;charset=UTF-8' });
  res.end(new URLSearchParams(body).toString());
}

/** `/services/oauth/request_token`, `/authorize`, `/access_token`. */
function oauthRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): void {
  const q = u.searchParams;
  const step = u.pathname.slice('/services/oauth/'.length);
  if (step === 'request_token') {
    if (!signed(st, req, u, '') || !q.get('oauth_callback')) return form(res, 401, { oauth_problem: 'signature_invalid' });
    const token = '7215' + hex(8);
    const secret = hex(8);
    st.requests.set(token, { secret, callback: String(q.get('oauth_callback')), verifier: null });
    return form(res, 200, { oauth_callback_confirmed: 'true', oauth_token: token, oauth_token_secret: secret });
  }
  if (step === 'authorize') {
    st.d.authorizations.push(q);
    const rt = st.requests.get(String(q.get('oauth_token')));
    if (!rt) return form(res, 400, { oauth_problem: 'token_rejected' });
    const back = new URL(rt.callback);
    back.searchParams.set('oauth_token', String(q.get('oauth_token')));
    if (st.d.deny) st.d.deny = false;
    else back.searchParams.set('oauth_verifier', (rt.verifier = hex(8)));
    res.writeHead(302, { Location: back.href });
    return void res.end();
  }
  const rt = st.requests.get(String(q.get('oauth_token')));
  if (step !== 'access_token' || !rt) return form(res, 401, { oauth_problem: 'token_rejected' });
  if (!signed(st, req, u, rt.secret)) return form(res, 401, { oauth_problem: 'signature_invalid' });
  if (!rt.verifier || q.get('oauth_verifier') !== rt.verifier) return form(res, 401, { oauth_problem: 'verifier_invalid' });
  // a request token is good for one access token
  st.requests.delete(String(q.get('oauth_token')));
  const token = '7215' + hex(8) + '-' + hex(8);
  const secret = hex(8);
  st.access.set(token, { secret, valid: true });
  form(res, 200, { fullname: 'Double User', oauth_token: token, oauth_token_secret: secret, user_nsid: '12037949754@N01', username: 'double' });
}

const fail = (res: http.ServerResponse, code: number, message: string): void => json(res, 200, { stat: 'fail', code, message });

function staticUrl(st: State, p: FlickrPhoto, suffix: string): string {
  return `${st.d.url}/static/${SERVER}/${p.id}_${p.secret}_${suffix}.${suffix === 'o' ? p.format : 'jpg'}`;
}

/** A photo as listed, with the extras asked for. */
function listed(st: State, p: FlickrPhoto, extras: string[]): Record<string, unknown> {
  const o: Record<string, unknown> = { id: p.id, owner: '12037949754@N01', secret: p.secret, server: SERVER, farm: 66, title: p.title, ispublic: 1, isfriend: 0, isfamily: 0 };
  if (extras.indexOf('date_upload') >= 0) o.dateupload = '1714557600';
  if (extras.indexOf('original_format') >= 0) o.originalformat = p.format;
  const urls: Record<string, string> = { url_s: 'm', url_q: 'q', url_l: 'b' };
  if (st.d.originals) urls.url_o = 'o';
  for (const k of Object.keys(urls)) if (extras.indexOf(k) >= 0) o[k] = staticUrl(st, p, urls[k]);
  return o;
}

/** Flickr's `page`/`per_page` paging; `pages` at least 1. */
function paged<T>(q: URLSearchParams, all: T[], perPageDefault: number): { page: number; pages: number; perpage: number; total: number; items: T[] } {
  const perpage = Math.min(Number(q.get('per_page')) || perPageDefault, 500);
  const page = Math.max(1, Number(q.get('page')) || 1);
  return { page, pages: Math.max(1, Math.ceil(all.length / perpage)), perpage, total: all.length, items: all.slice((page - 1) * perpage, page * perpage) };
}

/** `GET /services/rest?method=…`: signature, token, format and fault checks, then the method. */
function restRoute(st: State, req: http.IncomingMessage, res: http.ServerResponse, u: URL): void {
  const q = u.searchParams;
  st.d.calls.push(`GET rest ${q.get('method')}`);
  const token = st.access.get(String(q.get('oauth_token')));
  if (q.get('format') !== 'json' || q.get('nojsoncallback') !== '1') return void res.end('<rsp stat="fail"><err code="111" msg="Format not found"/></rsp>');
  if (!token) return fail(res, 98, 'Invalid auth token');
  if (!signed(st, req, u, token.secret)) return fail(res, 96, 'Invalid signature');
  if (!token.valid) return fail(res, 98, 'Invalid auth token');
  const f = st.d.fault && st.d.fault.times > 0 ? st.d.fault : null;
  if (f) {
    f.times--;
    if (f.status !== 200) return json(res, f.status, { stat: 'fail', code: 0, message: 'fault' }, f.retryAfter ? { 'Retry-After': f.retryAfter } : {});
    return fail(res, Number(f.code), 'fault');
  }
  const extras = String(q.get('extras') || '').split(',');
  const photos = Array.from(st.d.photos.values());
  const method = q.get('method');
  if (method === 'flickr.photosets.getList') {
    const p = paged(q, Array.from(st.d.albums.entries()), 500);
    const photoset = p.items.map(([id, title]) => ({ id, secret: 'a1', server: SERVER, farm: 66, photos: photos.filter((x) => x.album === id).length, videos: 0, title: { _content: title }, description: { _content: '' } }));
    return json(res, 200, { photosets: { page: p.page, pages: p.pages, perpage: p.perpage, total: p.total, photoset }, stat: 'ok' });
  }
  if (method === 'flickr.people.getPhotos') {
    if (q.get('user_id') !== 'me') return fail(res, 2, 'Unknown user');
    const p = paged(q, photos, 100);
    return json(res, 200, { photos: { page: p.page, pages: p.pages, perpage: p.perpage, total: p.total, photo: p.items.map((x) => listed(st, x, extras)) }, stat: 'ok' });
  }
  if (method === 'flickr.photosets.getPhotos') {
    const id = String(q.get('photoset_id'));
    if (!st.d.albums.has(id)) return fail(res, 1, 'Photoset not found');
    const p = paged(q, photos.filter((x) => x.album === id), 500);
    // Flickr answers some of these numbers as strings
    return json(res, 200, { photoset: { id, primary: '1', owner: '12037949754@N01', photo: p.items.map((x) => listed(st, x, extras)), page: String(p.page), per_page: String(p.perpage), perpage: String(p.perpage), pages: p.pages, title: st.d.albums.get(id), total: String(p.total) }, stat: 'ok' });
  }
  const photo = st.d.photos.get(String(q.get('photo_id')));
  if ((method === 'flickr.photos.getSizes' || method === 'flickr.photos.getInfo') && !photo) return fail(res, 1, 'Photo not found');
  if (method === 'flickr.photos.getInfo' && photo) {
    return json(res, 200, { photo: { id: photo.id, secret: photo.secret, server: SERVER, farm: 66, dateuploaded: '1714557600', originalformat: photo.format, title: { _content: photo.title }, description: { _content: '' }, media: 'photo' }, stat: 'ok' });
  }
  if (method === 'flickr.photos.getSizes' && photo) {
    const size = SIZES.map(([label, s, w]) => ({ label, width: w, height: Math.round((w * 3) / 4), source: staticUrl(st, photo, s), url: `https://www.flickr.com/photos/double/${photo.id}/sizes/${s}/`, media: 'photo' }));
    if (st.d.originals) size.push({ label: 'Original', width: 2048, height: 1536, source: staticUrl(st, photo, 'o'), url: `https://www.flickr.com/photos/double/${photo.id}/sizes/o/`, media: 'photo' });
    return json(res, 200, { sizes: { canblog: 0, canprint: 0, candownload: st.d.originals ? 1 : 0, size }, stat: 'ok' });
  }
  fail(res, 112, `Method "${method}" not found`);
}

/** PNG, JPEG or GIF by the first bytes. */
const isImage = (b: Buffer): boolean => (b.length > 8 && b.readUInt32BE(0) === 0x89504e47) || (b.length > 3 && b[0] === 0xff && b[1] === 0xd8) || /^GIF8[79]a/.test(b.toString('latin1', 0, 6));

/** The static hosts: `/static/<server>/<id>_<secret>_<suffix>.<ext>` (HEAD too: Node leaves the body out). */
function staticRoute(st: State, res: http.ServerResponse, u: URL): void {
  const m = /^\/static\/\d+\/(\d+)_([0-9a-f]+)_([a-z])\.([a-z]+)$/.exec(u.pathname);
  const p = m ? st.d.photos.get(m[1]) : undefined;
  const original = !!m && m[3] === 'o';
  if (!m || !p || p.secret !== m[2] || (original && (!st.d.originals || m[4] !== p.format))) {
    res.writeHead(404);
    return void res.end();
  }
  // the squares (`_q`, `_s`: thumbnails) are the photo's own bytes when those are an image, as the double does not scale
  const square = (m[3] === 'q' || m[3] === 's') && isImage(p.bytes);
  const body = original || square ? p.bytes : Buffer.from(`size ${m[3]} of ${p.id}`);
  res.writeHead(200, { 'Content-Type': original && p.format !== 'jpg' ? 'image/' + p.format : 'image/jpeg', 'Content-Length': String(body.length) });
  res.end(body);
}

function photosOf(files: Record<string, Buffer>): { albums: Map<string, string>; photos: Map<string, FlickrPhoto>; ids: Map<string, string> } {
  const albums = new Map<string, string>();
  const photos = new Map<string, FlickrPhoto>();
  const ids = new Map<string, string>();
  let n = 50000000000;
  for (const path of Object.keys(files)) {
    const segs = path.split('/').filter(Boolean);
    const m = IMAGE.exec(segs[segs.length - 1]);
    if (!m || segs.length > 2) continue;
    let album: string | null = null;
    if (segs.length === 2) {
      if (!ids.has('/' + segs[0])) {
        ids.set('/' + segs[0], '7215' + String(++n));
        albums.set(ids.get('/' + segs[0]) as string, segs[0]);
      }
      album = ids.get('/' + segs[0]) as string;
    }
    const id = String(++n);
    ids.set(path, id);
    photos.set(id, { id, secret: hex(5), title: m[1], format: m[2].toLowerCase() === 'jpeg' ? 'jpg' : m[2].toLowerCase(), album, bytes: files[path] });
  }
  return { albums, photos, ids };
}

export async function startFlickrDouble(files: Record<string, Buffer>): Promise<FlickrDouble> {
  const { albums, photos, ids } = photosOf(files);
  const d: FlickrDouble = {
    url: '', oauthUrl: '', restUrl: '', clientId: 'double-flickr-key', clientSecret: 'double-flickr-secret', albums, photos,
    idOf: (p) => String(ids.get(p.replace(/\/+$/, '')) || ''),
    originals: true, fault: null, deny: false, calls: [], authorizations: [], badSignatures: 0,
    expireAccessTokens: () => {
      for (const t of st.access.values()) t.valid = false;
    },
    close: () => closeAll(server),
  };
  const st: State = { d, requests: new Map(), access: new Map(), nonces: new Set() };
  const server = http.createServer((req, res) => {
    const u = new URL(req.url || '/', d.url || 'http://x');
    if (u.pathname === '/services/rest') return restRoute(st, req, res, u);
    d.calls.push(`${req.method} ${u.pathname}`);
    if (u.pathname.indexOf('/services/oauth/') === 0) return oauthRoute(st, req, res, u);
    if (u.pathname.indexOf('/static/') === 0) return staticRoute(st, res, u);
    res.writeHead(404);
    res.end();
  });
  d.url = await listen(server);
  d.oauthUrl = d.url + '/services/oauth';
  d.restUrl = d.url + '/services/rest';
  return d;
}
