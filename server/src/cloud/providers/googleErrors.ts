/**
 * Google APIs' errors (Drive, Gmail: `{error: {code, message, errors: [{reason}]}}`) as the cloud API's: rate limits
 * are 429, or 403 with a rate-limit reason; `label` is the service as messages name it, `missing` what a 404 says.
 */
import { CloudError } from '../errors';

export function googleFailure(name: string, label: string, missing = 'no such file or folder'): (res: Response, what: string) => Promise<CloudError> {
  return async (res, what) => {
    const text = await res.text().catch(() => '');
    const retry = res.headers.get('retry-after');
    const limited = () => new CloudError('ratelimit', name, `${label} limits requests; try again later`, retry && /^\d+$/.test(retry) ? { 'Retry-After': retry } : undefined);
    if (res.status === 401) return new CloudError('signin', name, 'the sign-in is no longer valid: sign in again');
    if (res.status === 429 || (res.status === 403 && /"(userRateLimitExceeded|rateLimitExceeded)"/.test(text))) return limited();
    if (res.status === 403) return new CloudError('forbidden', name, `${what}: access refused`);
    if (res.status === 404) return new CloudError('notfound', name, `${what}: ${missing}`);
    if (res.status >= 500) return new CloudError('upstream', name, `${what}: ${label} answered ${res.status}`);
    return new CloudError('badrequest', name, `${what}: ${label} refused the request (${res.status})`);
  };
}
