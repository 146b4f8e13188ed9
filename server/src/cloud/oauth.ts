/**
 * OAuth sign-in of a cloud source in a popup: `/folder/list` answers `auth.redirect_url` =
 * `{cloud}/auth/<cloud>/start?s=<state>`; `start` redirects to the provider's authorize page; the provider returns to
 * `{cloud}/auth/<cloud>/callback`, which exchanges the code, seals the tokens into the client's token and answers a
 * page whose script (`/cloud/auth/done.js`, same origin, so no inline script) posts `{type: "fp-cloud-auth", cloud,
 * token}` to the page that asked (the origin of its `appurl`, else of its request) and closes. OAuth 1.0a providers
 * (Flickr) get a request token at `start` first, which the browser keeps until the callback (./requestToken.ts).
 */
import type { IncomingMessage, ServerResponse } from 'http';
import type { Ctx } from '../context';
import type { Fields } from '../http/body';
import { CloudError } from './errors';
import type { OAuthFlow, RequestToken } from './provider';
import { providerFor } from './providers';
import { keepRequestToken, takeRequestToken } from './requestToken';
import { open, seal } from './seal';
import { newSignIn, readToken, writeToken } from './session';

/** How long a sign-in may take from the listing to the callback. */
const STATE_TTL_MS = 15 * 60 * 1000;

interface StateBody {
  a: string;
  n: string;
  o: string | null;
  t: string | null;
  x: number;
}

/** The origin a popup's answer is posted to: the `appurl`'s, else the request's `Origin`. */
export function askingOrigin(fields: Fields, req: IncomingMessage): string | null {
  const candidates = [fields.appurl, req.headers.origin];
  for (const c of candidates) {
    if (typeof c !== 'string' || !c) continue;
    try {
      const u = new URL(c);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.origin;
    } catch {
      // not a URL: try the next
    }
  }
  return null;
}

export function redirectUrl(ctx: Ctx, apikey: string, cloud: string, origin: string | null, token: unknown): string {
  const state: StateBody = { a: apikey, n: cloud, o: origin, t: typeof token === 'string' && token.length < 32 * 1024 ? token : null, x: Date.now() + STATE_TTL_MS };
  return `${ctx.base()}/cloud/auth/${cloud}/start?s=${seal(ctx.secret, 'state', state)}`;
}

function readState(ctx: Ctx, cloud: string, raw: unknown): StateBody {
  const s = open(ctx.secret, 'state', raw) as StateBody | null;
  if (!s || s.n !== cloud) throw new CloudError('badrequest', cloud, 'state: not a sign-in of this server (start again from the dialog)');
  if (s.x < Date.now()) throw new CloudError('signin', cloud, 'the sign-in took too long: start again');
  return s;
}

const escapeAttr = (v: string): string => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(res: ServerResponse, status: number, origin: string | null, message: Record<string, unknown>, text: string): void {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeAttr(text)}</title><script src="/cloud/auth/done.js"></script></head><body><p id="fp-cloud-auth" data-origin="${escapeAttr(origin || '')}" data-message="${escapeAttr(JSON.stringify(message))}">${escapeAttr(text)}</p></body></html>`;
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', "default-src 'none'; script-src 'self'");
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.end(html);
}

export const DONE_JS = `(function () {
  function done() {
    var el = document.getElementById('fp-cloud-auth');
    if (!el) return;
    var origin = el.getAttribute('data-origin');
    var message = JSON.parse(el.getAttribute('data-message') || '{}');
    if (window.opener && origin) {
      window.opener.postMessage(message, origin);
      window.close();
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', done);
  else done();
})();
`;

/** `start`: checks the state, obtains a request token first (OAuth 1.0a, kept with the browser), redirects to the provider. */
async function start(ctx: Ctx, res: ServerResponse, url: URL, cloud: string, flow: OAuthFlow, redirectUri: string): Promise<void> {
  const raw = String(url.searchParams.get('s'));
  const state = readState(ctx, cloud, raw);
  let request: RequestToken | undefined;
  if (flow.requestToken) {
    try {
      // the provider returns to the callback URL given here; the state rides in its query, as OAuth 2's `state` does
      request = await flow.requestToken(redirectUri + '?state=' + raw, ctx.cfg.cloud.timeoutMs);
    } catch (e) {
      if (!(e instanceof CloudError)) throw e;
      return page(res, e.status, state.o, { type: 'fp-cloud-auth', cloud, error: e.kind, message: e.message }, 'The sign-in failed. You can close this window.');
    }
    keepRequestToken(ctx, res, cloud, request, state.x - Date.now());
  }
  res.statusCode = 302;
  res.setHeader('Location', flow.authorizeUrl(raw, redirectUri, request));
  res.setHeader('Cache-Control', 'no-store');
  res.end();
}

export async function oauthRoute(ctx: Ctx, req: IncomingMessage, res: ServerResponse, url: URL, cloud: string, step: string): Promise<void> {
  const provider = providerFor(ctx.cfg.cloud, cloud);
  if (!provider.oauth) throw new CloudError('badrequest', cloud, 'signs in with credentials (/cloud/auth/credentials), not with OAuth');
  const redirectUri = `${ctx.base()}/cloud/auth/${cloud}/callback`;
  if (step === 'start') return start(ctx, res, url, cloud, provider.oauth, redirectUri);
  const state = readState(ctx, cloud, url.searchParams.get('state'));
  const denied = url.searchParams.get('error');
  // OAuth 1.0a's code is its verifier
  const code = url.searchParams.get('code') || url.searchParams.get('oauth_verifier');
  if (denied || !code) return page(res, 401, state.o, { type: 'fp-cloud-auth', cloud, error: 'signin', message: `${cloud}: the sign-in was not completed (${denied || 'no code'})` }, 'The sign-in was not completed. You can close this window.');
  let creds;
  try {
    const request = provider.oauth.requestToken ? takeRequestToken(ctx, req, res, cloud, url.searchParams.get('oauth_token')) : undefined;
    creds = await provider.oauth.exchange(code, redirectUri, ctx.cfg.cloud.timeoutMs, request);
  } catch (e) {
    if (!(e instanceof CloudError)) throw e;
    return page(res, e.status, state.o, { type: 'fp-cloud-auth', cloud, error: e.kind, message: e.message }, 'The sign-in failed. You can close this window.');
  }
  const sessions = readToken(ctx, state.a, state.t);
  sessions.clouds[cloud] = newSignIn(ctx, creds);
  const token = writeToken(ctx, sessions);
  const text = state.o ? 'Signed in. You can close this window.' : 'Signed in, but the page that asked is unknown: close this window and try again from the dialog.';
  page(res, 200, state.o, { type: 'fp-cloud-auth', cloud, token }, text);
}
