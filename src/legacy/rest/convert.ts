import { FPError } from '../FPError';
import { checkConvert } from './checks';
import { CONVERT_CODES } from './codes';
import { outcomeFor, RestEnv } from './env';
import { formEncode, Params, trimConvert } from './fileUrl';
import { parseJson, perform } from './request';
import { fpFileFromJson } from './result';

/**
 * `convert(fpfile, convertOptions, storeOptions?, onSuccess?, onError?, onProgress?)`: a converted copy of an image,
 * stored. Parameters are checked against v2's table (v2's exception texts); store options become `storeLocation`,
 * `storePath`, `storeContainer` and `storeAccess` (default `private`); parameters of a `/convert?…` URL fill in what
 * the options do not give. The request is `POST <file>/convert` with the parameters as a form.
 */
export function convert(env: RestEnv, args: ArrayLike<unknown>): void {
  const call = checkConvert(env.ctx, args);
  const outcome = outcomeFor(env.ctx, call.a);
  if (call.badMimetype) {
    const mimetype = call.badMimetype.mimetype;
    outcome.fail(new FPError(142, 'filepicker: only images and PDFs can be converted; this FPFile has mimetype ' + (mimetype ? '"' + String(mimetype) + '"' : 'none')));
    return;
  }
  const options = call.options;
  const params: Params = [];
  for (const k in options) {
    if (!Object.prototype.hasOwnProperty.call(options, k)) continue;
    const v = options[k];
    params.push([k, Object.prototype.toString.call(v) === '[object Array]' ? (v as unknown[]).join(',') : v]);
  }
  perform({
    transport: env.transport,
    request: { method: 'POST', url: trimConvert(call.url) + '/convert', headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' }, body: formEncode(params) },
    codes: CONVERT_CODES,
    outcome: outcome,
    progress: true,
    parse: (res) => fpFileFromJson(env.ctx.hosts, parseJson(res)),
  });
}
