/** The OAuth 2 token endpoint (RFC 6749 §4.1.3 code exchange, §6 refresh), with plain fetch: the form POST and its answer. */
import type { Credentials } from '../provider';
import { CloudError } from '../errors';
import { networkError } from './netErrors';

export interface TokenClient {
  provider: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs: number;
}

interface TokenAnswer {
  access_token?: unknown;
  refresh_token?: unknown;
  expires_in?: unknown;
}

/** Sealed OAuth credentials: access token, refresh token, expiry (ms since the epoch; 0 = unknown). */
export function oauthCreds(a: TokenAnswer, previousRefresh: string, now = Date.now()): Credentials {
  const expiresIn = Number(a.expires_in);
  return {
    access: String(a.access_token),
    refresh: typeof a.refresh_token === 'string' && a.refresh_token ? a.refresh_token : previousRefresh,
    exp: Number.isFinite(expiresIn) && expiresIn > 0 ? now + expiresIn * 1000 : 0,
  };
}

/** The token answer: the JSON object itself, or its `data[0]` (Instagram's token endpoint may wrap its answer so). */
function answerOf(raw: unknown): TokenAnswer & { error?: unknown } {
  const o = (raw && typeof raw === 'object' ? raw : {}) as TokenAnswer & { error?: unknown; data?: unknown };
  if (o.access_token === undefined && Array.isArray(o.data) && o.data[0] && typeof o.data[0] === 'object') return o.data[0] as TokenAnswer;
  return o;
}

export async function tokenRequest(c: TokenClient, params: Record<string, string>, previousRefresh = ''): Promise<Credentials> {
  let res: Response;
  try {
    res = await fetch(c.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({ ...params, client_id: c.clientId, client_secret: c.clientSecret }).toString(),
      signal: AbortSignal.timeout(c.timeoutMs),
    });
  } catch (e) {
    throw networkError(c.provider, e);
  }
  const body = answerOf(await res.json().catch(() => ({})));
  if (res.status === 429) throw new CloudError('ratelimit', c.provider, 'the sign-in service limits requests; try again later');
  if (res.status >= 500) throw new CloudError('upstream', c.provider, `the sign-in service answered ${res.status}`);
  if (!res.ok || typeof body.access_token !== 'string') throw new CloudError('signin', c.provider, `the sign-in was refused (${typeof body.error === 'string' ? body.error : 'HTTP ' + res.status}): sign in again`);
  return oauthCreds(body, previousRefresh);
}
