/**
 * One refresh per refresh token at a time in this server: calls that find the same expired sign-in together (a
 * pickAndStore of several files) share one token request and its answer, kept for a minute. Providers whose refresh
 * tokens are single-use (Box) would otherwise refuse every refresh but the first, and sign the user out.
 */
import { createHash } from 'crypto';
import type { Credentials } from '../provider';

const KEEP_MS = 60000;
const pending = new Map<string, Promise<Credentials>>();

/** `refresh()` once for `refreshToken` (per provider and token endpoint); later callers get the same answer. */
export function refreshOnce(scope: string, refreshToken: string, refresh: () => Promise<Credentials>): Promise<Credentials> {
  const key = createHash('sha256').update(scope + '\n' + refreshToken).digest('hex');
  const known = pending.get(key);
  if (known) return known;
  const p = refresh();
  pending.set(key, p);
  const forget = (): void => {
    if (pending.get(key) === p) pending.delete(key);
  };
  p.then(() => setTimeout(forget, KEEP_MS).unref(), forget);
  return p;
}
