import { StoreOptions } from '../../core/contracts';
import { isNetworkError } from '../../core/errors';
import { Outcome } from '../callbacks';
import { FPError } from '../FPError';
import { shiftAfter } from '../shift';
import { checkStore, checkStoreUrl, restStoreOptions } from './checks';
import { STORE_URL_CODES, WRITE_CODES, CodeTable, codeFor } from './codes';
import { outcomeFor, RestEnv, securityOf, securityParams } from './env';
import { Params } from './fileUrl';
import { storeApiUrl, storeUrlRequest } from '../../core/storeApi';
import { copyOptions, firstFile, isFile, isFileInput, urlOf } from './inputs';
import { describeValue } from '../../core/describe';
import { parseJson, percentReporter, perform } from './request';
import { fpFileFromJson } from './result';
import { HttpRequest } from '../../core/http/types';
import { sourceUrl } from './target';
import { sendableText, textOrList } from './optionText';

/** Files larger than one part (5 MiB) go through the multipart engine instead of one POST. */
export const ONE_PART = 5 * 1024 * 1024;

/** The caller's options (a copy): any values; each is checked where it is used. */
type Options = { [key: string]: unknown };

/**
 * `<storeApi>/<location>?key=…` with v2's parameters (src/library/urls.js `constructStoreUrl`) and the region; the
 * store options come from the store option translator (restStoreOptions), the location lower case.
 */
export function storeUrlFor(env: RestEnv, options: Options, mimetype?: string): string {
  const store = restStoreOptions(options);
  const params: Params = [
    ['base64decode', options.base64decode ? 'true' : undefined],
    ['mimetype', sendableText(mimetype)],
    ['filename', store.filename],
    ['path', store.path],
    ['container', store.container],
    ['region', store.region],
    ['access', store.access],
  ];
  return storeApiUrl(env.ctx.hosts.storeApi, env.ctx.requireKey(), store.location, params.concat(securityParams(options)));
}

function post(env: RestEnv, request: HttpRequest, codes: CodeTable, outcome: Outcome): void {
  perform({ transport: env.transport, request: request, codes: codes, outcome: outcome, progress: true, parse: (res) => fpFileFromJson(env.ctx.hosts, parseJson(res)) });
}

function storeData(env: RestEnv, data: string, options: Options, outcome: Outcome): void {
  const mimetype = textOrList(options.mimetype) || 'text/plain';
  post(env, { method: 'POST', url: storeUrlFor(env, options, mimetype), headers: { 'Content-Type': mimetype }, body: data }, WRITE_CODES, outcome);
}

function storeRemote(env: RestEnv, url: string, options: Options, outcome: Outcome): void {
  post(env, storeUrlRequest(storeUrlFor(env, options, textOrList(options.mimetype)), sourceUrl(env.ctx.hosts, url)), STORE_URL_CODES, outcome);
}

/** The engine's error as the FPError `store` gives (write codes: 122 / 403 / 121 / 123). */
function engineError(err: unknown): FPError {
  const details = err instanceof Error ? err.message : String(err);
  return new FPError(isNetworkError(err) ? codeFor(WRITE_CODES, err.status, false) : WRITE_CODES.other, details);
}

function storeLarge(env: RestEnv, file: Blob & { name?: string }, options: Options, outcome: Outcome): void {
  const store: StoreOptions = restStoreOptions(options);
  const progress = percentReporter(outcome, 95);
  const task = env.ctx.uploader(securityOf(options)).upload(file, store, {
    onProgress(p) {
      progress.bytes(p.loaded, p.total);
    },
  });
  task.promise.then(
    function (stored) {
      if (outcome.finished) return;
      let blob;
      try {
        blob = fpFileFromJson(env.ctx.hosts, stored);
      } catch (e) {
        outcome.fail(new FPError(WRITE_CODES.other, 'filepicker: unexpected answer from the upload: ' + (e as Error).message));
        return;
      }
      progress.done();
      outcome.succeed(blob);
    },
    function (err) {
      outcome.fail(engineError(err));
    },
  );
}

function storeFile(env: RestEnv, file: Blob & { name?: string }, options: Options, outcome: Outcome): void {
  if (!options.filename && file.name) options.filename = file.name;
  if (file.size > ONE_PART) {
    storeLarge(env, file, options, outcome);
    return;
  }
  const form = new FormData();
  form.append('fileUpload', file);
  post(env, { method: 'POST', url: storeUrlFor(env, options, textOrList(options.mimetype)), body: form }, WRITE_CODES, outcome);
}

/** `store(input, options?, onSuccess?, onError?, onProgress?)`: stores data, a File/Blob, a file input's file or an FPFile's URL. */
export function store(env: RestEnv, args: ArrayLike<unknown>): void {
  checkStore(env.ctx, args);
  const input = args[0];
  const a = shiftAfter(args, 1);
  const options = copyOptions(a.options);
  if (typeof input === 'string') {
    storeData(env, input, options, outcomeFor(env.ctx, a));
  } else if (isFileInput(input)) {
    const outcome = outcomeFor(env.ctx, a);
    const file = firstFile(input);
    if (!file) outcome.fail(new FPError(115, 'filepicker: the file input has no file chosen'));
    else storeFile(env, file, options, outcome);
  } else if (isFile(input)) {
    storeFile(env, input, options, outcomeFor(env.ctx, a));
  } else {
    // an FPFile (checkStore let nothing else through)
    if (!options.filename) options.filename = (input as { filename?: string }).filename;
    storeRemote(env, String(urlOf(input)), options, outcomeFor(env.ctx, a));
  }
}

/** `storeUrl(url, options?, onSuccess?, onError?, onProgress?)`: the server fetches `url` and stores it (codes 151–153). */
export function storeUrl(env: RestEnv, args: ArrayLike<unknown>): void {
  checkStoreUrl(env.ctx, args);
  const input = args[0];
  const a = shiftAfter(args, 1);
  const options = copyOptions(a.options);
  const outcome = outcomeFor(env.ctx, a);
  const url = typeof input === 'string' ? input : urlOf(input);
  if (typeof url !== 'string' || !url) {
    // v2 posted `url=<whatever>` and the server answered 400; we say why without asking it.
    outcome.fail(new FPError(STORE_URL_CODES.badParams, 'filepicker: storeUrl needs a URL string as its first argument, got ' + describeValue(input)));
    return;
  }
  storeRemote(env, url, options, outcome);
}
