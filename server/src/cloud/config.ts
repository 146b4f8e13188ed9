/** Configuration of the cloud API (`/cloud/…`): which sources are enabled and which hosts they may reach. */
import type { LookupFn } from '../security/fetchGuard';

/** The cloud names this server knows (credential sources; OAuth ones join when configured). */
export const CREDENTIAL_CLOUDS = ['ftp', 'webdav'];

export interface CloudOptions {
  /** Cloud names served; default every credential source (`ftp`, `webdav`). `[]` = the cloud API answers 400 for every cloud. */
  providers?: string[];
  /**
   * Hosts (as the user types them, lower case) that FTP and WebDAV sign-ins may reach although they resolve to
   * private or loopback addresses, e.g. `['127.0.0.1', 'localhost']` in development. Default none.
   */
  allowHosts?: string[];
  /** Lifetime of a sign-in (token and links), seconds. Default 30 days. */
  signinTtlSeconds?: number;
  /** Provider calls (connect, list, first byte) time out after this. Default 20000 ms. */
  timeoutMs?: number;
  /**
   * Files of this size and above (or of unknown size) are copied into storage as multipart uploads of parts of this
   * size; smaller ones in one PutObject. Memory of one copy is bounded by it. At least 5 MiB. Default 8 MiB.
   */
  partSize?: number;
  /** Name resolution of provider hosts (tests inject one; default `dns.lookup`). */
  lookup?: LookupFn;
  /**
   * Values the dialog's sign-in form starts with, per cloud (`{ftp: {fields: {host, port, user, password}}}`), for
   * the apps listed (default every app). Shown to every user of those apps: meant for demo sources (`npm start`).
   */
  signinDefaults?: Record<string, SigninDefaults>;
}

export interface SigninDefaults {
  apikeys?: string[];
  fields: Record<string, string | number | boolean>;
}

export interface CloudConfig {
  providers: string[];
  allowHosts: string[];
  signinTtlSeconds: number;
  timeoutMs: number;
  partSize: number;
  lookup?: LookupFn;
  signinDefaults: Record<string, SigninDefaults>;
}

const MIB = 1024 * 1024;

function positive(name: string, v: number | undefined, def: number, min = 1): number {
  if (v === undefined) return def;
  if (typeof v !== 'number' || !isFinite(v) || v < min) throw new Error(`server: option \`cloud.${name}\` must be a number ≥ ${min}, got ${String(v)}`);
  return Math.floor(v);
}

export function resolveCloud(o: CloudOptions | undefined): CloudConfig {
  const c = o || {};
  const providers = (c.providers || CREDENTIAL_CLOUDS).map((p) => String(p).trim().toLowerCase()).filter(Boolean);
  for (const p of providers) if (CREDENTIAL_CLOUDS.indexOf(p) < 0) throw new Error(`server: option \`cloud.providers\`: unknown cloud ${JSON.stringify(p)} (known: ${CREDENTIAL_CLOUDS.join(', ')})`);
  return {
    providers,
    allowHosts: (c.allowHosts || []).map((h) => h.trim().replace(/^\[|\]$/g, '').toLowerCase()).filter(Boolean),
    signinTtlSeconds: positive('signinTtlSeconds', c.signinTtlSeconds, 30 * 24 * 3600),
    timeoutMs: positive('timeoutMs', c.timeoutMs, 20000),
    partSize: positive('partSize', c.partSize, 8 * MIB, 5 * MIB),
    lookup: c.lookup,
    signinDefaults: c.signinDefaults || {},
  };
}

/** `FP_CLOUD_PROVIDERS` (comma list or `none`) and `FP_CLOUD_ALLOW_HOSTS` (comma list); see server/README.md. */
export function cloudFromEnv(env: NodeJS.ProcessEnv): CloudOptions | undefined {
  const o: CloudOptions = {};
  if (env.FP_CLOUD_PROVIDERS !== undefined && env.FP_CLOUD_PROVIDERS !== '') o.providers = /^\s*none\s*$/i.test(env.FP_CLOUD_PROVIDERS) ? [] : env.FP_CLOUD_PROVIDERS.split(',');
  if (env.FP_CLOUD_ALLOW_HOSTS !== undefined) o.allowHosts = env.FP_CLOUD_ALLOW_HOSTS.split(',');
  return o.providers || o.allowHosts ? o : undefined;
}
