/**
 * The sign-in half of every OAuth 2 provider: the authorize URL (the provider's own parameters added, e.g. scopes or
 * offline access), the authorization-code exchange at its token endpoint, and the refusal of credential sign-ins.
 */
import type { OAuthAppConfig } from '../config';
import { CloudError } from '../errors';
import type { Provider } from '../provider';
import { tokenRequest } from './oauthToken';

export type OAuthSignin = Pick<Provider, 'name' | 'signin' | 'credentials' | 'oauth'>;

/**
 * `extra`: the provider's own authorize parameters (scope, access type…), added to client_id, code, redirect, state;
 * `tokenParams`: its own parameters of the code exchange (e.g. Microsoft's `scope`).
 */
export function oauthSignin(name: string, app: Required<OAuthAppConfig>, extra: Record<string, string>, tokenParams: Record<string, string> = {}): OAuthSignin {
  return {
    name,
    signin: 'oauth',
    credentials: () => {
      throw new CloudError('badrequest', name, 'signs in with OAuth (open `auth.redirect_url` of /folder/list), not with credentials');
    },
    oauth: {
      authorizeUrl: (state, redirectUri) => {
        const q = new URLSearchParams({ client_id: app.clientId, response_type: 'code', redirect_uri: redirectUri, state, ...extra });
        return app.authorizeUrl + '?' + q.toString();
      },
      exchange: (code, redirectUri, timeoutMs) => tokenRequest({ provider: name, tokenUrl: app.tokenUrl, clientId: app.clientId, clientSecret: app.clientSecret, timeoutMs }, { ...tokenParams, grant_type: 'authorization_code', code, redirect_uri: redirectUri }),
    },
  };
}
