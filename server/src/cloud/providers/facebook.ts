/**
 * Facebook photos (Facebook Login, scope `user_photos`), over the Graph API: the top folder lists the user's albums
 * (`/me/albums`), an album its photos (`/<album-id>/photos`), both with Graph's cursor paging; a photo's bytes are its
 * largest `images[]` rendition, a URL on Facebook's CDN, fetched only from the configured content host (or one of its
 * subdomains) and through the net guard. Facebook gives no refresh token: an expired or revoked token (Graph error
 * 190) means signing in again.
 *
 * Paths: `/` the albums, `/<album-id>/` an album, `/<album-id>/<photo-id>` a photo (Graph ids).
 */
import type { OAuthAppConfig } from '../config';
import { CloudError } from '../errors';
import { FOLDER_MIMETYPE } from '../paths';
import { Connection, Credentials, Entry, FileInfo, PAGE_SIZE, Provider, ProviderEnv } from '../provider';
import { bearerCaller } from './bearer';
import { Cdn, cdnRead, cdnSize } from './cdn';
import { oauthSignin } from './oauthSignin';
import { graphFailure } from './graphErrors';

const NAME = 'facebook';
const CDN: Cdn = { name: NAME, label: 'Facebook' };
export const FACEBOOK_SCOPE = 'user_photos';
const PHOTO_FIELDS = 'id,name,images,created_time';

interface Image {
  source: string;
  width: number;
  height: number;
}
interface Photo {
  id: string;
  name?: string;
  images?: Image[];
  created_time?: string;
}
interface GraphPage<T> {
  data?: T[];
  paging?: { cursors?: { after?: string }; next?: string };
}

/** The Graph ids a path names: none (the albums), an album, or an album and a photo. */
function idsOf(path: string): string[] {
  const segs = path.split('/').filter(Boolean);
  if (segs.length > 2 || segs.some((s) => !/^[0-9A-Za-z_]{1,100}$/.test(s))) {
    throw new CloudError('badrequest', NAME, `path: expected "/", "/<album-id>/" or "/<album-id>/<photo-id>", got ${JSON.stringify(path.slice(0, 100))}`);
  }
  return segs;
}

/** A photo's file name: its name when that reads as an image file name, else `<id>.jpg`. */
function fileName(p: Photo): string {
  return p.name && p.name.length <= 100 && /^[^/\\\n]+\.(jpe?g|png|gif|webp)$/i.test(p.name) ? p.name : p.id + '.jpg';
}

/** The type its name tells (`.png`, `.gif`, `.webp`), else JPEG, which Facebook serves its photos as. */
function typeOf(name: string): string {
  const ext = (/\.([a-z]+)$/i.exec(name) || ['', ''])[1].toLowerCase();
  return ext === 'png' || ext === 'gif' || ext === 'webp' ? 'image/' + ext : 'image/jpeg';
}

const area = (i: Image): number => (Number(i.width) || 0) * (Number(i.height) || 0);
const sortedImages = (p: Photo): Image[] => (p.images || []).filter((i) => i && typeof i.source === 'string').sort((a, b) => area(b) - area(a));

const failure = graphFailure({ name: NAME, label: 'Facebook', things: 'album or photo', permission: 'user_photos' });

function connection(app: Required<OAuthAppConfig>, creds: Credentials, env: ProviderEnv): Connection {
  const { call, refreshed } = bearerCaller(NAME, app, creds, env, failure);
  const get = async <T>(path: string, q: Record<string, string>, what: string): Promise<T> => (await (await call(`${app.apiUrl}${path}?${new URLSearchParams(q).toString()}`, {}, what)).json()) as T;
  const photo = async (path: string): Promise<Photo> => {
    const ids = idsOf(path);
    if (ids.length !== 2) throw new CloudError('badrequest', NAME, `path: ${path} is an album, not a photo`);
    return get<Photo>('/' + ids[1], { fields: PHOTO_FIELDS }, path);
  };
  // the size (Graph tells none) is a HEAD of the largest rendition: one per file picked, none per file listed
  const stat = async (path: string): Promise<FileInfo> => {
    const p = await photo(path);
    const name = fileName(p);
    const best = sortedImages(p)[0];
    const size = best ? await cdnSize(CDN, best.source, app.contentUrl, env, path) : undefined;
    return { name, path, mimetype: typeOf(name), size };
  };
  return {
    list: async (path, next) => {
      const ids = idsOf(path);
      if (ids.length === 2) throw new CloudError('badrequest', NAME, `path: ${path} is a photo, not an album`);
      const q: Record<string, string> = { limit: String(Math.min(PAGE_SIZE, 100)) };
      if (next !== null) q.after = next;
      let entries: Entry[];
      let page: GraphPage<unknown>;
      if (!ids.length) {
        page = await get<GraphPage<{ id: string; name?: string }>>('/me/albums', { ...q, fields: 'id,name,count' }, path);
        entries = ((page.data || []) as Array<{ id: string; name?: string }>).map((a) => ({ name: a.name || a.id, path: `/${a.id}/`, folder: true, mimetype: FOLDER_MIMETYPE, size: 0 }));
      } else {
        page = await get<GraphPage<Photo>>(`/${ids[0]}/photos`, { ...q, fields: PHOTO_FIELDS }, path);
        entries = ((page.data || []) as Photo[]).map((p) => {
          const images = sortedImages(p);
          const name = fileName(p);
          // no size: Graph tells none, and a HEAD per photo would make a page of 100 photos 100 requests (stat learns it)
          return { name, path: `/${ids[0]}/${p.id}`, folder: false, mimetype: typeOf(name), modified: p.created_time ? new Date(p.created_time) : undefined, thumbnail: images.length ? images[images.length - 1].source : null };
        });
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const after = page.paging && page.paging.next && page.paging.cursors ? page.paging.cursors.after : undefined;
      return { entries, next: after || null };
    },
    stat,
    read: async (path) => {
      const p = await photo(path);
      const best = sortedImages(p)[0];
      if (!best) throw new CloudError('notfound', NAME, `${path}: Facebook gives no image for this photo`);
      return cdnRead(CDN, best.source, app.contentUrl, env, path);
    },
    // the smallest rendition, from the CDN through the net guard (no token: the URL carries its own authorisation)
    thumbnail: async (path) => {
      const images = sortedImages(await photo(path));
      const small = images[images.length - 1];
      if (!small) throw new CloudError('notfound', NAME, `${path}: Facebook gives no image for this photo`);
      const got = await cdnRead(CDN, small.source, app.contentUrl, env, path);
      return { body: got.body, contentType: 'application/octet-stream', size: got.size };
    },
    close: () => undefined,
    refreshed,
  };
}

export function facebookProvider(app: Required<OAuthAppConfig>): Provider {
  return { ...oauthSignin(NAME, app, { scope: FACEBOOK_SCOPE }), connect: async (creds, env) => connection(app, creds, env) };
}
