/**
 * Meta's Graph API errors (Facebook and Instagram): `{error: {message, type, code, error_subcode}}` as the cloud
 * API's. 190/102 = the token is invalid or expired; 4/17/32/613 = rate limits; 10 and 200–299 = a permission missing;
 * 803, or 100 "does not exist" = no such object.
 */
import { CloudError } from '../errors';

export interface GraphSource {
  /** the cloud name */
  name: string;
  /** as people know it, for messages ("Facebook") */
  label: string;
  /** what a missing object is ("album or photo") */
  things: string;
  /** the permission the sign-in asks for */
  permission: string;
}

export function graphFailure(g: GraphSource): (res: Response, what: string) => Promise<CloudError> {
  return async (res, what) => {
    const body = (await res.json().catch(() => ({}))) as { error?: { code?: number; message?: string } };
    const code = body.error && Number(body.error.code);
    const retry = res.headers.get('retry-after');
    if (res.status === 401 || code === 190 || code === 102) return new CloudError('signin', g.name, 'the sign-in is no longer valid (expired or revoked): sign in again');
    if (res.status === 429 || code === 4 || code === 17 || code === 32 || code === 613) {
      return new CloudError('ratelimit', g.name, `${g.label} limits requests; try again later`, retry && /^\d+$/.test(retry) ? { 'Retry-After': retry } : undefined);
    }
    if (res.status === 404 || code === 803 || (code === 100 && /does not exist|nonexisting/i.test(String(body.error && body.error.message)))) return new CloudError('notfound', g.name, `${what}: no such ${g.things}`);
    if (res.status === 403 || code === 10 || (code !== undefined && code >= 200 && code < 300)) return new CloudError('forbidden', g.name, `${what}: access refused (the sign-in needs the ${g.permission} permission)`);
    if (res.status >= 500) return new CloudError('upstream', g.name, `${what}: ${g.label} answered ${res.status}`);
    return new CloudError('badrequest', g.name, `${what}: ${g.label} refused the request (${res.status}${code ? ', code ' + code : ''})`);
  };
}
