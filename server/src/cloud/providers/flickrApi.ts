/**
 * Calls to Flickr's REST API (`GET <api>?method=flickr.…&format=json&nojsoncallback=1`), each signed with OAuth 1.0a
 * (./oauth1.ts) with the user's access token, and Flickr's errors: it answers HTTP 200 with
 * `{"stat": "fail", "code": N, "message": …}`. 98 (invalid token) = sign in again; 1 and 2 = no such album, photo or
 * user; 99 = a permission missing; 105 = service unavailable; 95–97 and 100 = the app's key or signature refused (a
 * configuration problem); an HTTP 429 = rate limited (with its Retry-After), 5xx = Flickr's failure.
 */
import type { OAuthAppConfig } from '../config';
import { CloudError } from '../errors';
import type { Credentials, ProviderEnv } from '../provider';
import { networkError } from './netErrors';
import { oauth1Signer } from './oauth1';
import { timedFetch } from './timedFetch';

export const FLICKR = { name: 'flickr', label: 'Flickr' };

interface Fail {
  stat?: string;
  code?: number | string;
  message?: string;
}

/** The CloudError of a `stat: fail` answer to the call about `what`. */
export function flickrFailure(body: Fail, what: string): CloudError {
  const code = Number(body.code);
  const said = `${typeof body.message === 'string' ? body.message.slice(0, 200) : 'no message'}, code ${code}`;
  const n = FLICKR.name;
  if (code === 98) return new CloudError('signin', n, `Flickr no longer accepts the sign-in (${said}): sign in again`);
  if (code === 1 || code === 2) return new CloudError('notfound', n, `${what}: no such album or photo at Flickr (${said})`);
  if (code === 99) return new CloudError('forbidden', n, `${what}: Flickr refused access (${said}; the sign-in asks for the read permission)`);
  if (code === 105 || code === 106) return new CloudError('upstream', n, `${what}: Flickr's service is unavailable (${said}); try again later`);
  if (code === 100 || (code >= 95 && code <= 97)) return new CloudError('upstream', n, `${what}: Flickr refused the server's app key or signature (${said}): check FP_CLOUD_FLICKR_CLIENT_ID and _SECRET`);
  return new CloudError('badrequest', n, `${what}: Flickr refused the request (${said})`);
}

export interface FlickrCaller {
  /** one REST method's answer (its `stat: ok` JSON) */
  rest<T>(method: string, params: Record<string, string>, what: string): Promise<T>;
}

export function flickrCaller(app: Required<OAuthAppConfig>, creds: Credentials, env: ProviderEnv): FlickrCaller {
  const signer = oauth1Signer({ ...FLICKR, key: app.clientId, secret: app.clientSecret });
  const token = { key: String(creds.access), secret: String(creds.secret) };
  return {
    rest: async <T>(method: string, params: Record<string, string>, what: string): Promise<T> => {
      const url = signer.signedUrl(app.apiUrl, { ...params, method, format: 'json', nojsoncallback: '1' }, token);
      let res: Response;
      let body: (Fail & T) | null;
      try {
        res = await timedFetch(url, {}, env.timeoutMs);
        body = (await res.json().catch(() => null)) as (Fail & T) | null;
      } catch (e) {
        throw networkError(FLICKR.name, e);
      }
      const retry = res.headers.get('retry-after');
      if (res.status === 429) throw new CloudError('ratelimit', FLICKR.name, 'Flickr limits requests; try again later', retry && /^\d+$/.test(retry) ? { 'Retry-After': retry } : undefined);
      if (res.status >= 500) throw new CloudError('upstream', FLICKR.name, `${what}: Flickr answered ${res.status}`);
      if (!body || typeof body !== 'object') throw new CloudError('upstream', FLICKR.name, `${what}: Flickr answered ${res.status} without JSON`);
      if (body.stat !== 'ok') throw flickrFailure(body, what);
      return body;
    },
  };
}
