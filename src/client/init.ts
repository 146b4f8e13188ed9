/**
 * The modern promise API: `init(apiKey, security?, options?)` → a client with `upload` (filestack-js 0.5.x's
 * `upload(file, uploadOptions, storeOptions, token)`) and `storeURL`.
 */
import { PREFIX, ValidationError } from '../core/errors';
import { Hosts, Security, StoredFile } from '../core/contracts';
import { DEFAULT_HOSTS, hostsFromBase, mergeHosts } from '../core/hosts';
import { describeValue } from '../core/describe';
import { hasLoneSurrogate } from '../core/wellFormed';
import { createUploader, EngineUploader, UploaderConfig, HttpTransport, UploadEnvironment, RetryOptions } from '../upload';
import { normalizeStoreOptions, StoreOptionsInput } from './storeOptions';
import { toClientProgress, ClientProgressEvent } from './progressEvent';

export interface ClientOptions {
  /** Hosts to override, or the base URL of a server that serves every API (the reference server). */
  hosts?: Partial<Hosts> | string;
  transport?: HttpTransport;
  /** Timers and network state (tests). */
  env?: UploadEnvironment;
  /** Engine bounds (stall timeout, renewals, polls, progress interval). */
  tuning?: UploaderConfig['tuning'];
  /** Script URL for the MD5 worker (see upload/environment.ts). */
  workerUrl?: string;
}

/** What a page may pass as the third argument of `filepicker.init` (the rest of ClientOptions is for tests). */
export type InitOptions = Pick<ClientOptions, 'hosts' | 'workerUrl'>;

/** The modern members of `window.filepicker`, next to the v2 ones. */
export interface ModernApi {
  /** A client for `apiKey`; hosts default to the ones `configure` (or v2's `filepicker.hostname`) set. */
  init(apiKey: string, security?: Security | null, options?: InitOptions): Client;
  /** Points the library (v2 calls and later `init`s) at other hosts: a base URL of a reference server, or some of the hosts. */
  configure(settings: { hosts?: string | Partial<Hosts> }): void;
}

export interface UploadOptions {
  partSize?: number;
  maxConcurrentUploads?: number;
  retryOptions?: Partial<RetryOptions>;
  /** Continue an unfinished upload of the same file from an earlier page (default true); false = always start over, remember nothing. */
  resume?: boolean;
  onStart?(): void;
  onUploadStart?(): void;
  onProgress?(event: ClientProgressEvent): void;
  onRetry?(attempt: number, waitMs: number): void;
  onUploadComplete?(): void;
}

/** The object a caller may pass as `token`; `upload` attaches the controls to it. */
export interface UploadToken {
  cancel?(): void;
  pause?(): void;
  resume?(): void;
}

export interface Client {
  readonly apikey: string;
  readonly hosts: Hosts;
  upload(file: Blob | Uint8Array, uploadOptions?: UploadOptions, storeOptions?: StoreOptionsInput, token?: UploadToken): Promise<StoredFile>;
  storeURL(url: string, storeOptions?: StoreOptionsInput): Promise<StoredFile>;
}

const CALLBACKS: Array<keyof UploadOptions> = ['onStart', 'onUploadStart', 'onProgress', 'onRetry', 'onUploadComplete'];

function resolveHosts(h: ClientOptions['hosts']): Hosts {
  if (h === undefined || h === null) return DEFAULT_HOSTS;
  if (typeof h === 'string') {
    if (!/^https?:\/\/[^/\s]+/i.test(h)) throw new ValidationError('hosts', PREFIX + '`hosts` as a string must be an http(s) base URL, got "' + h + '"');
    return hostsFromBase(h);
  }
  if (typeof h !== 'object') throw new ValidationError('hosts', PREFIX + '`hosts` must be a base URL or an object of host URLs, got ' + typeof h);
  return mergeHosts(DEFAULT_HOSTS, h);
}

function checkSecurity(security: unknown): Security | undefined {
  if (security === undefined || security === null) return undefined;
  const s = security as Security;
  if (typeof s !== 'object' || typeof s.policy !== 'string' || !s.policy || typeof s.signature !== 'string' || !s.signature || hasLoneSurrogate(s.policy) || hasLoneSurrogate(s.signature)) {
    throw new ValidationError('security', PREFIX + '`security` must carry both `policy` and `signature` as non-empty, well-formed strings');
  }
  return { policy: s.policy, signature: s.signature };
}

export function init(apiKey: string, security?: Security | null, options?: ClientOptions): Client {
  if (typeof apiKey === 'string' && hasLoneSurrogate(apiKey)) throw new ValidationError('apiKey', PREFIX + '`apiKey` must be well-formed text (it holds a lone surrogate)');
  if (typeof apiKey !== 'string' || !apiKey) {
    throw new ValidationError('apiKey', PREFIX + '`apiKey` must be a non-empty string, got ' + (apiKey === null ? 'null' : typeof apiKey === 'string' ? 'an empty string' : typeof apiKey));
  }
  const sec = checkSecurity(security);
  const o = options || {};
  const hosts = resolveHosts(o.hosts);
  const engine: EngineUploader = createUploader({ apikey: apiKey, security: sec, hosts, transport: o.transport, env: o.env, tuning: o.tuning, workerUrl: o.workerUrl });

  return {
    apikey: apiKey,
    hosts,
    upload(file, uploadOptions, storeOptions, token) {
      try {
        const u = uploadOptions || {};
        if (typeof u !== 'object') throw new ValidationError('uploadOptions', PREFIX + '`uploadOptions` must be an object, got ' + typeof u);
        for (let i = 0; i < CALLBACKS.length; i++) {
          const cb = u[CALLBACKS[i]];
          if (cb !== undefined && typeof cb !== 'function') throw new ValidationError(CALLBACKS[i], PREFIX + '`' + CALLBACKS[i] + '` must be a function, got ' + typeof cb);
        }
        if (token !== undefined && token !== null && (typeof token !== 'object' || !Object.isExtensible(token))) {
          // checked before the upload starts: the controls are attached to the token, so it must take new properties
          throw new ValidationError('token', PREFIX + '`token` must be an object that can take new properties (not frozen or sealed), got ' + describeValue(token));
        }
        const store = normalizeStoreOptions(storeOptions);
        const onProgress = u.onProgress;
        const task = engine.upload(file, store, {
          onStart: u.onStart, onUploadStart: u.onUploadStart, onRetry: u.onRetry, onUploadComplete: u.onUploadComplete,
          onProgress: onProgress ? function (p) { onProgress(toClientProgress(p)); } : undefined,
        }, { partSize: u.partSize, maxConcurrentUploads: u.maxConcurrentUploads, retryOptions: u.retryOptions, resume: u.resume });
        if (token) {
          token.cancel = function () { task.cancel(); };
          token.pause = function () { task.pause(); };
          token.resume = function () { task.resume(); };
        }
        return task.promise;
      } catch (e) {
        return Promise.reject(e);
      }
    },
    storeURL(url, storeOptions) {
      try {
        if (typeof url === 'string' && hasLoneSurrogate(url)) throw new ValidationError('url', PREFIX + '`url` must be well-formed text (it holds a lone surrogate), got ' + describeValue(url));
        return engine.storeUrl(url, normalizeStoreOptions(storeOptions)).promise;
      } catch (e) {
        return Promise.reject(e);
      }
    },
  };
}
