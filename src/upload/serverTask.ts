/**
 * An upload that is one request to our server, which stores the file itself (store a URL, copy from a custom source):
 * no parts and no bytes from this side, so progress jumps from 0 to 100% when the server answers. Retried like every
 * engine request; cancel rejects with AbortError.
 */
import { AbortError } from '../core/errors';
import { StoredFile, UploadEvents, UploadTask } from '../core/contracts';
import { EngineOptions, HttpRequest, HttpTransport, UploadEnvironment } from './types';
import { Aborter } from '../core/http/signal';
import { sendOnce, withRetry } from '../core/http/retry';
import { parseStored } from './protocol';

export interface ServerTaskDeps {
  transport: HttpTransport;
  env: UploadEnvironment;
  /** Base of the file API, for the stored file's URL. */
  fileApi: string;
}

export interface ServerTaskRequest {
  request: Pick<HttpRequest, 'method' | 'url' | 'headers' | 'body'>;
  /** Names the request in error messages. */
  where: string;
  /** The name to report when the server's answer has none. */
  filename: string;
  /** Turns a failure into the error the caller rejects with (default: as it is). */
  mapError?(e: unknown): unknown;
  /** Reads the answer (default: the store API's answer, parseStored). */
  parse?(text: string): StoredFile;
}

export function runServerTask(deps: ServerTaskDeps, task: ServerTaskRequest, events: UploadEvents, opts: EngineOptions): UploadTask {
  const abort = new Aborter();
  let finished = false;
  const promise = new Promise<StoredFile>(function (resolve, reject) {
    abort.onAbort(function () { if (!finished) { finished = true; reject(new AbortError()); } });
    deps.env.setTimeout(function () {
      if (finished) return;
      if (events.onStart) events.onStart();
      withRetry({ env: deps.env, retry: opts.retryOptions, onRetry: events.onRetry }, abort, function () {
        return sendOnce(deps.transport, { ...task.request, timeoutMs: opts.requestTimeoutMs, signal: abort }, task.where);
      }).then(function (res) {
        const stored = task.parse ? task.parse(res.text) : parseStored(res.text, deps.fileApi, task.where, { filename: task.filename, mimetype: 'application/octet-stream', size: 0 });
        if (finished) return;
        finished = true;
        if (events.onProgress) events.onProgress({ loaded: stored.size, total: stored.size });
        resolve(stored);
      }).then(undefined, function (e: unknown) {
        if (finished) return;
        finished = true;
        reject(task.mapError ? task.mapError(e) : e);
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
