/**
 * Stores a remote URL through the store API: `POST <storeApi>/<location>?key=…` with the form field `url=`.
 * The server fetches the URL; there are no parts, so progress jumps from 0 to 100% when it answers.
 */
import { AbortError, PREFIX, ValidationError } from '../core/errors';
import { Hosts, Security, StoreOptions, StoredFile, UploadEvents, UploadTask } from '../core/contracts';
import { EngineOptions, HttpTransport, UploadEnvironment } from './types';
import { Aborter } from './signal';
import { sendOnce, withRetry } from './retry';
import { parseStored } from './protocol';

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
  const abort = new Aborter();
  let finished = false;
  const where = 'the store request (' + deps.hosts.storeApi + ')';
  const endpoint = storeUrlEndpoint(deps.hosts, deps.apikey, store, deps.security);
  const fallbackName = url.replace(/[?#].*$/, '').replace(/\/+$/, '').replace(/^.*\//, '') || 'untitled';
  const promise = new Promise<StoredFile>(function (resolve, reject) {
    abort.onAbort(function () { if (!finished) { finished = true; reject(new AbortError()); } });
    deps.env.setTimeout(function () {
      if (finished) return;
      if (events.onStart) events.onStart();
      withRetry({ env: deps.env, retry: opts.retryOptions, onRetry: events.onRetry }, abort, function () {
        return sendOnce(deps.transport, {
          method: 'POST', url: endpoint, headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: 'url=' + encodeURIComponent(url), timeoutMs: opts.requestTimeoutMs, signal: abort,
        }, where);
      }).then(function (res) {
        const stored = parseStored(res.text, deps.hosts.fileApi, where, { filename: fallbackName, mimetype: 'application/octet-stream', size: 0 });
        if (finished) return;
        finished = true;
        if (events.onProgress) events.onProgress({ loaded: stored.size, total: stored.size });
        resolve(stored);
      }).then(undefined, function (e: Error) {
        if (finished) return;
        finished = true;
        reject(e);
      });
    }, 0);
  });
  return {
    promise,
    cancel() { abort.abort(); },
    pause() { /* one request: nothing to pause */ },
    resume() { /* one request: nothing to resume */ },
  };
}
