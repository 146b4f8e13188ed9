/**
 * GitHub's REST errors (`{message, documentation_url, errors?: [{code}]}`) as the cloud API's: rate limits are 429, or
 * 403 with `x-ratelimit-remaining: 0` (primary limit, until `x-ratelimit-reset`) or a `retry-after` (secondary limit);
 * a blob the contents API will not serve is 403 with the code `too_large`; a repository the user may not see is 404.
 */
import { CloudError } from '../errors';

export const GITHUB = 'github';

/** Seconds to wait: `retry-after`, else until `x-ratelimit-reset` (epoch seconds), else none. */
function retryAfter(res: Response, now: number): string | undefined {
  const retry = res.headers.get('retry-after');
  if (retry && /^\d+$/.test(retry)) return retry;
  const reset = res.headers.get('x-ratelimit-reset');
  if (reset && /^\d+$/.test(reset)) return String(Math.max(0, Number(reset) - Math.floor(now / 1000)));
  return undefined;
}

export async function githubFailure(res: Response, what: string): Promise<CloudError> {
  const text = await res.text().catch(() => '');
  const limited = res.status === 429 || (res.status === 403 && (res.headers.get('x-ratelimit-remaining') === '0' || res.headers.get('retry-after') !== null));
  if (limited) {
    const wait = retryAfter(res, Date.now());
    return new CloudError('ratelimit', GITHUB, 'GitHub limits requests; try again later', wait === undefined ? undefined : { 'Retry-After': wait });
  }
  if (res.status === 401) return new CloudError('signin', GITHUB, 'the sign-in is no longer valid (the token was revoked): sign in again');
  if (res.status === 403 && /"too_large"/.test(text)) return new CloudError('toolarge', GITHUB, `${what}: too large for GitHub's contents API`);
  if (res.status === 403) return new CloudError('forbidden', GITHUB, `${what}: access refused`);
  if (res.status === 404) return new CloudError('notfound', GITHUB, `${what}: no such repository, file or folder (or no access to it)`);
  if (res.status >= 500) return new CloudError('upstream', GITHUB, `${what}: GitHub answered ${res.status}`);
  return new CloudError('badrequest', GITHUB, `${what}: GitHub refused the request (${res.status})`);
}
