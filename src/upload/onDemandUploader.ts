/**
 * The engine as a part loaded on demand. `createUploader` (the one src/upload exports) checks its configuration and
 * every call's input at once, as the engine does, and hands the work to the engine (src/upload/createUploader.ts)
 * once it is in: in the minified browser bundle the engine is the webpack chunk `engine` (chunks/engine.min.js,
 * fetched at idle after page load by the entry, else with the first upload); in the readable bundle (which Node uses)
 * and in tests it is part of the same file and is in at once. The calls return what the engine's return, at once:
 * a task's `cancel`, `pause` and `resume` made before the engine is in are applied to the engine's task when it starts.
 * If the part cannot be loaded, the call's promise rejects with an error naming it; the next call tries again.
 */
import { AbortError, FilepickerError, PREFIX } from '../core/errors';
import { UploadTask } from '../core/contracts';
import { EngineUploader, UploaderConfig } from './createUploader';
import { resolveOptions } from './options';
import { toSource } from './source';
import { checkSourceRef, checkStoreUrl, checkUploaderConfig } from './inputChecks';
import { deferredCloudApi } from './cloud/lazy';

/** What the part gives. */
export interface EngineModule {
  createUploader(config: UploaderConfig): EngineUploader;
}

/** The engine: a chunk of its own in the minified bundle; elsewhere in the same file (a condition the build folds, so only one branch is bundled). */
export function loadEngine(): Promise<EngineModule> {
  if (typeof __ENGINE_PART__ !== 'undefined' && __ENGINE_PART__) return import(/* webpackChunkName: "engine" */ './createUploader');
  return import(/* webpackMode: "eager" */ './createUploader');
}

/** Starts loading the engine early (the entry calls it at idle); a failure is left to the call that needs it. */
export function prefetchEngine(): void {
  loadEngine().then(undefined, function () {
    // reported by the upload that needs the engine
  });
}

/** The message of the error a call ends with when the engine cannot be loaded. */
function partFailed(e: unknown): string {
  const why = e && (e as Error).message ? (e as Error).message : String(e);
  return PREFIX + 'could not load the `engine` part of the library (chunks/engine.min.js next to the main script): ' + why;
}

/** A task whose engine task starts once `ready` gives the engine; controls made before are applied then. */
function deferredTask(ready: Promise<EngineUploader>, start: (engine: EngineUploader) => UploadTask): UploadTask {
  let task: UploadTask | undefined;
  let cancelled = false;
  let paused = false;
  const promise = ready.then(
    function (engine) {
      task = start(engine);
      if (cancelled) task.cancel();
      else if (paused) task.pause();
      return task.promise;
    },
    function (e: unknown) {
      throw cancelled ? new AbortError() : e;
    },
  );
  return {
    promise,
    cancel() {
      if (task) task.cancel();
      else cancelled = true;
    },
    pause() {
      if (task) task.pause();
      else paused = true;
    },
    resume() {
      if (task) task.resume();
      else paused = false;
    },
  };
}

/** An EngineUploader that checks at once and runs on the engine `load` gives (default: loadEngine). */
export function createUploader(config: UploaderConfig, load: () => Promise<EngineModule> = loadEngine): EngineUploader {
  checkUploaderConfig(config);
  const base = resolveOptions({ partSize: config.partSize, maxConcurrentUploads: config.maxConcurrentUploads, retryOptions: config.retryOptions, resume: config.resume, ...(config.tuning || {}) });
  let loading: Promise<EngineUploader> | undefined;
  function engine(): Promise<EngineUploader> {
    if (!loading) {
      loading = load().then(
        function (m) { return m.createUploader(config); },
        function (e: unknown) {
          loading = undefined;
          throw new FilepickerError(partFailed(e));
        },
      );
    }
    return loading;
  }
  return {
    upload(file, store, events, overrides) {
      if (overrides) resolveOptions(overrides, base);
      const source = toSource(file);
      return deferredTask(engine(), function (e) { return e.upload(source, store, events, overrides); });
    },
    storeUrl(url, store, events) {
      checkStoreUrl(url);
      return deferredTask(engine(), function (e) { return e.storeUrl(url, store, events); });
    },
    listSource(container, path, cursor) {
      return engine().then(function (e) { return e.listSource(container, path, cursor); });
    },
    storeFromSource(source, store, events) {
      checkSourceRef(source && source.container, source && source.path, true);
      return deferredTask(engine(), function (e) { return e.storeFromSource(source, store, events); });
    },
    discard(stored) {
      return engine().then(function (e) { return e.discard(stored); });
    },
    cloud: deferredCloudApi(function () { return engine().then(function (e) { return e.cloud; }); }),
  };
}
