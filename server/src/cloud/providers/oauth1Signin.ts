/**
 * The sign-in half of an OAuth 1.0a provider (Flickr): a request token (its callback the server's, the sign-in's
 * state in its query), the authorize page naming it, and the signed exchange of the verifier the provider sends back
 * for the access token and its secret, which are sealed into the client's token like OAuth 2 tokens. OAuth 1.0a
 * tokens do not expire (until the user revokes the app), so there is no refresh.
 */
import { CloudError } from '../errors';
import type { Credentials } from '../provider';
import type { OAuthSignin } from './oauthSignin';
import { OAuth1App, oauth1Signer, tokenCall } from './oauth1';

export interface OAuth1Endpoints {
  requestTokenUrl: string;
  authorizeUrl: string;
  accessTokenUrl: string;
}

/** `extra`: the provider's own authorize parameters (Flickr's `perms`), added to `oauth_token`. */
export function oauth1Signin(app: OAuth1App, urls: OAuth1Endpoints, extra: Record<string, string>): OAuthSignin {
  const signer = oauth1Signer(app);
  return {
    name: app.name,
    signin: 'oauth',
    credentials: () => {
      throw new CloudError('badrequest', app.name, 'signs in with OAuth (open `auth.redirect_url` of /folder/list), not with credentials');
    },
    oauth: {
      requestToken: async (callbackUrl, timeoutMs) => {
        const a = await tokenCall(app, signer, urls.requestTokenUrl, { oauth_callback: callbackUrl }, undefined, timeoutMs, 'request token');
        if (a.get('oauth_callback_confirmed') !== 'true') throw new CloudError('upstream', app.name, `${app.label} did not confirm the callback of the request token`);
        return { token: String(a.get('oauth_token')), secret: String(a.get('oauth_token_secret')) };
      },
      authorizeUrl: (_state, _redirectUri, request) => {
        if (!request) throw new CloudError('badrequest', app.name, 'an OAuth 1.0a sign-in needs its request token');
        return urls.authorizeUrl + '?' + new URLSearchParams({ oauth_token: request.token, ...extra }).toString();
      },
      exchange: async (verifier, _redirectUri, timeoutMs, request): Promise<Credentials> => {
        if (!request) throw new CloudError('signin', app.name, 'the sign-in has no request token: start again from the dialog');
        const a = await tokenCall(app, signer, urls.accessTokenUrl, { oauth_verifier: verifier }, { key: request.token, secret: request.secret }, timeoutMs, 'access token');
        return { access: String(a.get('oauth_token')), secret: String(a.get('oauth_token_secret')), exp: 0 };
      },
    },
  };
}
