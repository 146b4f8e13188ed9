/** What every cloud call starts with: the app (key checked), the sign-ins of its token, and the `clouds` it names. */
import type { AppConfig } from '../config';
import type { Ctx } from '../context';
import type { Fields } from '../http/body';
import { findApp } from '../security/policy';
import { CloudError } from './errors';
import { Connection, Provider, ProviderEnv } from './provider';
import { providerFor } from './providers';
import { Sessions, SignIn, readToken, signInOf } from './session';

export interface Call {
  app: AppConfig;
  fields: Fields;
  sessions: Sessions;
  /** the `clouds` object: cloud name → its fields */
  clouds: Record<string, Fields>;
}

export function readCall(ctx: Ctx, fields: Fields, cloudsRequired: boolean): Call {
  const app = findApp(ctx.cfg.apps, fields.apikey !== undefined ? fields.apikey : fields.key);
  const raw = fields.clouds;
  let clouds: Record<string, Fields> = {};
  if (raw !== undefined && raw !== null && raw !== '') {
    if (typeof raw !== 'object' || Array.isArray(raw)) throw new CloudError('badrequest', undefined, 'clouds: expected an object of cloud names, e.g. {"ftp": {"path": "/"}}');
    clouds = raw as Record<string, Fields>;
    for (const name of Object.keys(clouds)) {
      const v = clouds[name];
      if (v === null || v === undefined) clouds[name] = {};
      else if (typeof v !== 'object' || Array.isArray(v)) throw new CloudError('badrequest', name.slice(0, 64), `clouds.${name.slice(0, 64)}: expected an object`);
    }
  }
  if (cloudsRequired && !Object.keys(clouds).length) throw new CloudError('badrequest', undefined, 'clouds: required (name at least one cloud, e.g. {"ftp": {"path": "/"}})');
  return { app, fields, sessions: readToken(ctx, app.apikey, fields.token), clouds };
}

/** The one cloud a store or link call names. */
export function onlyCloud(call: Call): string {
  const names = Object.keys(call.clouds);
  if (names.length !== 1) throw new CloudError('badrequest', undefined, `clouds: name exactly one cloud, got ${names.length}`);
  return names[0];
}

export function providerEnv(ctx: Ctx): ProviderEnv {
  return { net: { allowHosts: ctx.cfg.cloud.allowHosts, lookup: ctx.cfg.cloud.lookup, extraCa: ctx.cfg.cloud.extraCa }, timeoutMs: ctx.cfg.cloud.timeoutMs };
}

/** Connects with the live sign-in of `name` (401 `signin` without one). */
export async function connectTo(ctx: Ctx, call: Call, name: string): Promise<{ provider: Provider; signIn: SignIn; conn: Connection }> {
  const provider = providerFor(ctx.cfg.cloud, name);
  const signIn = await signInOf(ctx, call.sessions, name);
  const conn = await provider.connect(signIn.creds, providerEnv(ctx));
  return { provider, signIn, conn };
}

/** Seals credentials a provider refreshed during `conn` into the sign-in of `name`, so the next token carries them. */
export function keepRefreshed(call: Call, name: string, conn: Connection): void {
  const fresh = conn.refreshed ? conn.refreshed() : null;
  const s = call.sessions.clouds[name];
  if (fresh && s) call.sessions.clouds[name] = { ...s, creds: fresh };
}
