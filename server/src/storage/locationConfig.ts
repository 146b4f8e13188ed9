/**
 * The settings of the locations besides `s3` (`azure`, `gcs`, `dropbox`, `rackspace`): their options, the environment variables
 * that set them, and their checks. A location without settings is not served (its stores answer a 400 naming
 * `LOCATION_SETTINGS[location]`).
 */

/** Azure Blob Storage, the `azure` location (an account and its shared key). */
export interface AzureConfig {
  account: string;
  /** the account's shared key (base64), which signs the SAS URLs handed to clients */
  key: string;
  /** the Blob service URL; default `https://<account>.blob.core.windows.net` (Azurite: `http://127.0.0.1:10000/<account>`) */
  endpoint?: string;
  /** the container of files stored without `container`; default `fp-uploads` */
  container?: string;
}

/** Google Cloud Storage, the `gcs` location, through its S3-interoperable XML API with an HMAC key. */
export interface GcsConfig {
  /** the HMAC key's access id (`GOOG1…`) */
  accessKey: string;
  /** the HMAC key's secret */
  secret: string;
  /** the bucket of files stored without `container` */
  bucket: string;
  /** the XML API's URL; default `https://storage.googleapis.com` */
  endpoint?: string;
}

/**
 * Dropbox, the `dropbox` location (API v2). Either an access `token`, or a `refreshToken` with the app's `appKey` and
 * `appSecret` (the server then gets short-lived access tokens itself).
 */
export interface DropboxConfig {
  token?: string;
  refreshToken?: string;
  appKey?: string;
  appSecret?: string;
  /** the RPC endpoints' base URL; default `https://api.dropboxapi.com` */
  api?: string;
  /** the content endpoints' base URL; default `https://content.dropboxapi.com` */
  content?: string;
}

/**
 * Rackspace Cloud Files (OpenStack Swift), the `rackspace` location. Either a Rackspace `username` and `apiKey` (the
 * server gets a token and the Cloud Files URL of `region` from Rackspace identity), or a Swift `token` and
 * `storageUrl` (the account's URL, `…/v1/AUTH_…`).
 */
export interface RackspaceConfig {
  username?: string;
  apiKey?: string;
  /** the Cloud Files region (`DFW`, `ORD`, `IAD`, `LON`, `SYD`, `HKG`); default the first the catalog lists */
  region?: string;
  /** the identity service; default `https://identity.api.rackspacecloud.com/v2.0` */
  identity?: string;
  token?: string;
  storageUrl?: string;
  /** the container of files stored without `container`; default `fp-uploads` */
  container?: string;
  /** files larger than this are stored as segments of this size and a manifest; default 64 MiB, at least 1 MiB */
  segmentBytes?: number;
}

export type ResolvedRackspace = Required<Pick<RackspaceConfig, 'identity' | 'container' | 'segmentBytes'>> & Omit<RackspaceConfig, 'identity' | 'container' | 'segmentBytes'>;

export type ResolvedDropbox = Required<Pick<DropboxConfig, 'api' | 'content'>> & Omit<DropboxConfig, 'api' | 'content'>;

export interface LocationOptions {
  /** The `azure` location. Omitted: `azure` answers 400 naming the settings to add. */
  azure?: AzureConfig;
  /** The `gcs` location. Omitted: `gcs` answers 400 naming the settings to add. */
  gcs?: GcsConfig;
  /** The `dropbox` location. Omitted: `dropbox` answers 400 naming the settings to add. */
  dropbox?: DropboxConfig;
  /** The `rackspace` location. Omitted: `rackspace` answers 400 naming the settings to add. */
  rackspace?: RackspaceConfig;
}

export interface ResolvedLocations {
  azure?: Required<AzureConfig>;
  gcs?: Required<GcsConfig>;
  dropbox?: ResolvedDropbox;
  rackspace?: ResolvedRackspace;
}

export const DEFAULT_CONTAINER = 'fp-uploads';
/** The container of every file at `dropbox`, which has none (`container` does not apply there). */
export const DROPBOX_CONTAINER = 'dropbox';
/** What configures each location besides `s3` (named in the 400 of an unconfigured one). */
export const LOCATION_SETTINGS: Record<string, string> = {
  azure: 'FP_AZURE_ACCOUNT and FP_AZURE_KEY (option `azure`)',
  gcs: 'FP_GCS_ACCESS_KEY, FP_GCS_SECRET and FP_GCS_BUCKET (option `gcs`)',
  dropbox: 'FP_DROPBOX_TOKEN, or FP_DROPBOX_REFRESH_TOKEN with FP_DROPBOX_APP_KEY and FP_DROPBOX_APP_SECRET (option `dropbox`)',
  rackspace: 'FP_RACKSPACE_USERNAME and FP_RACKSPACE_API_KEY, or FP_RACKSPACE_TOKEN and FP_RACKSPACE_STORAGE_URL (option `rackspace`)',
};
/** A Swift container name: 1-256 characters, no `/`. */
export const SWIFT_CONTAINER_RE = /^[^/]{1,256}$/;
/** An Azure container name: 3-63 characters of a-z, 0-9 and `-`, starting and ending with a letter or digit, no `--`. */
export const AZURE_CONTAINER_RE = /^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/;
/** A GCS bucket name (without dots: dotted names need domain verification): 3-63 characters of a-z, 0-9, `-`, `_`. */
export const GCS_BUCKET_RE = /^[a-z0-9][a-z0-9_-]{1,61}[a-z0-9]$/;

const URL_RE = /^https?:\/\/[^/?#]+(\/[^?#]*)?$/;

function checkUrl(option: string, env: string, value: string | undefined, def: string): string {
  const url = (value || def).replace(/\/+$/, '');
  if (!URL_RE.test(url)) throw new Error(`server: option \`${option}\` (${env}) must be an http(s) URL, got ${JSON.stringify(value)}`);
  return url;
}

function checkAzure(a: AzureConfig): Required<AzureConfig> {
  if (!a.account || !/^[a-z0-9]{3,24}$/.test(a.account)) throw new Error(`server: option \`azure.account\` (FP_AZURE_ACCOUNT) must be a storage account name (3-24 characters a-z, 0-9), got ${JSON.stringify(a.account)}`);
  if (!a.key || !/^[A-Za-z0-9+/]+={0,2}$/.test(a.key)) throw new Error('server: option `azure.key` (FP_AZURE_KEY) must be the account\'s base64 shared key');
  const endpoint = (a.endpoint || `https://${a.account}.blob.core.windows.net`).replace(/\/+$/, '');
  if (!URL_RE.test(endpoint)) throw new Error(`server: option \`azure.endpoint\` (FP_AZURE_ENDPOINT) must be the Blob service URL, got ${JSON.stringify(a.endpoint)}`);
  const container = a.container || DEFAULT_CONTAINER;
  if (!AZURE_CONTAINER_RE.test(container)) throw new Error(`server: option \`azure.container\` (FP_AZURE_CONTAINER) must be a container name (3-63 characters a-z, 0-9, "-"), got ${JSON.stringify(container)}`);
  return { account: a.account, key: a.key, endpoint, container };
}

function checkGcs(g: GcsConfig): Required<GcsConfig> {
  if (!g.accessKey || /\s/.test(g.accessKey)) throw new Error('server: option `gcs.accessKey` (FP_GCS_ACCESS_KEY) must be the HMAC key\'s access id');
  if (!g.secret) throw new Error('server: option `gcs.secret` (FP_GCS_SECRET) must be the HMAC key\'s secret');
  if (!g.bucket || !GCS_BUCKET_RE.test(g.bucket)) throw new Error(`server: option \`gcs.bucket\` (FP_GCS_BUCKET) must be a bucket name (3-63 characters a-z, 0-9, "-", "_"), got ${JSON.stringify(g.bucket)}`);
  return { accessKey: g.accessKey, secret: g.secret, bucket: g.bucket, endpoint: checkUrl('gcs.endpoint', 'FP_GCS_ENDPOINT', g.endpoint, 'https://storage.googleapis.com') };
}

function checkDropbox(d: DropboxConfig): ResolvedDropbox {
  const refresh = !!(d.refreshToken || d.appKey || d.appSecret);
  if (!d.token && !refresh) throw new Error('server: option `dropbox` needs `token` (FP_DROPBOX_TOKEN), or `refreshToken`, `appKey` and `appSecret`');
  if (!d.token && !(d.refreshToken && d.appKey && d.appSecret)) {
    throw new Error('server: option `dropbox` with a refresh token needs all of `refreshToken`, `appKey` and `appSecret` (FP_DROPBOX_REFRESH_TOKEN, FP_DROPBOX_APP_KEY, FP_DROPBOX_APP_SECRET)');
  }
  return {
    token: d.token || undefined,
    refreshToken: d.token ? undefined : d.refreshToken,
    appKey: d.token ? undefined : d.appKey,
    appSecret: d.token ? undefined : d.appSecret,
    api: checkUrl('dropbox.api', 'FP_DROPBOX_API', d.api, 'https://api.dropboxapi.com'),
    content: checkUrl('dropbox.content', 'FP_DROPBOX_CONTENT', d.content, 'https://content.dropboxapi.com'),
  };
}

function checkRackspace(r: RackspaceConfig): ResolvedRackspace {
  const identity = !!(r.username || r.apiKey);
  if (identity && !(r.username && r.apiKey)) throw new Error('server: option `rackspace` needs both `username` and `apiKey` (FP_RACKSPACE_USERNAME, FP_RACKSPACE_API_KEY)');
  if (!identity && !(r.token && r.storageUrl)) throw new Error('server: option `rackspace` needs `username` and `apiKey`, or `token` and `storageUrl`');
  const container = r.container || DEFAULT_CONTAINER;
  if (!SWIFT_CONTAINER_RE.test(container)) throw new Error(`server: option \`rackspace.container\` (FP_RACKSPACE_CONTAINER) must be a container name (1-256 characters, no "/"), got ${JSON.stringify(container)}`);
  const segmentBytes = r.segmentBytes === undefined ? 64 * 1024 * 1024 : r.segmentBytes;
  if (!Number.isInteger(segmentBytes) || segmentBytes < 1024 * 1024 || segmentBytes > 5 * 1024 * 1024 * 1024) throw new Error(`server: option \`rackspace.segmentBytes\` must be a whole number of bytes from 1 MiB to 5 GiB, got ${String(r.segmentBytes)}`);
  const out: ResolvedRackspace = { identity: checkUrl('rackspace.identity', 'FP_RACKSPACE_IDENTITY', r.identity, 'https://identity.api.rackspacecloud.com/v2.0'), container, segmentBytes };
  if (identity) return { ...out, username: r.username, apiKey: r.apiKey, region: r.region ? r.region.toUpperCase() : undefined };
  return { ...out, token: r.token, storageUrl: checkUrl('rackspace.storageUrl', 'FP_RACKSPACE_STORAGE_URL', r.storageUrl, '') };
}

export function resolveLocations(o: LocationOptions): ResolvedLocations {
  return {
    azure: o.azure ? checkAzure(o.azure) : undefined,
    gcs: o.gcs ? checkGcs(o.gcs) : undefined,
    dropbox: o.dropbox ? checkDropbox(o.dropbox) : undefined,
    rackspace: o.rackspace ? checkRackspace(o.rackspace) : undefined,
  };
}

/** `names` all set, or none: the location's options; some only: an error naming the missing ones. */
function group(env: NodeJS.ProcessEnv, location: string, names: string[]): boolean {
  const set = names.filter((n) => !!env[n]);
  if (set.length && set.length < names.length) throw new Error(`server: the ${location} location needs ${names.filter((n) => !env[n]).join(' and ')} too`);
  return set.length > 0;
}

/** The locations' options from environment variables (see server/README.md). */
export function locationsFromEnv(env: NodeJS.ProcessEnv): LocationOptions {
  const o: LocationOptions = {};
  if (env.FP_LOCATIONS) throw new Error('server: FP_LOCATIONS is gone: a location is served by its own storage (FP_AZURE_ACCOUNT and FP_AZURE_KEY for azure; see server/README.md)');
  if (group(env, 'azure', ['FP_AZURE_ACCOUNT', 'FP_AZURE_KEY'])) {
    o.azure = { account: env.FP_AZURE_ACCOUNT as string, key: env.FP_AZURE_KEY as string, endpoint: env.FP_AZURE_ENDPOINT || undefined, container: env.FP_AZURE_CONTAINER || undefined };
  }
  if (group(env, 'gcs', ['FP_GCS_ACCESS_KEY', 'FP_GCS_SECRET', 'FP_GCS_BUCKET'])) {
    o.gcs = { accessKey: env.FP_GCS_ACCESS_KEY as string, secret: env.FP_GCS_SECRET as string, bucket: env.FP_GCS_BUCKET as string, endpoint: env.FP_GCS_ENDPOINT || undefined };
  }
  if (env.FP_DROPBOX_TOKEN || group(env, 'dropbox', ['FP_DROPBOX_REFRESH_TOKEN', 'FP_DROPBOX_APP_KEY', 'FP_DROPBOX_APP_SECRET'])) {
    o.dropbox = {
      token: env.FP_DROPBOX_TOKEN || undefined,
      refreshToken: env.FP_DROPBOX_REFRESH_TOKEN || undefined,
      appKey: env.FP_DROPBOX_APP_KEY || undefined,
      appSecret: env.FP_DROPBOX_APP_SECRET || undefined,
      api: env.FP_DROPBOX_API || undefined,
      content: env.FP_DROPBOX_CONTENT || undefined,
    };
  }
  const rs = (n: string): string | undefined => env['FP_RACKSPACE_' + n] || undefined;
  if (group(env, 'rackspace', ['FP_RACKSPACE_USERNAME', 'FP_RACKSPACE_API_KEY']) || group(env, 'rackspace', ['FP_RACKSPACE_TOKEN', 'FP_RACKSPACE_STORAGE_URL'])) {
    o.rackspace = { username: rs('USERNAME'), apiKey: rs('API_KEY'), region: rs('REGION'), identity: rs('IDENTITY'), token: rs('TOKEN'), storageUrl: rs('STORAGE_URL'), container: rs('CONTAINER') };
  }
  return o;
}
