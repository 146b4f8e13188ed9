import { FilepickerException } from '../FilepickerException';
import { queryParams } from './fileUrl';
import { show, typeOf } from './inputs';

/**
 * v2's convert parameters and their types (src/library/conversions.js). A value passes when its v2 `typeOf` occurs
 * in the type text (`'string or array'` accepts both), exactly as v2 tested it.
 */
export const CONVERT_PARAMETERS: { [name: string]: string } = {
  align: 'string',
  blurAmount: 'number',
  crop: 'string or array',
  crop_first: 'boolean',
  compress: 'boolean',
  exif: 'string or boolean',
  filter: 'string',
  fit: 'string',
  format: 'string',
  height: 'number',
  policy: 'string',
  quality: 'number',
  page: 'number',
  rotate: 'string or number',
  secure: 'boolean',
  sharpenAmount: 'number',
  signature: 'string',
  storeAccess: 'string',
  storeContainer: 'string',
  storeRegion: 'string',
  storeLocation: 'string',
  storePath: 'string',
  text: 'string',
  text_align: 'string',
  text_color: 'string',
  text_font: 'string',
  text_padding: 'number',
  text_size: 'number',
  watermark: 'string',
  watermark_position: 'string',
  watermark_size: 'number',
  width: 'number',
};

function has(o: object, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

/** Throws v2's FilepickerException for the first unknown or mistyped parameter (texts verbatim from v2). */
export function checkConvertParameters(options: { [key: string]: unknown }): void {
  for (const key in options) {
    if (!has(options, key)) continue;
    if (!has(CONVERT_PARAMETERS, key)) throw new FilepickerException('Conversion parameter ' + key + ' is not a valid parameter.');
    const types = CONVERT_PARAMETERS[key];
    if (types.indexOf(typeOf(options[key])) === -1) {
      throw new FilepickerException('Conversion parameter ' + key + ' is not the right type: ' + show(options[key]) + '. Should be a ' + types);
    }
  }
}

const REST_NAMES: { [short: string]: string } = { w: 'width', h: 'height' };

/**
 * The parameters of a `/convert?…` URL as convert options (v2's `mapRestParams`): `w`/`h` become `width`/`height`,
 * numeric parameters become numbers, and `crop` implies `crop_first: true`. Unlike v2 the values are URI-decoded
 * and `true`/`false` of boolean parameters become booleans (v2 kept the strings, which then failed its own type check).
 */
export function paramsFromConvertUrl(url: string): { [key: string]: unknown } {
  const out: { [key: string]: unknown } = {};
  if (!/\/convert\b/.test(url)) return out;
  const raw = queryParams(url);
  for (const k in raw) {
    if (!has(raw, k)) continue;
    const name = REST_NAMES[k] || k;
    const v = raw[k];
    const type = CONVERT_PARAMETERS[name];
    if (type === 'number') out[name] = Number(v);
    else if (type === 'boolean' && (v === 'true' || v === 'false')) out[name] = v === 'true';
    else out[name] = v;
  }
  if (out.crop && out.crop_first === undefined) out.crop_first = true;
  return out;
}
