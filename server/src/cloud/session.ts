/**
 * Sign-in state, kept by the client in the sealed `token`: per cloud, the credentials, a sign-in id and an expiry,
 * bound to one app key. Signing out records the sign-in id as revoked in storage (`.fp-cloud/revoked/<id>`, in the
 * default bucket every instance shares), so a client that goes on sending an old token, and links made from that
 * sign-in, are refused by every instance.
 */
import { randomBytes } from 'crypto';
import type { Ctx } from '../context';
import { CloudError } from './errors';
import { open, seal } from './seal';
import type { Credentials } from './provider';

export const REVOKED_PREFIX = '.fp-cloud/revoked/';

export interface SignIn {
  /** sign-in id (revocation) */
  sid: string;
  /** ms since the epoch */
  exp: number;
  creds: Credentials;
}

export interface Sessions {
  apikey: string;
  clouds: Record<string, SignIn>;
}

interface TokenBody {
  a: string;
  c: Record<string, SignIn>;
}

/** The sign-ins of a token; a missing, foreign, tampered or expired one (or expired entries) count as none. */
export function readToken(ctx: Ctx, apikey: string, token: unknown, now = Date.now()): Sessions {
  const body = open(ctx.secret, 'token', token) as TokenBody | null;
  const clouds: Record<string, SignIn> = {};
  if (body && body.a === apikey && body.c && typeof body.c === 'object') {
    for (const name of Object.keys(body.c)) {
      const s = body.c[name];
      if (s && typeof s.exp === 'number' && s.exp > now && typeof s.sid === 'string') clouds[name] = s;
    }
  }
  return { apikey, clouds };
}

export function writeToken(ctx: Ctx, s: Sessions): string {
  const body: TokenBody = { a: s.apikey, c: s.clouds };
  return seal(ctx.secret, 'token', body);
}

export function newSignIn(ctx: Ctx, creds: Credentials, now = Date.now()): SignIn {
  return { sid: randomBytes(16).toString('hex'), exp: now + ctx.cfg.cloud.signinTtlSeconds * 1000, creds };
}

export async function isRevoked(ctx: Ctx, sid: string): Promise<boolean> {
  if (!/^[0-9a-f]{32}$/.test(sid)) return true;
  return (await ctx.storage.head(ctx.cfg.bucket, REVOKED_PREFIX + sid)) !== null;
}

export async function revoke(ctx: Ctx, s: SignIn): Promise<void> {
  const body = Buffer.from(JSON.stringify({ exp: s.exp }));
  await ctx.storage.putObject(ctx.cfg.bucket, REVOKED_PREFIX + s.sid, body, body.length, 'application/json', {}, false);
}

/** The live sign-in of `cloud`, or a 401 `signin` naming it. */
export async function signInOf(ctx: Ctx, sessions: Sessions, cloud: string): Promise<SignIn> {
  const s = sessions.clouds[cloud];
  if (!s) throw new CloudError('signin', cloud, 'not signed in (or the sign-in expired): sign in again');
  if (await isRevoked(ctx, s.sid)) throw new CloudError('signin', cloud, 'signed out: sign in again');
  return s;
}
