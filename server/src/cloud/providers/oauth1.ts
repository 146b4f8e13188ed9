/**
 * OAuth 1.0a (RFC 5849) for providers that speak only it (Flickr): every call HMAC-SHA1-signed with the app's
 * secret and the token's, by the `oauth-1.0a` package (its signature base string and parameter encoding) over
 * Node's HMAC; the signed parameters ride in the query string, as Flickr documents. Also the two token endpoints
 * (request token, access token), whose answers are form-encoded.
 */
import { createHmac } from 'crypto';
import OAuth from 'oauth-1.0a';
import { CloudError } from '../errors';
import { networkError } from './netErrors';
import { timedFetch } from './timedFetch';

/** An app's key and secret at the provider, and the name and label of the provider for errors. */
export interface OAuth1App {
  name: string;
  label: string;
  key: string;
  secret: string;
}

/** A token (request or access) and its secret. */
export interface OAuth1Token {
  key: string;
  secret: string;
}

export interface OAuth1Signer {
  /** `url` with `params` and the signed OAuth parameters in its query (GET) */
  signedUrl(url: string, params: Record<string, string>, token?: OAuth1Token): string;
}

export function oauth1Signer(app: OAuth1App): OAuth1Signer {
  const oauth = new OAuth({
    consumer: { key: app.key, secret: app.secret },
    signature_method: 'HMAC-SHA1',
    hash_function: (base, key) => createHmac('sha1', key).update(base).digest('base64'),
  });
  return {
    signedUrl: (url, params, token) => {
      const signed = oauth.authorize({ url, method: 'GET', data: params }, token);
      const q = new URLSearchParams(params);
      for (const k of Object.keys(signed).sort()) q.set(k, String((signed as unknown as Record<string, string>)[k]));
      return url + '?' + q.toString();
    },
  };
}

/**
 * A call to a token endpoint (`what`: 'request token', 'access token'): the form-encoded answer, which must hold
 * `oauth_token` and `oauth_token_secret`. A refusal (401, `oauth_problem=…`) is a 401 `signin` naming the problem.
 */
export async function tokenCall(app: OAuth1App, signer: OAuth1Signer, url: string, params: Record<string, string>, token: OAuth1Token | undefined, timeoutMs: number, what: string): Promise<URLSearchParams> {
  let res: Response;
  let text: string;
  try {
    res = await timedFetch(signer.signedUrl(url, params, token), {}, timeoutMs);
    text = await res.text();
  } catch (e) {
    throw networkError(app.name, e);
  }
  const answer = new URLSearchParams(text.slice(0, 8192));
  if (res.status === 429) throw new CloudError('ratelimit', app.name, `${app.label} limits sign-ins; try again later`);
  if (res.status >= 500) throw new CloudError('upstream', app.name, `${app.label}'s ${what} endpoint answered ${res.status}`);
  if (!res.ok || !answer.get('oauth_token') || !answer.get('oauth_token_secret')) {
    const problem = (answer.get('oauth_problem') || 'HTTP ' + res.status).slice(0, 100);
    throw new CloudError('signin', app.name, `${app.label} refused the ${what} (${problem}): sign in again`);
  }
  return answer;
}
