/**
 * The cloud API as the engine hands it out: the client itself (cloud.ts, request.ts) is the on-demand chunk
 * `cloudapi`, loaded on the first call, so pages that never open a cloud source do not carry it. The arguments are
 * checked at once, as the client would.
 */
import { CloudApi, CloudRef, StoredFile, UploadTask } from '../../core/contracts';
import { EngineOptions } from '../types';
import { CloudDeps } from './request';
import { checkRef } from './checks';

/** A task whose real task starts once the client is loaded; a cancel before that cancels it as soon as it exists. */
function deferredTask(start: Promise<UploadTask>): UploadTask {
  let task: UploadTask | undefined;
  let cancelled = false;
  const promise = start.then(function (t): Promise<StoredFile> {
    task = t;
    if (cancelled) t.cancel();
    return t.promise;
  });
  return {
    promise,
    cancel() {
      cancelled = true;
      if (task) task.cancel();
    },
    pause() { /* one request: nothing to pause */ },
    resume() { /* one request: nothing to resume */ },
  };
}

/** The CloudApi calls that answer a promise: forwarded as they are once the client is in. */
const FORWARDED: Array<'list' | 'search' | 'signIn' | 'folderLink' | 'logout' | 'offered' | 'oauthMessage' | 'thumbnail'> = [
  'list', 'search', 'signIn', 'folderLink', 'logout', 'offered', 'oauthMessage', 'thumbnail',
];

/** A CloudApi whose every call waits for the client `api` gives; the arguments are checked at once. */
export function deferredCloudApi(api: () => Promise<CloudApi>): CloudApi {
  function fileTask(file: CloudRef, run: (a: CloudApi) => UploadTask): UploadTask {
    checkRef(file && file.cloud, file && file.path, true);
    return deferredTask(api().then(run));
  }
  // one forwarder for the calls of different signatures (so the main bundle carries one, not one per call): the
  // arguments go through untouched, as `apply` takes them
  const out = {
    store(file, store, events) {
      return fileTask(file, function (a) { return a.store(file, store, events); });
    },
    link(file, events) {
      return fileTask(file, function (a) { return a.link(file, events); });
    },
  } as Pick<CloudApi, 'store' | 'link'> as unknown as Record<string, (...args: unknown[]) => unknown>;
  FORWARDED.forEach(function (name) {
    out[name] = function () {
      const args = arguments;
      return api().then(function (a) { return (a[name] as (...x: unknown[]) => Promise<unknown>).apply(a, args as unknown as unknown[]); });
    };
  });
  return out as unknown as CloudApi;
}

/** The cloud API of an engine: the client chunk `cloudapi` is loaded on the first call. */
export function lazyCloudApi(deps: CloudDeps, opts: EngineOptions): CloudApi {
  let loaded: Promise<CloudApi> | undefined;
  return deferredCloudApi(function () {
    if (!loaded) {
      loaded = import(/* webpackChunkName: "cloudapi" */ './cloud').then(function (m) { return m.createCloudApi(deps, opts); });
      // a failed load is tried again by the next call
      loaded.then(undefined, function () { loaded = undefined; });
    }
    return loaded;
  });
}
