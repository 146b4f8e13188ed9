/**
 * An OAuth 1.0a sign-in's request token between its start and its callback, kept by the popup's browser, not by the
 * server (several instances serve one user): the provider hands the token's secret out only in answer to the call
 * that already names the callback URL, so the secret cannot ride in that URL; it rides in a cookie instead, sealed
 * (AES-GCM, ./seal.ts) with the cloud, the token and an expiry, scoped to that cloud's callback path, HttpOnly and
 * SameSite=Lax (sent on the provider's top-level redirect back, not on other sites' requests). The callback takes it
 * only for the `oauth_token` the provider sends back, and clears it: a forged, foreign, spent or stale one is refused.
 * Each sign-in's cookie has its own name (a hash of its token), so two popups do not overwrite each other's.
 */
import { createHash } from 'crypto';
import type { IncomingMessage, ServerResponse } from 'http';
import type { Ctx } from '../context';
import { CloudError } from './errors';
import type { RequestToken } from './provider';
import { open, seal } from './seal';

interface Kept {
  n: string;
  t: string;
  s: string;
  x: number;
}

const cookieName = (token: string): string => 'fp-oauth1-' + createHash('sha256').update(token).digest('hex').slice(0, 24);

function attributes(ctx: Ctx, cloud: string, maxAgeSeconds: number): string {
  const base = new URL(ctx.base());
  const secure = base.protocol === 'https:' ? '; Secure' : '';
  return `; Path=${base.pathname.replace(/\/+$/, '')}/cloud/auth/${cloud}/callback; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure}`;
}

/** Adds the Set-Cookie that keeps `rt` with the browser for `ttlMs`. */
export function keepRequestToken(ctx: Ctx, res: ServerResponse, cloud: string, rt: RequestToken, ttlMs: number): void {
  const kept: Kept = { n: cloud, t: rt.token, s: rt.secret, x: Date.now() + ttlMs };
  res.setHeader('Set-Cookie', cookieName(rt.token) + '=' + seal(ctx.secret, 'request', kept) + attributes(ctx, cloud, Math.ceil(ttlMs / 1000)));
}

function cookie(req: IncomingMessage, name: string): string | null {
  for (const part of String(req.headers.cookie || '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/**
 * The request token the provider sent back (`token`, its `oauth_token`), with its secret from the browser's cookie,
 * which is cleared; a 401 `signin` when the browser keeps none for it (forged, another browser's, spent) or it is stale.
 */
export function takeRequestToken(ctx: Ctx, req: IncomingMessage, res: ServerResponse, cloud: string, token: string | null): RequestToken {
  if (!token || token.length > 1024) throw new CloudError('signin', cloud, 'the provider sent back no request token (oauth_token): start again from the dialog');
  const name = cookieName(token);
  const kept = open(ctx.secret, 'request', cookie(req, name)) as Kept | null;
  if (!kept || kept.n !== cloud || kept.t !== token) throw new CloudError('signin', cloud, 'the request token is not one this browser asked for (or it was used already): start again from the dialog');
  res.setHeader('Set-Cookie', name + '=' + attributes(ctx, cloud, 0));
  if (kept.x < Date.now()) throw new CloudError('signin', cloud, 'the sign-in took too long: start again');
  return { token: kept.t, secret: kept.s };
}
