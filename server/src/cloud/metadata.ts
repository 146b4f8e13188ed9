/** `POST /cloud/metadata`: what a URL serves (name, type, size), fetched like the store API's `url=` (public hosts only unless allowed). */
import type { Ctx } from '../context';
import type { Fields } from '../http/body';
import { findApp, checkSecurity } from '../security/policy';
import { guardedFetch } from '../security/fetchGuard';
import { CloudError } from './errors';
import { baseName, mimetypeOf } from './paths';

function filenameOf(disposition: unknown, u: URL): string {
  const d = typeof disposition === 'string' ? disposition : '';
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(d);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // a malformed escape: the plain form or the URL's name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(d);
  if (plain) return plain[1].trim();
  let last = baseName(u.pathname);
  try {
    last = decodeURIComponent(last);
  } catch {
    // keep it encoded
  }
  return last === '/' ? u.hostname : last;
}

export async function metadataRoute(ctx: Ctx, fields: Fields): Promise<Record<string, unknown>> {
  const app = findApp(ctx.cfg.apps, fields.apikey !== undefined ? fields.apikey : fields.key);
  checkSecurity(app, fields, { calls: ['pick'] });
  if (typeof fields.url !== 'string' || !fields.url) throw new CloudError('badrequest', undefined, 'url: required (the URL to describe)');
  const got = await guardedFetch('url', fields.url, { allowHosts: ctx.cfg.fetchAllowHosts, lookup: ctx.cfg.fetchLookup }, ctx.cfg.cloud.timeoutMs);
  got.body.destroy();
  if (got.status === 404 || got.status === 410) throw new CloudError('notfound', undefined, `url: the server answered ${got.status}`);
  if (got.status === 429) throw new CloudError('ratelimit', undefined, 'url: the server limits requests; try again later');
  if (got.status >= 400) throw new CloudError(got.status >= 500 ? 'upstream' : 'forbidden', undefined, `url: the server answered ${got.status}`);
  const filename = filenameOf(got.headers['content-disposition'], got.url);
  const type = String(got.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
  const length = Number(got.headers['content-length']);
  return { url: got.url.href, filename, mimetype: type || mimetypeOf(filename), size: Number.isFinite(length) && got.headers['content-length'] !== undefined ? length : null };
}
