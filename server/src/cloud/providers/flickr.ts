/**
 * Flickr (OAuth 1.0a, `perms=read`), over its REST API (./flickrApi.ts): the top folder lists a folder "All photos"
 * (the user's whole photostream, `flickr.people.getPhotos` with `user_id=me`: what a Flickr user sees first, and the
 * only way to reach photos in no album) and then the user's albums (`flickr.photosets.getList`); an album lists its
 * photos (`flickr.photosets.getPhotos`); all of them page with Flickr's `page`/`pages`. Photos only (`media=photos`).
 * A photo's bytes are its largest size (`flickr.photos.getSizes`: the Original when the account lets the app have it,
 * else the largest rendition), a URL on Flickr's static hosts, fetched only from the configured content host (or one
 * of its subdomains) and through the net guard. Listings give no sizes (Flickr tells none; a file's `stat`, when it
 * is picked, HEADs the size read); its thumbnails are the 150 px square (`url_q`, and `thumbnail` through getSizes). Flickr's tokens do not expire: a revoked one
 * (error 98) means signing in again.
 *
 * Paths: `/` the top, `/all/` all photos, `/<album-id>/` an album, `/all/<photo-id>` or `/<album-id>/<photo-id>` a photo.
 */
import { lookup } from 'mime-types';
import type { OAuthAppConfig } from '../config';
import { CloudError } from '../errors';
import { FOLDER_MIMETYPE } from '../paths';
import { Connection, Credentials, Entry, FileInfo, PAGE_SIZE, Provider, ProviderEnv } from '../provider';
import { Cdn, cdnRead, cdnSize } from './cdn';
import { FLICKR, FlickrCaller, flickrCaller } from './flickrApi';
import { oauth1Signin } from './oauth1Signin';

const CDN: Cdn = FLICKR;
const NAME = FLICKR.name;
export const FLICKR_PERMS = 'read';
export const ALL_PHOTOS = 'All photos';
const PER_PAGE = String(Math.min(PAGE_SIZE, 500));
/** the listing's size extras, largest first */
const SIZE_EXTRAS = ['url_o', 'url_k', 'url_h', 'url_l', 'url_c', 'url_z', 'url_m'];
/** the sizes a thumbnail is read from, by preference (`url_q`, `url_sq`, `url_t`) */
const THUMB_LABELS = ['Large Square', 'Square', 'Thumbnail'];
const EXTRAS = ['date_upload', 'original_format', 'url_q', 'url_s'].concat(SIZE_EXTRAS).join(',');

type Listed = { id: string; title?: string; dateupload?: string } & Record<string, unknown>;
interface Paged {
  page?: number | string;
  pages?: number | string;
}
interface Size {
  label?: string;
  width?: number | string;
  height?: number | string;
  source?: string;
  media?: string;
}

/** The ids a path names: none (the top), `all` or an album, or those and a photo. */
function idsOf(path: string): string[] {
  const segs = path.split('/').filter(Boolean);
  const ok = segs.length <= 2 && segs.every((s, i) => /^\d{1,30}$/.test(s) || (i === 0 && s === 'all'));
  if (!ok) throw new CloudError('badrequest', NAME, `path: expected "/", "/all/", "/<album-id>/" or "/<album-id>/<photo-id>", got ${JSON.stringify(path.slice(0, 100))}`);
  return segs;
}

/** A photo's file name: its title (else its id) with the extension of the file served (`.jpg` when none). */
function fileName(id: string, title: unknown, source: string | undefined): string {
  const ext = (/\.([a-z0-9]{1,5})(?:[?#]|$)/i.exec(source || '') || ['', 'jpg'])[1].toLowerCase();
  const t = (typeof title === 'string' ? title : '').replace(/[/\\\r\n\t]+/g, ' ').trim().slice(0, 100) || id;
  return t.toLowerCase().slice(-ext.length - 1) === '.' + ext ? t : t + '.' + ext;
}

const typeOf = (name: string): string => {
  const t = lookup(name);
  return t && t.indexOf('image/') === 0 ? t : 'image/jpeg';
};

/** The URL of the largest size the listing's extras name. */
const largestListed = (p: Listed): string | undefined => SIZE_EXTRAS.map((k) => p[k]).filter((u): u is string => typeof u === 'string')[0];

/** The size a photo's bytes are read from: the Original, else the largest by area. */
function largestSize(sizes: Size[]): Size | undefined {
  const photos = sizes.filter((s) => s && typeof s.source === 'string' && (!s.media || s.media === 'photo'));
  const original = photos.filter((s) => s.label === 'Original')[0];
  const area = (s: Size): number => (Number(s.width) || 0) * (Number(s.height) || 0);
  return original || photos.sort((a, b) => area(b) - area(a))[0];
}

/** The thumbnail's size: Large Square (150 px), Square (75 px) or Thumbnail (100 px), else the smallest by area. */
function smallestSize(sizes: Size[]): Size | undefined {
  const photos = sizes.filter((s) => s && typeof s.source === 'string' && (!s.media || s.media === 'photo'));
  for (const label of THUMB_LABELS) {
    const found = photos.filter((s) => s.label === label)[0];
    if (found) return found;
  }
  const area = (s: Size): number => (Number(s.width) || 0) * (Number(s.height) || 0);
  return photos.sort((a, b) => area(a) - area(b))[0];
}

const nextOf = (p: Paged): string | null => (Number(p.page) < Number(p.pages) ? String(Number(p.page) + 1) : null);

function pageNumber(next: string | null): string {
  if (next === null) return '1';
  if (!/^\d{1,6}$/.test(next) || Number(next) < 2) throw new CloudError('badrequest', NAME, `next: expected the \`next\` of the previous page, got ${JSON.stringify(next.slice(0, 40))}`);
  return next;
}

const byName = (a: Entry, b: Entry): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const folder = (name: string, path: string): Entry => ({ name, path, folder: true, mimetype: FOLDER_MIMETYPE, size: 0 });

async function listTop(api: FlickrCaller, next: string | null): Promise<{ entries: Entry[]; next: string | null }> {
  const page = pageNumber(next);
  const r = await api.rest<{ photosets?: Paged & { photoset?: Array<{ id: string; title?: { _content?: string } }> } }>('flickr.photosets.getList', { page, per_page: PER_PAGE }, '/');
  const sets = r.photosets || {};
  const albums = (sets.photoset || []).filter((s) => s && /^\d{1,30}$/.test(String(s.id))).map((s) => folder((s.title && s.title._content) || String(s.id), `/${s.id}/`));
  albums.sort(byName);
  return { entries: (page === '1' ? [folder(ALL_PHOTOS, '/all/')] : []).concat(albums), next: nextOf(sets) };
}

function connection(app: Required<OAuthAppConfig>, creds: Credentials, env: ProviderEnv): Connection {
  const api = flickrCaller(app, creds, env);
  const photoId = (path: string): string => {
    const ids = idsOf(path);
    if (ids.length !== 2 || path.slice(-1) === '/') throw new CloudError('badrequest', NAME, `path: ${path} is a folder, not a photo`);
    return ids[1];
  };
  const largest = async (path: string): Promise<Size> => {
    const r = await api.rest<{ sizes?: { size?: Size[] } }>('flickr.photos.getSizes', { photo_id: photoId(path) }, path);
    const best = largestSize((r.sizes && r.sizes.size) || []);
    if (!best) throw new CloudError('notfound', NAME, `${path}: Flickr gives no photo size for this item`);
    return best;
  };
  const stat = async (path: string): Promise<FileInfo> => {
    const info = await api.rest<{ photo?: { title?: { _content?: string } } }>('flickr.photos.getInfo', { photo_id: photoId(path) }, path);
    const best = await largest(path);
    const name = fileName(photoId(path), info.photo && info.photo.title && info.photo.title._content, best.source);
    // the size (Flickr tells none) is a HEAD of the size read: one per file picked, none per file listed
    return { name, path, mimetype: typeOf(name), size: await cdnSize(CDN, String(best.source), app.contentUrl, env, path) };
  };
  return {
    list: async (path, next) => {
      const ids = idsOf(path);
      if (ids.length > 1 || (ids.length === 1 && path.slice(-1) !== '/')) throw new CloudError('badrequest', NAME, `path: ${path} is a photo, not a folder`);
      if (!ids.length) return listTop(api, next);
      const q = { page: pageNumber(next), per_page: PER_PAGE, extras: EXTRAS, media: 'photos' };
      const r = ids[0] === 'all'
        ? (await api.rest<{ photos?: Paged & { photo?: Listed[] } }>('flickr.people.getPhotos', { ...q, user_id: 'me' }, path)).photos
        : (await api.rest<{ photoset?: Paged & { photo?: Listed[] } }>('flickr.photosets.getPhotos', { ...q, photoset_id: ids[0] }, path)).photoset;
      const photos = ((r && r.photo) || []).filter((p) => p && /^\d{1,30}$/.test(String(p.id)));
      // no size: Flickr tells none, and a HEAD per photo would make a page of 500 photos 500 requests (stat learns it)
      const entries = photos.map((p): Entry => {
        const name = fileName(String(p.id), p.title, largestListed(p));
        const thumb = typeof p.url_q === 'string' ? p.url_q : typeof p.url_s === 'string' ? p.url_s : null;
        const up = Number(p.dateupload);
        return { name, path: `/${ids[0]}/${p.id}`, folder: false, mimetype: typeOf(name), modified: up > 0 ? new Date(up * 1000) : undefined, thumbnail: thumb };
      });
      entries.sort(byName);
      return { entries, next: r ? nextOf(r) : null };
    },
    stat,
    read: async (path) => cdnRead(CDN, String((await largest(path)).source), app.contentUrl, env, path),
    // a small size (the 150 px square, else the 75 px one, else the smallest), from the static host through the guard
    thumbnail: async (path) => {
      const r = await api.rest<{ sizes?: { size?: Size[] } }>('flickr.photos.getSizes', { photo_id: photoId(path) }, path);
      const small = smallestSize((r.sizes && r.sizes.size) || []);
      if (!small) throw new CloudError('notfound', NAME, `${path}: Flickr gives no small size for this item`);
      const got = await cdnRead(CDN, String(small.source), app.contentUrl, env, path);
      return { body: got.body, contentType: 'application/octet-stream', size: got.size };
    },
    close: () => undefined,
  };
}

/** Flickr's request-token endpoint: the access-token URL's sibling (both are Flickr's `/services/oauth/…`). */
export const requestTokenUrlOf = (accessTokenUrl: string): string => accessTokenUrl.replace(/[^/]*$/, 'request_token');

export function flickrProvider(app: Required<OAuthAppConfig>): Provider {
  const urls = { requestTokenUrl: requestTokenUrlOf(app.tokenUrl), authorizeUrl: app.authorizeUrl, accessTokenUrl: app.tokenUrl };
  const signin = oauth1Signin({ ...FLICKR, key: app.clientId, secret: app.clientSecret }, urls, { perms: FLICKR_PERMS });
  return { ...signin, connect: async (creds, env) => connection(app, creds, env) };
}
