/**
 * Stores a remote URL through the store API (the request of src/core/storeApi.ts, shared with v2's REST `storeUrl`).
 * The server fetches the URL; there are no parts, so progress jumps from 0 to 100% when it answers.
 */
import { Hosts, Security, StoreOptions, UploadEvents, UploadTask } from '../core/contracts';
import { EngineOptions, HttpTransport, UploadEnvironment } from './types';
import { runServerTask } from './serverTask';
import { checkStoreUrl } from './inputChecks';
import { storeApiUrl, storeUrlRequest } from '../core/storeApi';

export interface StoreUrlDeps {
  transport: HttpTransport;
  env: UploadEnvironment;
  hosts: Hosts;
  apikey: string;
  security?: Security;
}

/** The store API URL for these options (policy and signature as query parameters, as v2 sent them). */
export function storeUrlEndpoint(hosts: Hosts, apikey: string, store: StoreOptions, security?: Security): string {
  const sec = security || {};
  return storeApiUrl(hosts.storeApi, apikey, store.location, [
    ['filename', store.filename || undefined],
    ['path', store.path || undefined],
    ['container', store.container || undefined],
    ['access', store.access || undefined],
    ['region', store.region || undefined],
    ['policy', sec.policy || undefined],
    ['signature', sec.signature || undefined],
  ]);
}

export function runStoreUrl(deps: StoreUrlDeps, url: string, store: StoreOptions, events: UploadEvents, opts: EngineOptions): UploadTask {
  checkStoreUrl(url);
  const endpoint = storeUrlEndpoint(deps.hosts, deps.apikey, store, deps.security);
  return runServerTask({ transport: deps.transport, env: deps.env, fileApi: deps.hosts.fileApi }, {
    request: storeUrlRequest(endpoint, url),
    where: 'the store request (' + deps.hosts.storeApi + ')',
    filename: url.replace(/[?#].*$/, '').replace(/\/+$/, '').replace(/^.*\//, '') || 'untitled',
  }, events, opts);
}
