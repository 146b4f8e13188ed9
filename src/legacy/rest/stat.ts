import { shiftAfter } from '../shift';
import { checkRemove, checkStat } from './checks';
import { REMOVE_CODES, STAT_CODES } from './codes';
import { cacheBust, outcomeFor, RestEnv } from './env';
import { removeRequest } from '../../core/fileApi';
import { Params } from './fileUrl';
import { withQuery } from './requestUrl';
import { copyOptions, Options } from './inputs';
import { parseJson, perform } from './request';
import { metadataFromJson } from './result';
import { SMALL_REQUEST_TIMEOUT_MS } from './policy';

/** The options as request parameters, as v2 sent them (every key; `true` → `true`): strings, numbers and booleans only. */
function optionParams(options: Options, skip: string[]): Params {
  const out: Params = [];
  for (const k in options) {
    if (!Object.prototype.hasOwnProperty.call(options, k) || skip.indexOf(k) >= 0) continue;
    const v = options[k];
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out.push([k, v]);
  }
  return out;
}

/**
 * `stat(fpfile, options?, onSuccess?, onError?)` (alias `metadata`): the file's metadata. Option keys (`width: true`,
 * `policy`, `signature` …) go in the query as in v2; `uploaded`, `modified` and `created` come back as `Date`s.
 */
export function stat(env: RestEnv, args: ArrayLike<unknown>): void {
  const target = checkStat(env.ctx, args);
  const a = shiftAfter(args, 1);
  const options = copyOptions(a.options);
  perform({
    transport: env.transport,
    request: { method: 'GET', url: withQuery(target + '/metadata', optionParams(options, ['cache']).concat(cacheBust(options))), timeoutMs: SMALL_REQUEST_TIMEOUT_MS },
    codes: STAT_CODES,
    retryOn: env.timers,
    outcome: outcomeFor(env.ctx, { onSuccess: a.onSuccess, onError: a.onError }),
    parse: (res) => metadataFromJson(parseJson(res)),
  });
}

/** `remove(fpfile, options?, onSuccess?, onError?)`: deletes the file; `onSuccess()` is called with no argument (v2). */
export function remove(env: RestEnv, args: ArrayLike<unknown>): void {
  const checked = checkRemove(env.ctx, args);
  const key = checked.key;
  const target = checked.target;
  const a = shiftAfter(args, 1);
  const options = copyOptions(a.options);
  const onSuccess = a.onSuccess;
  perform({
    transport: env.transport,
    request: { ...removeRequest(target, key, optionParams(options, ['key'])), timeoutMs: SMALL_REQUEST_TIMEOUT_MS },
    codes: REMOVE_CODES,
    outcome: outcomeFor(env.ctx, { onSuccess: onSuccess ? () => onSuccess() : undefined, onError: a.onError }),
    parse: () => undefined,
  });
}
