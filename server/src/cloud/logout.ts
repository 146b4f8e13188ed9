/** `POST /cloud/auth/logout`: ends the named sign-ins (all without `clouds`), revoked for every instance. */
import type { Ctx } from '../context';
import type { Fields } from '../http/body';
import { checkSecurity } from '../security/policy';
import { readCall } from './call';
import { revoke, writeToken } from './session';

export async function logoutRoute(ctx: Ctx, fields: Fields): Promise<Record<string, unknown>> {
  const call = readCall(ctx, fields, false);
  checkSecurity(call.app, fields, { calls: ['pick'] });
  const named = Object.keys(call.clouds);
  const names = named.length ? named : Object.keys(call.sessions.clouds);
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const s = call.sessions.clouds[name];
    if (s) await revoke(ctx, s);
    delete call.sessions.clouds[name];
    out[name] = { logout: true };
  }
  out.token = writeToken(ctx, call.sessions);
  return out;
}
