/** Configuration of the cloud API (`/cloud/…`): which sources are enabled and which hosts they may reach. */
import { readFileSync } from 'fs';
import type { LookupFn } from '../security/fetchGuard';
import { OAUTH_CLOUDS, OAUTH_CLOUD_ROWS, OAuthCloudName } from './oauthClouds';

/** The cloud names this server knows: credential sources, and OAuth ones (served when their app is configured). */
export const CREDENTIAL_CLOUDS = ['ftp', 'webdav'];
export { OAUTH_CLOUDS };

/** An OAuth provider's app at the provider, and its endpoints (each configurable, so tests point them at loopback). */
export interface OAuthAppConfig {
  clientId: string;
  clientSecret: string;
  /** the authorize page, e.g. `https://www.dropbox.com/oauth2/authorize` */
  authorizeUrl?: string;
  /** the token endpoint, e.g. `https://api.dropboxapi.com/oauth2/token` */
  tokenUrl?: string;
  /** the API base, e.g. `https://api.dropboxapi.com` */
  apiUrl?: string;
  /** the content (download) API base, e.g. `https://content.dropboxapi.com` */
  contentUrl?: string;
}

/** Per OAuth cloud (`dropbox`, `googledrive`, …): the app's id and secret (and endpoints). Without it, that cloud is not served. */
export type OAuthApps<T> = { [name in OAuthCloudName]?: T };

export interface CloudOptions extends OAuthApps<OAuthAppConfig> {
  /** Cloud names served; default every credential source (`ftp`, `webdav`). `[]` = the cloud API answers 400 for every cloud. */
  providers?: string[];
  /**
   * Hosts (as the user types them, lower case) that FTP and WebDAV sign-ins may reach although they resolve to
   * private or loopback addresses, e.g. `['127.0.0.1', 'localhost']` in development. Default none.
   */
  allowHosts?: string[];
  /**
   * Certificates (PEM text; several may follow each other) that FTPS and WebDAV-over-https sign-ins trust besides
   * Node's own roots: e.g. the CA of a company's FTP server. Default none.
   */
  extraCa?: string;
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

export interface CloudConfig extends OAuthApps<Required<OAuthAppConfig>> {
  providers: string[];
  allowHosts: string[];
  extraCa: string[];
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

function oauthApp(name: OAuthCloudName, a: OAuthAppConfig | undefined): Required<OAuthAppConfig> | undefined {
  if (!a) return undefined;
  const row = OAUTH_CLOUD_ROWS[name];
  if (!a.clientId || !a.clientSecret) throw new Error(`server: option \`cloud.${name}\` needs \`clientId\` and \`clientSecret\` (FP_CLOUD_${row.env}_CLIENT_ID, _SECRET)`);
  const url = (k: 'authorizeUrl' | 'tokenUrl' | 'apiUrl' | 'contentUrl'): string => {
    // an empty default content URL: the API's
    const v = (a[k] || row[k] || a.apiUrl || row.apiUrl).replace(/\/+$/, '');
    if (!/^https?:\/\/[^/?#]+/.test(v)) throw new Error(`server: option \`cloud.${name}.${k}\` must be an http(s) URL, got ${JSON.stringify(v)}`);
    return v;
  };
  return { clientId: a.clientId, clientSecret: a.clientSecret, authorizeUrl: url('authorizeUrl'), tokenUrl: url('tokenUrl'), apiUrl: url('apiUrl'), contentUrl: url('contentUrl') };
}

/** The certificates of a PEM text; an error names the option when it holds none. */
function pemCertificates(pem: string | undefined): string[] {
  if (pem === undefined || pem === '') return [];
  const certs = String(pem).match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
  if (!certs) throw new Error('server: option `cloud.extraCa` (FP_CLOUD_EXTRA_CA_FILE) must hold PEM certificates ("-----BEGIN CERTIFICATE-----" …)');
  return certs;
}

export function resolveCloud(o: CloudOptions | undefined): CloudConfig {
  const c = o || {};
  const apps: OAuthApps<Required<OAuthAppConfig>> = {};
  for (const n of OAUTH_CLOUDS) apps[n] = oauthApp(n, c[n]);
  const known = CREDENTIAL_CLOUDS.concat(OAUTH_CLOUDS);
  const providers = (c.providers || CREDENTIAL_CLOUDS.concat(OAUTH_CLOUDS.filter((n) => apps[n]))).map((p) => String(p).trim().toLowerCase()).filter(Boolean);
  for (const p of providers) if (known.indexOf(p) < 0) throw new Error(`server: option \`cloud.providers\`: unknown cloud ${JSON.stringify(p)} (known: ${known.join(', ')})`);
  for (const n of OAUTH_CLOUDS) {
    if (providers.indexOf(n) >= 0 && !apps[n]) throw new Error(`server: option \`cloud.providers\` names ${n}, which needs \`cloud.${n}\` (FP_CLOUD_${OAUTH_CLOUD_ROWS[n].env}_CLIENT_ID and _SECRET)`);
  }
  return {
    ...apps,
    providers,
    allowHosts: (c.allowHosts || []).map((h) => h.trim().replace(/^\[|\]$/g, '').toLowerCase()).filter(Boolean),
    extraCa: pemCertificates(c.extraCa),
    signinTtlSeconds: positive('signinTtlSeconds', c.signinTtlSeconds, 30 * 24 * 3600),
    timeoutMs: positive('timeoutMs', c.timeoutMs, 20000),
    partSize: positive('partSize', c.partSize, 8 * MIB, 5 * MIB),
    lookup: c.lookup,
    signinDefaults: c.signinDefaults || {},
  };
}

/** `FP_CLOUD_<NAME>_*` of an OAuth app, when its id or secret is set. */
function appFromEnv(env: NodeJS.ProcessEnv, infix: string): OAuthAppConfig | undefined {
  const d = (k: string): string | undefined => env['FP_CLOUD_' + infix + '_' + k] || undefined;
  if (!d('CLIENT_ID') && !d('CLIENT_SECRET')) return undefined;
  return { clientId: d('CLIENT_ID') || '', clientSecret: d('CLIENT_SECRET') || '', authorizeUrl: d('AUTHORIZE_URL'), tokenUrl: d('TOKEN_URL'), apiUrl: d('API_URL'), contentUrl: d('CONTENT_URL') };
}

/** `FP_CLOUD_PROVIDERS` (comma list or `none`), `FP_CLOUD_ALLOW_HOSTS` (comma list), `FP_CLOUD_EXTRA_CA_FILE` (a PEM file), `FP_CLOUD_<ENV>_*` of each OAuth cloud; see server/README.md. */
export function cloudFromEnv(env: NodeJS.ProcessEnv): CloudOptions | undefined {
  const o: CloudOptions = {};
  if (env.FP_CLOUD_PROVIDERS !== undefined && env.FP_CLOUD_PROVIDERS !== '') o.providers = /^\s*none\s*$/i.test(env.FP_CLOUD_PROVIDERS) ? [] : env.FP_CLOUD_PROVIDERS.split(',');
  if (env.FP_CLOUD_ALLOW_HOSTS !== undefined) o.allowHosts = env.FP_CLOUD_ALLOW_HOSTS.split(',');
  if (env.FP_CLOUD_EXTRA_CA_FILE) o.extraCa = readFileSync(env.FP_CLOUD_EXTRA_CA_FILE, 'utf8');
  let any = false;
  for (const n of OAUTH_CLOUDS) {
    const app = appFromEnv(env, OAUTH_CLOUD_ROWS[n].env);
    if (!app) continue;
    o[n] = app;
    any = true;
  }
  return o.providers || o.allowHosts || o.extraCa || any ? o : undefined;
}
