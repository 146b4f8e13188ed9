/**
 * Renewal of Instagram's long-lived token (60 days; Instagram gives no refresh token): `GET
 * <api>/refresh_access_token?grant_type=ig_refresh_token&access_token=<token>`, which Instagram allows once the token
 * is at least 24 hours old and not expired. A call that finds its token that old renews it first; the renewed
 * credentials are sealed into the client's token as other providers' refreshed ones are (Connection.refreshed).
 * A refused or failed renewal leaves the current token in use: the call itself tells whether it still works; and
 * this server does not ask again for that token for RETRY_AFTER_MS (a per-process memory of refused tokens, by their
 * hash, at most REFUSED_MAX of them: it only saves calls, so another instance asking again changes nothing).
 */
import { createHash } from 'crypto';
import type { OAuthAppConfig } from '../config';
import type { Credentials, ProviderEnv } from '../provider';
import { oauthCreds } from './oauthToken';
import { refreshOnce } from './refreshOnce';

/** The time renewals go by (ms since the epoch); tests move it. */
export const renewClock = { now: (): number => Date.now() };

/** A long-lived token is renewed at the first call that finds it this old (the earliest Instagram allows). */
export const RENEW_AFTER_MS = 24 * 3600 * 1000;
/** After a refused or failed renewal, the same token is not renewed again for this long (calls use it as it is). */
export const RETRY_AFTER_MS = 3600 * 1000;
/** Refused tokens remembered at most (the oldest forgotten first). */
export const REFUSED_MAX = 1000;
/** The life of a long-lived token, for tokens sealed without their issue time. */
const LIFETIME_MS = 60 * 24 * 3600 * 1000;

/** Long-lived credentials as sealed: the token answer, and when it was issued (`iat`, ms). */
export function longLivedCreds(answer: { access_token?: unknown; expires_in?: unknown }, now = renewClock.now()): Credentials {
  return { ...oauthCreds(answer, '', now), iat: now };
}

/** When the token was issued: `iat`, else 60 days before its expiry; 0 (never renewed) for a short-lived one. */
function issuedAt(c: Credentials): number {
  if (Number(c.iat)) return Number(c.iat);
  return Number(c.exp) > LIFETIME_MS ? Number(c.exp) - LIFETIME_MS : 0;
}

async function renew(app: Required<OAuthAppConfig>, access: string, timeoutMs: number): Promise<Credentials> {
  const q = new URLSearchParams({ grant_type: 'ig_refresh_token', access_token: access });
  const res = await fetch(`${app.apiUrl}/refresh_access_token?${q.toString()}`, { signal: AbortSignal.timeout(timeoutMs) });
  const body = (await res.json().catch(() => ({}))) as { access_token?: unknown; expires_in?: unknown };
  if (!res.ok || typeof body.access_token !== 'string' || !body.access_token) throw new Error('instagram: token renewal refused (' + res.status + ')');
  return longLivedCreds(body);
}

/** Refused tokens (hash of the API URL and the token) → when they may be renewed again (ms), oldest first. */
const refused = new Map<string, number>();

const keyOf = (apiUrl: string, access: string): string => createHash('sha256').update(apiUrl + '\n' + access).digest('hex');

/** Whether a renewal of this token was refused less than RETRY_AFTER_MS ago (a past entry is forgotten). */
function backingOff(key: string, now: number): boolean {
  const until = refused.get(key);
  if (until === undefined) return false;
  if (until > now) return true;
  refused.delete(key);
  return false;
}

function remember(key: string, now: number): void {
  refused.delete(key);
  refused.set(key, now + RETRY_AFTER_MS);
  while (refused.size > REFUSED_MAX) refused.delete(refused.keys().next().value as string);
}

/** How many refused tokens this process remembers (tests check the bound). */
export const refusedCount = (): number => refused.size;

/**
 * The credentials to call with: renewed ones when the token is at least RENEW_AFTER_MS old (one renewal per token at
 * a time in this server), else `creds` itself (also when the renewal fails, and for RETRY_AFTER_MS after that).
 */
export async function renewedIfOld(app: Required<OAuthAppConfig>, creds: Credentials, env: ProviderEnv): Promise<Credentials> {
  const issued = issuedAt(creds);
  if (!issued || renewClock.now() - issued < RENEW_AFTER_MS) return creds;
  const access = String(creds.access);
  const key = keyOf(app.apiUrl, access);
  if (backingOff(key, renewClock.now())) return creds;
  return refreshOnce('instagram renew ' + app.apiUrl, access, () => renew(app, access, env.timeoutMs)).catch(() => {
    remember(key, renewClock.now());
    return creds;
  });
}
