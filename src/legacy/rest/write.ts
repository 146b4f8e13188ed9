import { Outcome } from '../callbacks';
import { FPError } from '../FPError';
import { shiftAfter } from '../shift';
import { checkWrite } from './checks';
import { WRITE_CODES } from './codes';
import { outcomeFor, RestEnv, securityParams } from './env';
import { formEncode, Params } from './fileUrl';
import { withQuery } from './requestUrl';
import { copyOptions, firstFile, isFile, isFileInput, urlOf, Options } from './inputs';
import { textOrList } from './optionText';
import { parseJson, perform } from './request';
import { fpFileFromJson } from './result';
import { sourceUrl } from './target';
import { HttpRequest } from '../../core/http/types';

type Body = { kind: 'data'; data: string } | { kind: 'file'; file: Blob } | { kind: 'url'; url: string };

/** The write request (v2's `constructWriteUrl`, without its `nonce=fp` and `plugin` parameters). */
function writeRequest(target: string, body: Body, options: Options): HttpRequest {
  const mimetype = body.kind === 'file' ? (body.file as Blob).type || undefined : textOrList(options.mimetype);
  const params: Params = [['base64decode', options.base64decode ? 'true' : undefined], ['mimetype', mimetype]];
  const url = withQuery(target, params.concat(securityParams(options)));
  if (body.kind === 'data') return { method: 'POST', url: url, headers: { 'Content-Type': mimetype || 'text/plain' }, body: body.data };
  if (body.kind === 'url') return { method: 'POST', url: url, headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' }, body: formEncode([['url', body.url]]) };
  const form = new FormData();
  form.append('fileUpload', body.file);
  return { method: 'POST', url: url, body: form };
}

function send(env: RestEnv, target: string, body: Body, options: Options, outcome: Outcome): void {
  perform({
    transport: env.transport,
    request: writeRequest(target, body, options),
    codes: WRITE_CODES,
    outcome: outcome,
    progress: true,
    parse: (res) => fpFileFromJson(env.ctx.hosts, parseJson(res)),
  });
}

/** `write(fpfile, input, options?, onSuccess?, onError?, onProgress?)`: replaces a file's contents. */
export function write(env: RestEnv, args: ArrayLike<unknown>): void {
  const target = checkWrite(env.ctx, args, false);
  const input = args[1];
  const a = shiftAfter(args, 2);
  const options = copyOptions(a.options);
  const outcome = outcomeFor(env.ctx, a);
  if (typeof input === 'string') {
    send(env, target, { kind: 'data', data: input }, options, outcome);
  } else if (isFileInput(input)) {
    const file = firstFile(input);
    if (!file) outcome.fail(new FPError(115, 'filepicker: the file input has no file chosen'));
    else send(env, target, { kind: 'file', file: file }, options, outcome);
  } else if (isFile(input)) {
    send(env, target, { kind: 'file', file: input }, options, outcome);
  } else {
    // an FPFile (checkWrite let nothing else through)
    send(env, target, { kind: 'url', url: sourceUrl(env.ctx.hosts, urlOf(input)) }, options, outcome);
  }
}

/** `writeUrl(fpfile, url, options?, onSuccess?, onError?, onProgress?)`: replaces a file's contents with a remote URL's. */
export function writeUrl(env: RestEnv, args: ArrayLike<unknown>): void {
  const target = checkWrite(env.ctx, args, true);
  const input = args[1];
  const a = shiftAfter(args, 2);
  const options = copyOptions(a.options);
  const source = typeof input === 'string' ? input : urlOf(input) || input;
  send(env, target, { kind: 'url', url: sourceUrl(env.ctx.hosts, source) }, options, outcomeFor(env.ctx, a));
}
