/**
 * The complete request: `/multipart/complete`, polled while the server answers 202 (still assembling), at most
 * `maxCompletePolls` times with a backoff capped at 5 s.
 */
import { FilepickerError, PREFIX } from '../core/errors';
import { StoredFile } from '../core/contracts';
import { EngineOptions, HttpResponse, UploadEnvironment } from './types';
import { Aborter } from '../core/http/signal';
import { sleep } from '../core/http/retry';
import { backoffDelay } from '../core/http/retryPolicy';
import * as P from './protocol';

export interface CompleteContext {
  env: UploadEnvironment;
  opts: EngineOptions;
  fileApi: string;
  /** Name, type and size, for fields the answer leaves out. */
  file: { filename: string; mimetype: string; size: number };
  /** POSTs `body` to `path` of the upload API (with retries). */
  post(path: string, body: string, signal: Aborter, where: string): Promise<HttpResponse>;
}

/** Sends `body` to complete and resolves with the stored file; `signal` stops the polling. */
export function requestComplete(ctx: CompleteContext, body: string, signal: Aborter): Promise<StoredFile> {
  const opts = ctx.opts;
  const env = ctx.env;
  const where = 'the complete request (/multipart/complete)';
  const pollOpts = { retries: 0, factor: opts.retryOptions.factor, minTimeout: opts.retryOptions.minTimeout, maxTimeout: Math.min(opts.retryOptions.maxTimeout, 5000) };
  const ask = function (poll: number): Promise<StoredFile> {
    return ctx.post('/multipart/complete', body, signal, where).then(function (res) {
      if (res.status !== 202) return P.parseStored(res.text, ctx.fileApi, where, ctx.file);
      if (poll >= opts.maxCompletePolls) {
        throw new FilepickerError(PREFIX + where + ' was still answering 202 (processing) after ' + opts.maxCompletePolls + ' polls; giving up');
      }
      return sleep(env, backoffDelay(pollOpts, poll + 1, env.random()), signal).then(function () { return ask(poll + 1); });
    });
  };
  return ask(0);
}
