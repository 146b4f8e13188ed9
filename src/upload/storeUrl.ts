/**
 * Stores a remote URL through the store API: `POST <storeApi>/<location>?key=…` with the form field `url=`.
 * The server fetches the URL; there are no parts, so progress jumps from 0 to 100% when it answers.
 */
import { PREFIX, ValidationError } from '../core/errors';
import { Hosts, Security, StoreOptions, UploadEvents, UploadTask } from '../core/contracts';
import { EngineOptions, HttpTransport, UploadEnvironment } from './types';
import { runServerTask } from './serverTask';

export interface StoreUrlDeps {
  transport: HttpTransport;
  env: UploadEnvironment;
  hosts: Hosts;
  apikey: string;
  security?: Security;
}

/** The store API URL for these options (policy and signature as query parameters, as v2 sent them). */
export function storeUrlEndpoint(hosts: Hosts, apikey: string, store: StoreOptions, security?: Security): string {
  const q: string[] = ['key=' + encodeURIComponent(apikey)];
  const add = function (k: string, v: string | undefined) { if (v) q.push(k + '=' + encodeURIComponent(v)); };
  add('filename', store.filename);
  add('path', store.path);
  add('container', store.container);
  add('access', store.access);
  add('region', store.region);
  if (security) {
    add('policy', security.policy);
    add('signature', security.signature);
  }
  return hosts.storeApi.replace(/\/+$/, '') + '/' + encodeURIComponent(store.location || 's3') + '?' + q.join('&');
}

export function runStoreUrl(deps: StoreUrlDeps, url: string, store: StoreOptions, events: UploadEvents, opts: EngineOptions): UploadTask {
  if (typeof url !== 'string' || !/^https?:\/\/\S+$/i.test(url)) {
    throw new ValidationError('url', PREFIX + '`url` must be an http(s) URL, got ' + (typeof url === 'string' ? '"' + url + '"' : typeof url));
  }
  const endpoint = storeUrlEndpoint(deps.hosts, deps.apikey, store, deps.security);
  return runServerTask({ transport: deps.transport, env: deps.env, fileApi: deps.hosts.fileApi }, {
    request: { method: 'POST', url: endpoint, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'url=' + encodeURIComponent(url) },
    where: 'the store request (' + deps.hosts.storeApi + ')',
    filename: url.replace(/[?#].*$/, '').replace(/\/+$/, '').replace(/^.*\//, '') || 'untitled',
  }, events, opts);
}
