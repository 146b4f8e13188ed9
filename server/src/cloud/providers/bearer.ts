/**
 * Calls to an OAuth 2 provider's API with a bearer token: the access token refreshed first when it is about to
 * expire, and once more on a 401; the credentials after a refresh kept for the new sealed token. The time limit is
 * on each answer's headers (a long download is not cut).
 */
import type { OAuthAppConfig } from '../config';
import { CloudError } from '../errors';
import type { Credentials, ProviderEnv } from '../provider';
import { fetchWithin } from './fetchWithin';
import { networkError } from './netErrors';
import { tokenRequest } from './oauthToken';

export interface BearerCaller {
  /** one call; a non-2xx answer rejects with what `failure` makes of it */
  call(url: string, init: RequestInit, what: string): Promise<Response>;
  refreshed(): Credentials | null;
}

export function bearerCaller(name: string, app: Required<OAuthAppConfig>, creds: Credentials, env: ProviderEnv, failure: (res: Response, what: string) => Promise<CloudError>): BearerCaller {
  let current = creds;
  let refreshed: Credentials | null = null;
  const tokens = { provider: name, tokenUrl: app.tokenUrl, clientId: app.clientId, clientSecret: app.clientSecret, timeoutMs: env.timeoutMs };
  const refresh = async (): Promise<void> => {
    if (!current.refresh) throw new CloudError('signin', name, 'the sign-in expired: sign in again');
    current = await tokenRequest(tokens, { grant_type: 'refresh_token', refresh_token: String(current.refresh) }, String(current.refresh));
    refreshed = current;
  };
  const call = async (url: string, init: RequestInit, what: string): Promise<Response> => {
    if (Number(current.exp) && Number(current.exp) < Date.now() + 60000) await refresh();
    for (let attempt = 0; ; attempt++) {
      let res: Response;
      try {
        res = await fetchWithin(url, { ...init, headers: { ...(init.headers as Record<string, string>), Authorization: 'Bearer ' + String(current.access) } }, env.timeoutMs);
      } catch (e) {
        throw networkError(name, e);
      }
      if (res.status === 401 && attempt === 0 && current.refresh) {
        await res.arrayBuffer().catch(() => undefined);
        await refresh();
        continue;
      }
      if (!res.ok) throw await failure(res, what);
      return res;
    }
  };
  return { call, refreshed: () => refreshed };
}
