/** Server options (programmatic and from the environment) and their resolved form. */
import * as path from 'path';
import type { FaultConfig } from './faults';
import type { LookupFn } from './security/fetchGuard';
import { CloudConfig, CloudOptions, cloudFromEnv, resolveCloud } from './cloud/config';
import { OrphanSweepTiming, orphanSweepFromEnv, sweepTiming } from './storage/orphanSweepConfig';
import { DEFAULT_CONTAINER, LocationOptions, ResolvedLocations, locationsFromEnv, resolveLocations } from './storage/locationConfig';

export type { AzureConfig, DropboxConfig, GcsConfig, RackspaceConfig } from './storage/locationConfig';
export { AZURE_CONTAINER_RE } from './storage/locationConfig';

export interface AppConfig {
  apikey: string;
  /** With a secret, every call needs a valid policy and signature. */
  secret?: string;
}

export interface S3Config {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** A bucket apps may browse and pick from (the v2 CUSTOMSOURCE service, "S3 Source"). */
export interface CustomSourceConfig {
  bucket: string;
  /** Only these apps may use it (default: every app). */
  apikeys?: string[];
  /** The folder (key prefix) listings and picks may not leave; default the whole bucket. Ends with `/`. */
  root?: string;
}

/** Besides these, the settings of the locations other than `s3` (storage/locationConfig.ts). */
export interface ServerOptions extends LocationOptions {
  /** 0 = a free port (default). */
  port?: number;
  host?: string;
  /** Storage folder of the embedded S3 server and the handle index; a temp dir (removed on close) when omitted. */
  dataDir?: string;
  apps?: AppConfig[];
  /** An external S3 endpoint; omitted = the built-in storage (`storageUrl`, or started in this process). */
  s3?: S3Config;
  /**
   * A built-in storage running as its own process (`npm run storage`), shared by several API instances, e.g.
   * `http://127.0.0.1:9000`: exactly the URL it was started with (presigned URLs are signed for its host).
   * Needs `sharedSecret`, the storage's own.
   */
  storageUrl?: string;
  /**
   * The secret every instance over the same storage shares: it signs upload ids (so any instance continues any upload)
   * and admits the instances to the built-in storage. Default: `<dataDir>/shared-secret`, made once.
   */
  sharedSecret?: string;
  presignExpiresSeconds?: number;
  /** Unfinished multipart uploads older than this are aborted by the sweeper. */
  uploadTtlMs?: number;
  faults?: FaultConfig;
  /** Base of the URLs the server hands out (default: its own http://host:port). */
  publicUrl?: string;
  /** Serve /dist and /demo. */
  staticDirs?: boolean;
  /**
   * Embedded storage only: also serve storage at `/s3/` on the API's own origin (in-process, no extra hop) and hand
   * out part URLs there, so pages under `Content-Security-Policy: default-src 'self'` can upload and browsers need no
   * CORS preflight per part. Default false (part URLs point at s3rver's own port); true for `npm start`.
   */
  sameOriginStorage?: boolean;
  /** Largest body of a store/write call (bytes). Default 2 GiB. */
  maxStoreBytes?: number;
  /** Largest file of a multipart upload (bytes). Default 5 TiB (S3's limit). */
  maxFileBytes?: number;
  /** How long complete waits before answering 202. Default 5000 ms. */
  completeWaitMs?: number;
  /** How often the sweeper runs. Default min(uploadTtlMs / 2, 60 s). */
  sweepIntervalMs?: number;
  /**
   * Built-in storage started in this process: a part-list folder no object names (what a completion cut off leaves)
   * is removed once older than this. Default 10 minutes.
   */
  orphanGraceMs?: number;
  /** Built-in storage started in this process: how often it looks for such folders. Default 30 minutes. */
  orphanSweepIntervalMs?: number;
  /** Create an unknown `container` on demand instead of answering 400. Default false. */
  createBuckets?: boolean;
  /** Send `ACL: public-read` to storage for `access: public` (real S3 with ACLs enabled). Default false. */
  s3PublicAcl?: boolean;
  /** Root of the repository (for /dist and /demo). Default: two levels above this file. */
  rootDir?: string;
  /** Log one line per request to stderr (never policy or signature). */
  log?: boolean;
  /**
   * Buckets apps may browse as a custom source (`/api/customsource/…`). Omitted: with the embedded storage, the demo
   * bucket `fp-custom-source` (created and seeded with a few files when empty) for every app; with an external `s3`,
   * none. `[]` = none.
   */
  customSources?: CustomSourceConfig[];
  /**
   * Hosts (as written in URLs) that `url=` stores and writes and `/process` sources may fetch even though they
   * resolve to loopback or private addresses, e.g. `['127.0.0.1', 'localhost']` for development. Default none:
   * private, loopback, link-local, CGNAT, unique-local and metadata addresses are refused.
   */
  fetchAllowHosts?: string[];
  /** Name resolution of those fetches (tests inject one; default `dns.lookup`). */
  fetchLookup?: LookupFn;
  /** The cloud API (`/cloud/…`: FTP and WebDAV sources); see server/src/cloud/PROTOCOL.md. */
  cloud?: CloudOptions;
}

export interface ResolvedConfig extends ResolvedLocations {
  port: number;
  host: string;
  dataDir: string;
  dataDirIsTemp: boolean;
  apps: AppConfig[];
  s3?: S3Config;
  storageUrl?: string;
  sharedSecret?: string;
  bucket: string;
  region: string;
  presignExpiresSeconds: number;
  uploadTtlMs: number;
  publicUrl?: string;
  staticDirs: boolean;
  sameOriginStorage: boolean;
  maxStoreBytes: number;
  maxFileBytes: number;
  completeWaitMs: number;
  sweepIntervalMs: number;
  /** the built-in storage's orphan sweep (storage/orphanSweepConfig.ts) */
  orphanSweep: Required<OrphanSweepTiming>;
  createBuckets: boolean;
  s3PublicAcl: boolean;
  rootDir: string;
  log: boolean;
  customSources: CustomSourceConfig[];
  /** The default demo source is in use: its bucket is seeded at start when empty. */
  demoCustomSource: boolean;
  fetchAllowHosts: string[];
  fetchLookup?: LookupFn;
  cloud: CloudConfig;
}

export const DEFAULT_BUCKET = DEFAULT_CONTAINER;
export const DEMO_SOURCE_BUCKET = 'fp-custom-source';
/** Every location of the store options; each is served once configured (`s3` always). */
export const LOCATIONS = ['s3', 'azure', 'dropbox', 'rackspace', 'gcs'];

function positive(name: string, v: number | undefined, def: number): number {
  if (v === undefined) return def;
  if (typeof v !== 'number' || !isFinite(v) || v <= 0) throw new Error(`server: option \`${name}\` must be a positive number, got ${String(v)}`);
  return v;
}

export function resolveConfig(o: ServerOptions, tempDir: () => string): ResolvedConfig {
  const apps = o.apps && o.apps.length ? o.apps : [{ apikey: 'demo' }];
  for (const a of apps) {
    if (!a || typeof a.apikey !== 'string' || !a.apikey) throw new Error('server: every app needs a non-empty `apikey`');
  }
  if (o.port !== undefined && (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535)) throw new Error(`server: option \`port\` must be 0..65535, got ${o.port}`);
  const ttl = positive('uploadTtlMs', o.uploadTtlMs, 24 * 3600 * 1000);
  return {
    port: o.port || 0,
    host: o.host || '127.0.0.1',
    dataDir: o.dataDir || tempDir(),
    dataDirIsTemp: !o.dataDir,
    apps,
    s3: o.s3,
    storageUrl: o.s3 ? undefined : checkStorageUrl(o.storageUrl, o.sharedSecret),
    sharedSecret: o.sharedSecret,
    bucket: o.s3 ? o.s3.bucket : DEFAULT_BUCKET,
    region: o.s3 ? o.s3.region : 'us-east-1',
    presignExpiresSeconds: Math.floor(positive('presignExpiresSeconds', o.presignExpiresSeconds, 3600)),
    uploadTtlMs: ttl,
    publicUrl: o.publicUrl ? o.publicUrl.replace(/\/+$/, '') : undefined,
    staticDirs: !!o.staticDirs,
    sameOriginStorage: !!o.sameOriginStorage && !o.s3,
    maxStoreBytes: positive('maxStoreBytes', o.maxStoreBytes, 2 * 1024 * 1024 * 1024),
    maxFileBytes: positive('maxFileBytes', o.maxFileBytes, 5 * 1024 * 1024 * 1024 * 1024),
    completeWaitMs: positive('completeWaitMs', o.completeWaitMs, 5000),
    sweepIntervalMs: positive('sweepIntervalMs', o.sweepIntervalMs, Math.min(ttl / 2, 60000)),
    orphanSweep: sweepTiming({ graceMs: o.orphanGraceMs, intervalMs: o.orphanSweepIntervalMs }, { graceMs: 'option `orphanGraceMs`', intervalMs: 'option `orphanSweepIntervalMs`' }),
    createBuckets: !!o.createBuckets,
    ...resolveLocations(o),
    s3PublicAcl: !!o.s3PublicAcl,
    rootDir: o.rootDir || path.resolve(__dirname, '..', '..'),
    log: !!o.log,
    customSources: o.customSources ? o.customSources.map(checkCustomSource) : o.s3 ? [] : [{ bucket: DEMO_SOURCE_BUCKET }],
    demoCustomSource: !o.customSources && !o.s3,
    fetchAllowHosts: (o.fetchAllowHosts || []).map((h) => h.trim().replace(/^\[|\]$/g, '').toLowerCase()).filter(Boolean),
    fetchLookup: o.fetchLookup,
    cloud: resolveCloud(o.cloud),
  };
}

function checkStorageUrl(url: string | undefined, secret: string | undefined): string | undefined {
  if (url === undefined || url === '') return undefined;
  if (!/^https?:\/\/[^/?#]+\/?$/.test(url)) throw new Error(`server: option \`storageUrl\` must be the built-in storage's base URL such as http://127.0.0.1:9000, got ${JSON.stringify(url)}`);
  if (!secret) throw new Error('server: option `storageUrl` needs `sharedSecret` (FP_SHARED_SECRET), the one the storage was started with');
  return url.replace(/\/+$/, '');
}

function checkCustomSource(c: CustomSourceConfig): CustomSourceConfig {
  if (!c || typeof c.bucket !== 'string' || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(c.bucket)) {
    throw new Error(`server: every custom source needs a \`bucket\` name (3-63 characters: a-z, 0-9, "." and "-"), got ${JSON.stringify(c && c.bucket)}`);
  }
  let root = (c.root || '').replace(/^\/+/, '');
  if (root && root.charAt(root.length - 1) !== '/') root += '/';
  if (root.split('/').some((s, i, all) => (s === '' && i < all.length - 1) || s === '.' || s === '..')) {
    throw new Error(`server: custom source \`root\` of bucket "${c.bucket}" must be a folder such as "shared/" (no empty, "." or ".." segments), got ${JSON.stringify(c.root)}`);
  }
  if (c.apikeys !== undefined && (!Array.isArray(c.apikeys) || c.apikeys.some((k) => typeof k !== 'string' || !k))) {
    throw new Error(`server: custom source \`apikeys\` of bucket "${c.bucket}" must be a list of API keys`);
  }
  return { bucket: c.bucket, root, apikeys: c.apikeys && c.apikeys.length ? c.apikeys.slice() : undefined };
}

/**
 * `FP_CUSTOM_SOURCES`: a comma list of `[apikey1+apikey2@]bucket[/root/folder/]`, or `none`.
 * `photos` = bucket photos for every app; `demo@photos/shared/` = only app `demo`, only under `shared/`.
 */
export function parseCustomSources(text: string): CustomSourceConfig[] {
  if (/^\s*none\s*$/i.test(text)) return [];
  return text.split(',').map((s) => s.trim()).filter(Boolean).map((entry) => {
    const at = entry.indexOf('@');
    const keys = at < 0 ? undefined : entry.slice(0, at).split('+').filter(Boolean);
    const rest = at < 0 ? entry : entry.slice(at + 1);
    const slash = rest.indexOf('/');
    const bucket = slash < 0 ? rest : rest.slice(0, slash);
    const root = slash < 0 ? undefined : rest.slice(slash + 1);
    return checkCustomSource({ bucket, apikeys: keys, root });
  });
}

/** Options from environment variables (the CLI); see server/README.md. */
export function optionsFromEnv(env: NodeJS.ProcessEnv): ServerOptions {
  const o: ServerOptions = {};
  const num = (name: string): number | undefined => {
    const v = env[name];
    if (v === undefined || v === '') return undefined;
    const n = Number(v);
    if (!isFinite(n)) throw new Error(`server: environment variable ${name} must be a number, got "${v}"`);
    return n;
  };
  const bool = (name: string): boolean | undefined => (env[name] === undefined ? undefined : /^(1|true|yes)$/i.test(env[name] as string));
  o.port = num('PORT');
  if (env.HOST) o.host = env.HOST;
  if (env.DATA_DIR) o.dataDir = env.DATA_DIR;
  if (env.PUBLIC_URL) o.publicUrl = env.PUBLIC_URL;
  if (env.FP_APPS) {
    o.apps = env.FP_APPS.split(',').filter(Boolean).map((s) => {
      const i = s.indexOf(':');
      return i < 0 ? { apikey: s } : { apikey: s.slice(0, i), secret: s.slice(i + 1) || undefined };
    });
  } else if (env.FP_APIKEY) {
    o.apps = [{ apikey: env.FP_APIKEY, secret: env.FP_SECRET || undefined }];
  }
  if (env.S3_ENDPOINT) {
    const need = ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'];
    for (const n of need) if (!env[n]) throw new Error(`server: S3_ENDPOINT is set, so ${n} is required`);
    o.s3 = {
      endpoint: env.S3_ENDPOINT,
      region: env.S3_REGION || 'us-east-1',
      bucket: env.S3_BUCKET as string,
      accessKeyId: env.S3_ACCESS_KEY_ID as string,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY as string,
    };
  }
  if (env.FP_STORAGE_URL) o.storageUrl = env.FP_STORAGE_URL;
  if (env.FP_SHARED_SECRET) o.sharedSecret = env.FP_SHARED_SECRET;
  o.presignExpiresSeconds = num('PRESIGN_EXPIRES_SECONDS');
  o.uploadTtlMs = num('UPLOAD_TTL_MS');
  o.sweepIntervalMs = num('SWEEP_INTERVAL_MS');
  const orphan = orphanSweepFromEnv(env);
  o.orphanGraceMs = orphan.graceMs;
  o.orphanSweepIntervalMs = orphan.intervalMs;
  o.maxStoreBytes = num('MAX_STORE_BYTES');
  o.createBuckets = bool('CREATE_BUCKETS');
  o.s3PublicAcl = bool('S3_PUBLIC_ACL');
  Object.assign(o, locationsFromEnv(env));
  if (env.FP_FAULTS) {
    try {
      o.faults = JSON.parse(env.FP_FAULTS);
    } catch {
      throw new Error('server: FP_FAULTS must be JSON (see server/README.md)');
    }
  }
  o.log = bool('FP_LOG');
  if (env.FP_CUSTOM_SOURCES !== undefined && env.FP_CUSTOM_SOURCES !== '') o.customSources = parseCustomSources(env.FP_CUSTOM_SOURCES);
  o.sameOriginStorage = bool('SAME_ORIGIN_STORAGE');
  if (env.FP_FETCH_ALLOW_HOSTS !== undefined) o.fetchAllowHosts = env.FP_FETCH_ALLOW_HOSTS.split(',');
  o.cloud = cloudFromEnv(env);
  return o;
}
