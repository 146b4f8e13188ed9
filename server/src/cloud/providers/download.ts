/**
 * Downloads that an OAuth provider's API answers with a redirect to a download host (Box's `dl.boxcloud.com`,
 * OneDrive's pre-authenticated URLs): the `Location` checked against where this provider may send us, then fetched
 * WITHOUT the bearer token (the download URL carries its own authorisation; the token stays with the API host).
 */
import { Readable } from 'stream';
import type { ReadableStream as WebReadableStream } from 'stream/web';
import { CloudError } from '../errors';
import type { FileRead } from '../provider';
import { networkError } from './netErrors';
import { timedFetch } from './timedFetch';

export interface Redirected {
  provider: string;
  /** the provider's name as people know it, for messages ("Box") */
  label: string;
  /** whether the download URL is one this provider may send us to */
  allowed(url: URL): boolean;
  timeoutMs: number;
}

/** A download host's refusal: the link refused (401/403), gone (404/410), or any other answer. */
function hostFailure(r: Redirected, status: number, what: string): CloudError {
  if (status === 401 || status === 403) return new CloudError('forbidden', r.provider, `${what}: the ${r.label} download link was refused (${status})`);
  if (status === 404 || status === 410) return new CloudError('notfound', r.provider, `${what}: the ${r.label} download link led nowhere (${status})`);
  return new CloudError('upstream', r.provider, `${what}: the ${r.label} download host answered ${status}`);
}

/** The bytes behind `res` (a 2xx with the content, or a 3xx to the download host). */
export async function downloadOf(r: Redirected, res: Response, what: string, size: number | undefined): Promise<FileRead> {
  let body = res;
  if (res.status >= 300 && res.status < 400) {
    await res.arrayBuffer().catch(() => undefined);
    const location = res.headers.get('location');
    let to: URL | null = null;
    try {
      to = location ? new URL(location, res.url || undefined) : null;
    } catch {
      to = null;
    }
    if (!to || !r.allowed(to)) throw new CloudError('upstream', r.provider, `${what}: ${r.label} sent the download to an unexpected place (${to ? to.origin : 'no Location'})`);
    try {
      body = await timedFetch(to.href, {}, r.timeoutMs);
    } catch (e) {
      throw networkError(r.provider, e);
    }
    if (!body.ok) {
      await body.arrayBuffer().catch(() => undefined);
      throw hostFailure(r, body.status, what);
    }
  }
  if (!body.body) throw new CloudError('upstream', r.provider, `${what}: ${r.label} sent no content`);
  return { body: Readable.fromWeb(body.body as unknown as WebReadableStream<Uint8Array>), size };
}
