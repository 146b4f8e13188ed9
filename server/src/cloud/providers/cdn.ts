/**
 * A provider's content delivery network, for sources whose API gives each file's bytes as a URL on the provider's CDN
 * (Facebook, Instagram, Flickr): the check that a URL is on the configured content host (or one of its subdomains), the GET
 * (or HEAD) of it through the net guard (./download.ts), and one file's size by a HEAD.
 */
import { CloudError } from '../errors';
import type { FileRead, ProviderEnv } from '../provider';
import { DownloadHost, guardedGet } from './download';

/** The CDN of one provider: its cloud name (for errors and the guard) and its name as users know it. */
export interface Cdn {
  name: string;
  label: string;
}

/** Whether `url` is on the configured content host or one of its subdomains (same scheme, and port when one is set). */
export function onContentHost(url: string, contentUrl: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const c = new URL(contentUrl);
  const host = u.hostname.toLowerCase();
  const base = c.hostname.toLowerCase();
  return u.protocol === c.protocol && (host === base || host.slice(-base.length - 1) === '.' + base) && (!c.port || u.port === c.port);
}

/** The download rules of a CDN: every hop on the content host (or a subdomain), through ./download.ts's guarded GET. */
function cdnHost(cdn: Cdn, contentUrl: string, env: ProviderEnv): DownloadHost {
  return { provider: cdn.name, label: cdn.label, allowed: (u) => onContentHost(u.href, contentUrl), configured: [contentUrl], env };
}

/** GETs (or HEADs) a CDN URL through the net guard (redirects followed only on the content host). */
export function cdnDownload(cdn: Cdn, url: string, contentUrl: string, env: ProviderEnv, what: string, method = 'GET'): Promise<FileRead> {
  return guardedGet(cdnHost(cdn, contentUrl, env), url, what, method).catch((e: unknown) => {
    // the CDN's refusal of a URL means the file is gone (Meta's signed URLs expire)
    throw e instanceof CloudError && e.kind === 'forbidden' ? new CloudError('notfound', cdn.name, e.message.slice(cdn.name.length + 2)) : e;
  });
}

/** GETs a file's CDN URL, refused unless it is on the configured content host. */
export function cdnRead(cdn: Cdn, url: string, contentUrl: string, env: ProviderEnv, what: string): Promise<FileRead> {
  if (!onContentHost(url, contentUrl)) return Promise.reject(new CloudError('upstream', cdn.name, `${what}: the file is not on ${cdn.label}'s content host (${new URL(contentUrl).host})`));
  return cdnDownload(cdn, url, contentUrl, env, what);
}

/**
 * The byte size of one file (the provider's API tells none), for its `stat` when it is picked, never for a listing:
 * a HEAD of its URL on the content host; undefined when the CDN does not tell or will not answer a HEAD (then the
 * copy counts the bytes). A file gone (404, a refused signed URL) or a refused address rejects, as its read would.
 */
export async function cdnSize(cdn: Cdn, url: string, contentUrl: string, env: ProviderEnv, what: string): Promise<number | undefined> {
  if (!onContentHost(url, contentUrl)) throw new CloudError('upstream', cdn.name, `${what}: the file is not on ${cdn.label}'s content host (${new URL(contentUrl).host})`);
  const head = await cdnDownload(cdn, url, contentUrl, env, what, 'HEAD').catch((e: unknown) => {
    if (e instanceof CloudError && (e.kind === 'notfound' || e.kind === 'refused')) throw e;
    return null;
  });
  if (!head) return undefined;
  head.body.resume();
  return head.size;
}
