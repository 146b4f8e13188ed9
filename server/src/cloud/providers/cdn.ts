/**
 * A provider's content delivery network, for sources whose API gives each file's bytes as a URL on the provider's CDN
 * (Facebook, Instagram): the check that a URL is on the configured content host (or one of its subdomains), the GET
 * (or HEAD) of it through the net guard with no redirects followed, and the sizes of many files by HEAD.
 */
import * as http from 'http';
import * as https from 'https';
import { CloudError } from '../errors';
import { guardedAgent } from '../netGuard';
import type { FileRead, ProviderEnv } from '../provider';
import { networkError } from './netErrors';

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

/** GETs (or HEADs) a CDN URL through the net guard (no redirects followed). */
export function cdnDownload(cdn: Cdn, url: string, env: ProviderEnv, what: string, method = 'GET'): Promise<FileRead> {
  const secure = url.indexOf('https:') === 0;
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request(url, { method, agent: guardedAgent(cdn.name, secure, env.net), timeout: env.timeoutMs }, (res) => {
      const status = res.statusCode || 0;
      if (status !== 200) {
        res.resume();
        return reject(new CloudError(status === 404 || status === 403 ? 'notfound' : 'upstream', cdn.name, `${what}: ${cdn.label}'s content host answered ${status}`));
      }
      const len = Number(res.headers['content-length']);
      resolve({ body: res, size: Number.isFinite(len) && res.headers['content-length'] !== undefined ? len : undefined });
    });
    req.on('timeout', () => req.destroy(new CloudError('timeout', cdn.name, `${what}: ${cdn.label}'s content host did not answer in time`)));
    req.on('error', (e) => reject(e instanceof CloudError ? e : networkError(cdn.name, e)));
    req.end();
  });
}

/** GETs a file's CDN URL, refused unless it is on the configured content host. */
export function cdnRead(cdn: Cdn, url: string, contentUrl: string, env: ProviderEnv, what: string): Promise<FileRead> {
  if (!onContentHost(url, contentUrl)) return Promise.reject(new CloudError('upstream', cdn.name, `${what}: the file is not on ${cdn.label}'s content host (${new URL(contentUrl).host})`));
  return cdnDownload(cdn, url, env, what);
}

/**
 * The byte sizes of files (the provider's API tells none; the dialog checks `maxSize` and empty files before
 * copying): a HEAD of each URL on the content host, a few at a time; 0 when there is none or the CDN does not tell.
 */
export async function cdnSizes(cdn: Cdn, urls: Array<string | undefined>, contentUrl: string, env: ProviderEnv): Promise<number[]> {
  const out: number[] = urls.map(() => 0);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < urls.length) {
      const i = next++;
      const url = urls[i];
      if (!url || !onContentHost(url, contentUrl)) continue;
      const head = await cdnDownload(cdn, url, env, url, 'HEAD').catch(() => null);
      if (head) {
        head.body.resume();
        out[i] = head.size || 0;
      }
    }
  };
  await Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map(worker));
  return out;
}
