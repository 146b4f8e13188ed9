/**
 * Instagram (the Instagram API with Instagram Login, scope `instagram_business_basic`: professional accounts only),
 * over Instagram's Graph API: one flat folder of the user's media (`/me/media`, Graph's cursor paging), a carousel
 * album a folder of its items (`/<id>/children`); an image or a video's bytes are its `media_url`, a URL on
 * Instagram's CDN, fetched only from the configured content host (or one of its subdomains) and through the net guard.
 * The code's short-lived token (an hour) is exchanged at once for a long-lived one (60 days), renewed by calls that
 * find it a day old (./instagramRenew.ts); Instagram gives no refresh token: an expired or revoked token (Graph
 * error 190) means signing in again.
 *
 * Paths: `/` the media, `/<media-id>` an image or video, `/<carousel-id>/` a carousel, `/<carousel-id>/<child-id>`
 * one of its items (Graph ids).
 */
import type { OAuthAppConfig } from '../config';
import { CloudError } from '../errors';
import { FOLDER_MIMETYPE } from '../paths';
import { Connection, Credentials, Entry, FileInfo, PAGE_SIZE, Provider, ProviderEnv } from '../provider';
import { bearerCaller } from './bearer';
import { Cdn, cdnRead, cdnSize } from './cdn';
import { oauthSignin } from './oauthSignin';
import { longLivedCreds, renewedIfOld } from './instagramRenew';
import { graphFailure } from './graphErrors';

const NAME = 'instagram';
const CDN: Cdn = { name: NAME, label: 'Instagram' };
export const INSTAGRAM_SCOPE = 'instagram_business_basic';
const FIELDS = 'id,caption,media_type,media_url,thumbnail_url,timestamp';
const CHILD_FIELDS = 'id,media_type,media_url,thumbnail_url,timestamp';

interface Media {
  id: string;
  caption?: string;
  media_type?: string;
  media_url?: string;
  thumbnail_url?: string;
  timestamp?: string;
}
interface GraphPage {
  data?: Media[];
  paging?: { cursors?: { after?: string }; next?: string };
}

const isAlbum = (m: Media): boolean => m.media_type === 'CAROUSEL_ALBUM';
const isVideo = (m: Media): boolean => m.media_type === 'VIDEO';

/** The Graph ids a path names: none (the media), a media item (or carousel), or a carousel and one of its items. */
function idsOf(path: string): string[] {
  const segs = path.split('/').filter(Boolean);
  if (segs.length > 2 || segs.some((s) => !/^[0-9A-Za-z_]{1,100}$/.test(s))) {
    throw new CloudError('badrequest', NAME, `path: expected "/", "/<media-id>", "/<carousel-id>/" or "/<carousel-id>/<media-id>", got ${JSON.stringify(path.slice(0, 100))}`);
  }
  return segs;
}

/** A media item's file name: its caption when that reads as a file name of its kind, else `<id>.jpg` (`.mp4`). */
function fileName(m: Media): string {
  const c = (m.caption || '').trim();
  const kind = isVideo(m) ? /^[^/\\\n]+\.(mp4|mov)$/i : /^[^/\\\n]+\.(jpe?g|png|gif|webp)$/i;
  return c.length <= 100 && kind.test(c) ? c : m.id + (isVideo(m) ? '.mp4' : '.jpg');
}

/** The type its name tells, else JPEG for an image (Instagram serves its images so) and MP4 for a video. */
function typeOf(name: string, m: Media): string {
  const ext = (/\.([a-z0-9]+)$/i.exec(name) || ['', ''])[1].toLowerCase();
  if (isVideo(m)) return ext === 'mov' ? 'video/quicktime' : 'video/mp4';
  return ext === 'png' || ext === 'gif' || ext === 'webp' ? 'image/' + ext : 'image/jpeg';
}

const failure = graphFailure({ name: NAME, label: 'Instagram', things: 'media', permission: INSTAGRAM_SCOPE });

/** A listed item: no size (Graph tells none; a HEAD per item would cost a request per item listed: stat learns it). */
function entryOf(m: Media, path: string): Entry {
  if (isAlbum(m)) return { name: (m.caption || '').trim().split('\n')[0].slice(0, 100) || m.id, path: path + '/', folder: true, mimetype: FOLDER_MIMETYPE, size: 0 };
  const name = fileName(m);
  const thumb = isVideo(m) ? m.thumbnail_url : m.media_url;
  return { name, path, folder: false, mimetype: typeOf(name, m), modified: m.timestamp ? new Date(m.timestamp) : undefined, thumbnail: thumb || null };
}

/** `signedIn`: the credentials of the sign-in; `creds`: those to call with (renewed when they were old). */
function connection(app: Required<OAuthAppConfig>, creds: Credentials, env: ProviderEnv, signedIn: Credentials): Connection {
  const bearer = bearerCaller(NAME, app, creds, env, failure);
  const { call } = bearer;
  const refreshed = (): Credentials | null => bearer.refreshed() || (creds !== signedIn ? creds : null);
  const get = async <T>(path: string, q: Record<string, string>, what: string): Promise<T> => (await (await call(`${app.apiUrl}${path}?${new URLSearchParams(q).toString()}`, {}, what)).json()) as T;
  const media = async (path: string): Promise<Media> => {
    const ids = idsOf(path);
    if (!ids.length || path.slice(-1) === '/') throw new CloudError('badrequest', NAME, `path: ${path} is a folder, not a file`);
    const m = await get<Media>('/' + ids[ids.length - 1], { fields: FIELDS }, path);
    if (isAlbum(m)) throw new CloudError('badrequest', NAME, `path: ${path} is a carousel album (open it as a folder "${path}/")`);
    return m;
  };
  const stat = async (path: string): Promise<FileInfo> => {
    const m = await media(path);
    const name = fileName(m);
    // the size is a HEAD of the media_url: one per file picked, none per file listed
    const size = m.media_url ? await cdnSize(CDN, m.media_url, app.contentUrl, env, path) : undefined;
    return { name, path, mimetype: typeOf(name, m), size };
  };
  return {
    list: async (path, next) => {
      const ids = idsOf(path);
      if (ids.length > 1 || (ids.length === 1 && path.slice(-1) !== '/')) throw new CloudError('badrequest', NAME, `path: ${path} is a file, not a folder`);
      let page: GraphPage;
      if (!ids.length) {
        const q: Record<string, string> = { fields: FIELDS, limit: String(Math.min(PAGE_SIZE, 100)) };
        if (next !== null) q.after = next;
        page = await get<GraphPage>('/me/media', q, path);
      } else {
        // a carousel holds at most a few items: one call, no paging
        page = { data: (await get<GraphPage>(`/${ids[0]}/children`, { fields: CHILD_FIELDS }, path)).data };
      }
      const items = (page.data || []).filter((m) => m && typeof m.id === 'string');
      const prefix = ids.length ? `/${ids[0]}/` : '/';
      const entries = items.map((m) => entryOf(m, prefix + m.id));
      entries.sort((a, b) => (a.folder !== b.folder ? (a.folder ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const after = page.paging && page.paging.next && page.paging.cursors ? page.paging.cursors.after : undefined;
      return { entries, next: after || null };
    },
    stat,
    read: async (path) => {
      const m = await media(path);
      if (!m.media_url) throw new CloudError('notfound', NAME, `${path}: Instagram gives no media URL for this item (it may hold copyrighted music)`);
      return cdnRead(CDN, m.media_url, app.contentUrl, env, path);
    },
    // a video's thumbnail_url, a picture's media_url (Instagram has no smaller rendition), from the CDN through the guard
    thumbnail: async (path) => {
      const m = await media(path);
      const url = isVideo(m) ? m.thumbnail_url : m.media_url;
      if (!url) throw new CloudError('notfound', NAME, `${path}: Instagram gives no picture for this item`);
      const got = await cdnRead(CDN, url, app.contentUrl, env, path);
      return { body: got.body, contentType: 'application/octet-stream', size: got.size };
    },
    close: () => undefined,
    refreshed,
  };
}

/**
 * The long-lived token (`GET <api>/access_token?grant_type=ig_exchange_token`, server-side with the app secret) for
 * the short-lived one the code gave; the short-lived one kept when Instagram will not exchange it (it works for its hour).
 */
async function longLived(app: Required<OAuthAppConfig>, short: Credentials, timeoutMs: number): Promise<Credentials> {
  const q = new URLSearchParams({ grant_type: 'ig_exchange_token', client_secret: app.clientSecret, access_token: String(short.access) });
  try {
    const res = await fetch(`${app.apiUrl}/access_token?${q.toString()}`, { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await res.json().catch(() => ({}))) as { access_token?: unknown; expires_in?: unknown };
    if (res.ok && typeof body.access_token === 'string') return longLivedCreds(body);
  } catch {
    // a network failure here leaves the short-lived token, as a refusal does
  }
  return short;
}

export function instagramProvider(app: Required<OAuthAppConfig>): Provider {
  const signin = oauthSignin(NAME, app, { scope: INSTAGRAM_SCOPE });
  const flow = signin.oauth as NonNullable<Provider['oauth']>;
  const oauth = { ...flow, exchange: async (code: string, redirectUri: string, timeoutMs: number) => longLived(app, await flow.exchange(code, redirectUri, timeoutMs), timeoutMs) };
  return { ...signin, oauth, connect: async (creds, env) => connection(app, await renewedIfOld(app, creds, env), env, creds) };
}
