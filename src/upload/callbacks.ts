/** The caller's lifecycle callbacks, made safe to call from inside the engine. */
import { UploadEnvironment } from './types';
import { UploadEvents } from '../core/contracts';

type CallbackEnv = Pick<UploadEnvironment, 'setTimeout'>;

/**
 * Calls a caller's callback so that an exception in it cannot break the upload: it is rethrown on a fresh stack
 * (it shows up as an uncaught error, as it would from an event listener).
 */
function guarded<A extends unknown[]>(env: CallbackEnv, cb: ((...args: A) => void) | undefined): ((...args: A) => void) | undefined {
  if (!cb) return undefined;
  return function (...args: A) {
    try {
      cb(...args);
    } catch (e) {
      env.setTimeout(function () { throw e; }, 0);
    }
  };
}

/** Every callback of `rawEvents`, guarded. */
export function guardEvents(env: CallbackEnv, rawEvents: UploadEvents): UploadEvents {
  return {
    onStart: guarded(env, rawEvents.onStart && rawEvents.onStart.bind(rawEvents)),
    onUploadStart: guarded(env, rawEvents.onUploadStart && rawEvents.onUploadStart.bind(rawEvents)),
    onProgress: guarded(env, rawEvents.onProgress && rawEvents.onProgress.bind(rawEvents)),
    onRetry: guarded(env, rawEvents.onRetry && rawEvents.onRetry.bind(rawEvents)),
    onUploadComplete: guarded(env, rawEvents.onUploadComplete && rawEvents.onUploadComplete.bind(rawEvents)),
  };
}
