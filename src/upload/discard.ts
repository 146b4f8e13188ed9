/**
 * Removes a stored file through the file API (`POST <fileApi>/<handle>/remove` with `key`, and `policy`/`signature`
 * when set): the dialog discards copies it stored but will not return (an edit superseded them, the user removed the
 * file, the dialog was closed). The request is built by `removeRequest` of src/core/fileApi.ts, the same one the v2
 * `remove` sends. Transient failures are retried like every engine request; any other answer rejects.
 */
import { PREFIX, ValidationError } from '../core/errors';
import { Hosts, Security, StoredFile } from '../core/contracts';
import { Params, removeRequest } from '../core/fileApi';
import { EngineOptions, HttpTransport, UploadEnvironment } from './types';
import { Aborter } from '../core/http/signal';
import { sendOnce, withRetry } from '../core/http/retry';

export interface DiscardDeps {
  transport: HttpTransport;
  env: UploadEnvironment;
  hosts: Hosts;
  apikey: string;
  security?: Security;
}

export function runDiscard(deps: DiscardDeps, stored: StoredFile, opts: EngineOptions): Promise<void> {
  const handle = stored && stored.handle;
  if (typeof handle !== 'string' || !/^[A-Za-z0-9_-]+$/.test(handle)) {
    return Promise.reject(new ValidationError('handle', PREFIX + '`handle` of the file to discard must be a file handle (letters, digits, _ and -), got ' + (typeof handle === 'string' ? '"' + handle + '"' : typeof handle)));
  }
  const params: Params = [];
  if (deps.security) {
    params.push(['policy', deps.security.policy]);
    params.push(['signature', deps.security.signature]);
  }
  const req = removeRequest(deps.hosts.fileApi.replace(/\/+$/, '') + '/' + handle, deps.apikey, params);
  const where = 'the remove request (' + deps.hosts.fileApi + '/' + handle + '/remove)';
  return withRetry({ env: deps.env, retry: opts.retryOptions }, new Aborter(), function () {
    return sendOnce(deps.transport, { method: req.method, url: req.url, headers: req.headers, body: req.body, timeoutMs: opts.requestTimeoutMs }, where);
  }).then(function () { return undefined; }, function (e: Error) {
    // the server's answer is quoted in the message: make sure it cannot carry the policy or signature on
    const sec = deps.security;
    if (sec && e && typeof e.message === 'string') {
      let m = e.message;
      if (sec.policy) m = m.split(sec.policy).join('…');
      if (sec.signature) m = m.split(sec.signature).join('…');
      e.message = m;
    }
    throw e;
  });
}
