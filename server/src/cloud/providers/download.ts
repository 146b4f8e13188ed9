/**
 * The one home of "fetch bytes from a provider's host other than its API, and follow its redirects safely": Box's
 * and OneDrive's download redirects, GitHub's raw content host, Facebook's, Instagram's and Flickr's CDN. Every hop:
 *
 * - goes only where the provider may send us (`allowed`, e.g. Box's download host, a CDN's domain);
 * - is https, unless it is on an origin configured for the provider (its API or content URL: an on-premises or
 *   loopback test endpoint named by the administrator);
 * - connects only to public addresses unless the host is in `cloud.allowHosts` (../netGuard.ts, checked at connect
 *   time: no second resolution);
 * - is fetched WITHOUT the bearer token (a download URL carries its own authorisation; the token stays with the API);
 * - and at most MAX_REDIRECTS redirects are followed.
 *
 * The time limit is on silence (no answer, or no byte of the body for `timeoutMs`), never on a whole transfer.
 */
import * as http from 'http';
import * as https from 'https';
import { Readable } from 'stream';
import type { ReadableStream as WebReadableStream } from 'stream/web';
import { CloudError } from '../errors';
import { guardedAgent } from '../netGuard';
import type { FileRead, ProviderEnv } from '../provider';
import { networkError } from './netErrors';

/** Redirects followed from the first download URL at most. */
export const MAX_REDIRECTS = 5;

export interface DownloadHost {
  /** the cloud name (errors, the net guard) */
  provider: string;
  /** the provider's name as people know it, for messages ("Box") */
  label: string;
  /** whether this provider may send us to `url` (every hop) */
  allowed(url: URL): boolean;
  /** the provider's configured URLs (API, content host): plain http is followed only to their origins */
  configured: string[];
  env: ProviderEnv;
}

/** A download host's refusal: the link refused (401/403), gone (404/410), or any other answer. */
function hostFailure(h: DownloadHost, status: number, what: string): CloudError {
  if (status === 401 || status === 403) return new CloudError('forbidden', h.provider, `${what}: the ${h.label} download link was refused (${status})`);
  if (status === 404 || status === 410) return new CloudError('notfound', h.provider, `${what}: the ${h.label} download link led nowhere (${status})`);
  return new CloudError('upstream', h.provider, `${what}: the ${h.label} download host answered ${status}`);
}

const originOf = (url: string): string => {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
};

/** Throws unless `u` may be fetched for `h` (before any connection). */
function checkHop(h: DownloadHost, u: URL, what: string): void {
  if (!h.allowed(u)) throw new CloudError('upstream', h.provider, `${what}: ${h.label} sent the download to an unexpected place (${u.origin})`);
  if (u.protocol !== 'https:' && h.configured.map(originOf).indexOf(u.origin) < 0) {
    throw new CloudError('refused', h.provider, `${what}: ${h.label} sent the download to a URL that is not https (${u.origin}); only https download links are followed`);
  }
}

/** One request, no redirect followed; a refused address named with the provider and the link's host. */
function requestOnce(h: DownloadHost, u: URL, what: string, method: string, headers: Record<string, string>): Promise<http.IncomingMessage> {
  const secure = u.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request(u, { method, headers, agent: guardedAgent(h.provider, secure, h.env.net), timeout: h.env.timeoutMs }, resolve);
    req.on('timeout', () => req.destroy(new CloudError('timeout', h.provider, `${what}: ${h.label}'s download host did not answer in time`)));
    req.on('error', (e) => {
      if (e instanceof CloudError && e.kind === 'refused') {
        return reject(new CloudError('refused', h.provider, `${what}: ${h.label} sent the download to ${JSON.stringify(u.hostname)}, a private, loopback or reserved address (the server follows download links to public hosts only unless \`cloud.allowHosts\` names the host)`));
      }
      reject(networkError(h.provider, e));
    });
    req.end();
  });
}

/**
 * GETs (or HEADs) `url` with the checks above, following redirects, each checked again, up to MAX_REDIRECTS in all
 * (`followed`: those already followed to reach `url`).
 */
export async function guardedGet(h: DownloadHost, url: string, what: string, method = 'GET', headers: Record<string, string> = {}, followed = 0): Promise<FileRead> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new CloudError('upstream', h.provider, `${what}: ${h.label} gave a malformed download URL`);
  }
  for (let hop = followed; ; hop++) {
    checkHop(h, u, what);
    const res = await requestOnce(h, u, what, method, headers);
    const status = res.statusCode || 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && status !== 304 && location) {
      res.resume();
      if (hop >= MAX_REDIRECTS) throw new CloudError('upstream', h.provider, `${what}: ${h.label}'s download was redirected more than ${MAX_REDIRECTS} times`);
      u = nextHop(h, u, location, what);
      continue;
    }
    if (status !== 200) {
      res.resume();
      throw hostFailure(h, status, what);
    }
    const len = Number(res.headers['content-length']);
    return { body: res, size: res.headers['content-length'] !== undefined && Number.isFinite(len) ? len : undefined };
  }
}

function nextHop(h: DownloadHost, from: URL, location: string, what: string): URL {
  try {
    return new URL(location, from);
  } catch {
    throw new CloudError('upstream', h.provider, `${what}: ${h.label} redirected the download to a malformed URL`);
  }
}

/**
 * The bytes behind an API answer `res` (fetched with `redirect: 'manual'`): its own body when it is a 2xx with the
 * content, else the 3xx's `Location` through guardedGet. `size` is the file's size as the API told it.
 */
export async function downloadOf(h: DownloadHost, res: Response, what: string, size: number | undefined): Promise<FileRead> {
  if (res.status >= 300 && res.status < 400) {
    await res.arrayBuffer().catch(() => undefined);
    const location = res.headers.get('location');
    if (!location) throw new CloudError('upstream', h.provider, `${what}: ${h.label} sent the download to an unexpected place (no Location)`);
    const to = nextHop(h, new URL(res.url || h.configured[0]), location, what);
    const got = await guardedGet(h, to.href, what, 'GET', {}, 1);
    return { body: got.body, size: size !== undefined ? size : got.size };
  }
  if (!res.body) throw new CloudError('upstream', h.provider, `${what}: ${h.label} sent no content`);
  return { body: Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>), size };
}
