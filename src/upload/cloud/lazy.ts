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

/** A CloudApi whose every call waits for the client `api` gives; the arguments are checked at once. */
export function deferredCloudApi(api: () => Promise<CloudApi>): CloudApi {
  function fileTask(file: CloudRef, run: (a: CloudApi) => UploadTask): UploadTask {
    checkRef(file && file.cloud, file && file.path, true);
    return deferredTask(api().then(run));
  }
  return {
    list(cloud, path, cursor) {
      return api().then(function (a) { return a.list(cloud, path, cursor); });
    },
    signIn(cloud, fields) {
      return api().then(function (a) { return a.signIn(cloud, fields); });
    },
    store(file, store, events) {
      return fileTask(file, function (a) { return a.store(file, store, events); });
    },
    link(file, events) {
      return fileTask(file, function (a) { return a.link(file, events); });
    },
    logout(cloud) {
      return api().then(function (a) { return a.logout(cloud); });
    },
    offered(clouds) {
      return api().then(function (a) { return a.offered(clouds); });
    },
    oauthMessage(cloud, origin, data) {
      return api().then(function (a) { return a.oauthMessage(cloud, origin, data); });
    },
    thumbnail(file, signal) {
      return api().then(function (a) { return a.thumbnail(file, signal); });
    },
  };
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
