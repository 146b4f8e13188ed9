/**
 * The engine's factory: one Uploader per configuration, with one concurrency budget (queue) and one MD5 hasher
 * shared by every file it uploads.
 */
import { CloudSession, Hosts, Security, StoreOptions, UploadEvents, UploadSource, UploadTask, Uploader } from '../core/contracts';
import { HttpTransport, RetryOptions, UploadEnvironment } from './types';
import { EngineOptionsInput, resolveOptions } from './options';
import { PartQueue } from './queue';
import { createHasher } from './md5';
import { defaultEnvironment } from './environment';
import { defaultTransport } from '../core/http/defaultTransport';
import { runUpload } from './uploadFile';
import { toSource, validateSource } from './source';
import { checkUploaderConfig } from './inputChecks';
import { runStoreUrl } from './storeUrl';
import { listSource, runStoreFromSource } from './customSource';
import { runDiscard } from './discard';
import { ResumeStore } from './resume/store';
import { lazyCloudApi } from './cloud';

export interface UploaderConfig {
  apikey: string;
  security?: Security;
  hosts: Hosts;
  /** Defaults to the platform's (core/http/defaultTransport.ts): XHR for parts and fetch for JSON in browsers, node:http in Node. */
  transport?: HttpTransport;
  partSize?: number;
  maxConcurrentUploads?: number;
  retryOptions?: Partial<RetryOptions>;
  /** Engine bounds (stall timeout, URL renewals, 202 polls, progress interval); tests make them small. */
  tuning?: Pick<EngineOptionsInput, 'stallTimeoutMs' | 'requestTimeoutMs' | 'maxUrlRenewals' | 'maxCompletePolls' | 'progressIntervalMs' | 'resumeTtlMs'>;
  /** Continue an unfinished upload of the same file remembered by an earlier page (default true; see README). */
  resume?: boolean;
  /** Where unfinished uploads are remembered; defaults to IndexedDB where it exists, else nothing is remembered. */
  resumeStore?: ResumeStore;
  /** The engine's debug messages (why an upload was or was not continued); default `console.debug`. */
  debug?(message: string): void;
  /** Timers, network state, worker; defaults to the platform's. */
  env?: UploadEnvironment;
  /** See EnvironmentOptions.workerUrl (used only with the default environment). */
  workerUrl?: string;
  /** The sign-in state with the cloud sources, shared by the uploaders of one page (default: this uploader's own). */
  cloud?: CloudSession;
}

/** Per-upload overrides (client.upload's uploadOptions). */
export type UploadOverrides = Pick<EngineOptionsInput, 'partSize' | 'maxConcurrentUploads' | 'retryOptions' | 'resume'>;

/** An Uploader whose upload also takes per-call options, and that accepts a Buffer/Uint8Array (wrapped in a Blob). */
export interface EngineUploader extends Uploader {
  upload(file: UploadSource | Uint8Array, store: StoreOptions, events?: UploadEvents, overrides?: UploadOverrides): UploadTask;
}

function consoleDebug(message: string): void {
  if (typeof console !== 'undefined' && typeof console.debug === 'function') console.debug(message);
}

export function createUploader(config: UploaderConfig): EngineUploader {
  checkUploaderConfig(config);
  const base = resolveOptions({ partSize: config.partSize, maxConcurrentUploads: config.maxConcurrentUploads, retryOptions: config.retryOptions, resume: config.resume, ...(config.tuning || {}) });
  const env = config.env || defaultEnvironment({ workerUrl: config.workerUrl });
  const transport = config.transport || defaultTransport();
  const queue = new PartQueue(base.maxConcurrentUploads);
  const debug = config.debug || consoleDebug;
  const hasher = createHasher(env, base.maxConcurrentUploads, env.md5Workers, debug);
  const resumeStore = config.resumeStore;
  const deps = { transport, env, hosts: config.hosts, apikey: config.apikey, security: config.security, queue, hasher, resumeStore, debug };
  return {
    upload(file, store, events, overrides) {
      const opts = overrides ? resolveOptions(overrides, base) : base;
      const source = toSource(file);
      validateSource(source);
      return runUpload(deps, source, store || {}, events || {}, opts);
    },
    storeUrl(url, store, events) {
      return runStoreUrl(deps, url, store || {}, events || {}, base);
    },
    listSource(container, path, cursor) {
      return listSource(deps, container, path, cursor, base);
    },
    storeFromSource(source, store, events) {
      return runStoreFromSource(deps, source, store || {}, events || {}, base);
    },
    discard(stored) {
      return runDiscard(deps, stored, base);
    },
    cloud: lazyCloudApi({ transport, env, hosts: config.hosts, apikey: config.apikey, security: config.security, session: config.cloud || {} }, base),
  };
}
