import { Outcome } from '../callbacks';
import { encodeBinary } from '../base64';
import { FPError } from '../FPError';
import { shiftAfter } from '../shift';
import { checkRead } from './checks';
import { READ_CODES } from './codes';
import { cacheBust, outcomeFor, RestEnv, securityParams } from './env';
import { toFileApiUrl } from './fileUrl';
import { withQuery } from './requestUrl';
import { copyOptions, firstFile, isFile, isFileInput, urlOf, Options } from './inputs';
import { readLocalFile } from './readFile';
import { bytesOf, perform } from './request';
import { utf8Decode } from './text';

/**
 * What `read` gives for the bytes of a URL. A file of ours (an FPFile or a file URL): v2's binary string (one char
 * per byte: latin1) by default, which pages that read binary data depend on; the UTF-8 text with `asText`; base64 with
 * `base64encode: true`; text with `base64encode: false`. Another site's URL: its text (v2 returned `responseText`),
 * or base64 with `base64encode: true`.
 */
export function readResult(bytes: string, options: Options, ourFile: boolean): string {
  if (options.base64encode === true) return encodeBinary(bytes);
  if (options.asText || options.base64encode === false || !ourFile) return utf8Decode(bytes);
  return bytes;
}

function readUrl(env: RestEnv, url: string, ourFile: boolean, options: Options, outcome: Outcome): void {
  const params = ourFile ? securityParams(options).concat(cacheBust(options)) : [];
  perform({
    transport: env.transport,
    request: { method: 'GET', url: withQuery(url, params), responseType: 'arraybuffer' },
    codes: READ_CODES,
    outcome: outcome,
    progress: true,
    retryOn: env.timers,
    parse: (res) => readResult(bytesOf(res), options, ourFile),
  });
}

/** `read(input, options?, onSuccess?, onError?, onProgress?)`: the contents of a URL, FPFile, file input or File/Blob. */
export function read(env: RestEnv, args: ArrayLike<unknown>): void {
  checkRead(env.ctx, args);
  const input = args[0];
  const a = shiftAfter(args, 1);
  const options = copyOptions(a.options);
  const outcome = outcomeFor(env.ctx, a);
  const hosts = env.ctx.hosts;

  if (typeof input === 'string') {
    const ours = toFileApiUrl(hosts, input);
    readUrl(env, ours || input, !!ours, options, outcome);
  } else if (isFileInput(input)) {
    const file = firstFile(input);
    if (!file) outcome.fail(new FPError(115, 'filepicker: the file input has no file chosen'));
    else readLocalFile(file, options, outcome);
  } else if (isFile(input)) {
    readLocalFile(input, options, outcome);
  } else {
    // an FPFile (checkRead let nothing else through)
    const url = String(urlOf(input));
    readUrl(env, toFileApiUrl(hosts, url) || url, true, options, outcome);
  }
}
