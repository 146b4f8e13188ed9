/** Configuration of the cloud API (`/cloud/…`): which sources are enabled and which hosts they may reach. */
import type { LookupFn } from '../security/fetchGuard';

/** The cloud names this server knows: credential sources, and OAuth ones (served when their app is configured). */
export const CREDENTIAL_CLOUDS = ['ftp', 'webdav'];
export const OAUTH_CLOUDS = ['dropbox'];

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
  /** Dropbox: the app's key and secret (and endpoints). Without it, `dropbox` is not served. */
  dropbox?: OAuthAppConfig;
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
  dropbox?: Required<OAuthAppConfig>;
}

const MIB = 1024 * 1024;

function positive(name: string, v: number | undefined, def: number, min = 1): number {
  if (v === undefined) return def;
  if (typeof v !== 'number' || !isFinite(v) || v < min) throw new Error(`server: option \`cloud.${name}\` must be a number ≥ ${min}, got ${String(v)}`);
  return Math.floor(v);
}

const DROPBOX_DEFAULTS = { authorizeUrl: 'https://www.dropbox.com/oauth2/authorize', tokenUrl: 'https://api.dropboxapi.com/oauth2/token', apiUrl: 'https://api.dropboxapi.com', contentUrl: 'https://content.dropboxapi.com' };

function oauthApp(name: string, a: OAuthAppConfig | undefined, defaults: typeof DROPBOX_DEFAULTS): Required<OAuthAppConfig> | undefined {
  if (!a) return undefined;
  if (!a.clientId || !a.clientSecret) throw new Error(`server: option \`cloud.${name}\` needs \`clientId\` and \`clientSecret\` (FP_CLOUD_${name.toUpperCase()}_CLIENT_ID, _SECRET)`);
  const url = (k: keyof typeof DROPBOX_DEFAULTS): string => {
    const v = (a[k] || defaults[k]).replace(/\/+$/, '');
    if (!/^https?:\/\/[^/?#]+/.test(v)) throw new Error(`server: option \`cloud.${name}.${k}\` must be an http(s) URL, got ${JSON.stringify(v)}`);
    return v;
  };
  return { clientId: a.clientId, clientSecret: a.clientSecret, authorizeUrl: url('authorizeUrl'), tokenUrl: url('tokenUrl'), apiUrl: url('apiUrl'), contentUrl: url('contentUrl') };
}

export function resolveCloud(o: CloudOptions | undefined): CloudConfig {
  const c = o || {};
  const dropbox = oauthApp('dropbox', c.dropbox, DROPBOX_DEFAULTS);
  const known = CREDENTIAL_CLOUDS.concat(OAUTH_CLOUDS);
  const providers = (c.providers || CREDENTIAL_CLOUDS.concat(dropbox ? ['dropbox'] : [])).map((p) => String(p).trim().toLowerCase()).filter(Boolean);
  for (const p of providers) if (known.indexOf(p) < 0) throw new Error(`server: option \`cloud.providers\`: unknown cloud ${JSON.stringify(p)} (known: ${known.join(', ')})`);
  if (providers.indexOf('dropbox') >= 0 && !dropbox) throw new Error('server: option `cloud.providers` names dropbox, which needs `cloud.dropbox` (FP_CLOUD_DROPBOX_CLIENT_ID and _SECRET)');
  return {
    providers,
    allowHosts: (c.allowHosts || []).map((h) => h.trim().replace(/^\[|\]$/g, '').toLowerCase()).filter(Boolean),
    signinTtlSeconds: positive('signinTtlSeconds', c.signinTtlSeconds, 30 * 24 * 3600),
    timeoutMs: positive('timeoutMs', c.timeoutMs, 20000),
    partSize: positive('partSize', c.partSize, 8 * MIB, 5 * MIB),
    lookup: c.lookup,
    signinDefaults: c.signinDefaults || {},
    dropbox,
  };
}

/** `FP_CLOUD_PROVIDERS` (comma list or `none`), `FP_CLOUD_ALLOW_HOSTS` (comma list), `FP_CLOUD_DROPBOX_*`; see server/README.md. */
export function cloudFromEnv(env: NodeJS.ProcessEnv): CloudOptions | undefined {
  const o: CloudOptions = {};
  if (env.FP_CLOUD_PROVIDERS !== undefined && env.FP_CLOUD_PROVIDERS !== '') o.providers = /^\s*none\s*$/i.test(env.FP_CLOUD_PROVIDERS) ? [] : env.FP_CLOUD_PROVIDERS.split(',');
  if (env.FP_CLOUD_ALLOW_HOSTS !== undefined) o.allowHosts = env.FP_CLOUD_ALLOW_HOSTS.split(',');
  if (env.FP_CLOUD_DROPBOX_CLIENT_ID || env.FP_CLOUD_DROPBOX_CLIENT_SECRET) {
    const d = (k: string): string | undefined => env['FP_CLOUD_DROPBOX_' + k] || undefined;
    o.dropbox = { clientId: d('CLIENT_ID') || '', clientSecret: d('CLIENT_SECRET') || '', authorizeUrl: d('AUTHORIZE_URL'), tokenUrl: d('TOKEN_URL'), apiUrl: d('API_URL'), contentUrl: d('CONTENT_URL') };
  }
  return o.providers || o.allowHosts || o.dropbox ? o : undefined;
}
