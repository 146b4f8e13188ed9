import { FilepickerException } from '../FilepickerException';
import { FPError } from '../FPError';
import { shiftAfter } from '../shift';
import { CONVERT_CODES } from './codes';
import { checkConvertParameters, paramsFromConvertUrl } from './convertParams';
import { outcomeFor, RestEnv } from './env';
import { formEncode, Params, trimConvert } from './fileUrl';
import { copyOptions } from './inputs';
import { parseJson, perform } from './request';
import { fpFileFromJson } from './result';
import { targetUrl } from './target';

/** v2's `mimetypes` "bad" types: a file with one of them may be anything, so it passes the image check. */
const UNKNOWN_TYPES = ['application/octet-stream', 'application/download', 'application/force-download', 'octet/stream', 'application/unknown', 'application/x-download', 'application/x-msdownload', 'application/x-secure-download'];

/** v2's check on an FPFile's `mimetype` before converting: `image/*`, `application/pdf` or an unknown type. */
export function convertibleMimetype(mimetype: unknown): boolean {
  if (!mimetype) return false;
  const t = String(mimetype).replace(/^\s+|\s+$/g, '').toLowerCase();
  if (UNKNOWN_TYPES.indexOf(t) >= 0) return true;
  const parts = t.split('/');
  return parts[0] === 'image' || (parts[0] === 'application' && parts[1] === 'pdf');
}

/**
 * `convert(fpfile, convertOptions, storeOptions?, onSuccess?, onError?, onProgress?)`: a converted copy of an image,
 * stored. Parameters are checked against v2's table (v2's exception texts); store options become `storeLocation`,
 * `storePath`, `storeContainer` and `storeAccess` (default `private`); parameters of a `/convert?…` URL fill in what
 * the options do not give. The request is `POST <file>/convert` with the parameters as a form.
 */
export function convert(env: RestEnv, args: ArrayLike<unknown>): void {
  env.ctx.requireKey();
  const fpfile = args[0];
  if (!fpfile) throw new FilepickerException('No fpfile given - nothing to convert!');
  const a = shiftAfter(args, 2);
  const options = copyOptions(args[1]);
  const storeOptions = copyOptions(a.options);
  if (storeOptions.location) options.storeLocation = storeOptions.location;
  if (storeOptions.path) options.storePath = storeOptions.path;
  if (storeOptions.container) options.storeContainer = storeOptions.container;
  options.storeAccess = storeOptions.access || 'private';
  const outcome = outcomeFor(env.ctx, a);

  const url = targetUrl(env.ctx.hosts, fpfile, 'Invalid file to convert', true);
  if (typeof fpfile !== 'string') {
    const mimetype = (fpfile as { mimetype?: unknown }).mimetype;
    if (!convertibleMimetype(mimetype)) {
      outcome.fail(new FPError(142, 'filepicker: only images and PDFs can be converted; this FPFile has mimetype ' + (mimetype ? '"' + String(mimetype) + '"' : 'none')));
      return;
    }
  }
  const fromUrl = paramsFromConvertUrl(url);
  for (const k in fromUrl) {
    if (Object.prototype.hasOwnProperty.call(fromUrl, k) && options[k] === undefined) options[k] = fromUrl[k];
  }
  checkConvertParameters(options);
  const params: Params = [];
  for (const k in options) {
    if (!Object.prototype.hasOwnProperty.call(options, k)) continue;
    const v = options[k];
    params.push([k, Object.prototype.toString.call(v) === '[object Array]' ? (v as unknown[]).join(',') : v]);
  }
  perform({
    transport: env.transport,
    request: { method: 'POST', url: trimConvert(url) + '/convert', headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' }, body: formEncode(params) },
    codes: CONVERT_CODES,
    outcome: outcome,
    progress: true,
    parse: (res) => fpFileFromJson(env.ctx.hosts, parseJson(res)),
  });
}
