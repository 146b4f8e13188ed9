/**
 * The conversion parameters of `POST|GET /api/file/<handle>/convert` (v2 `filepicker.convert`, Filestack's REST
 * convert): parsed from form or query fields into a typed `ConvertParams`, with a 400 naming the parameter for any
 * bad value. Fields that are not conversion parameters (security, store options, cache busters …) are ignored.
 */
import { badRequest } from '../http/errors';

export type Fit = 'clip' | 'crop' | 'scale' | 'max';
export type OutputFormat = 'jpg' | 'png';
export type Align = 'center' | 'top' | 'bottom' | 'left' | 'right' | 'top,left' | 'top,right' | 'bottom,left' | 'bottom,right';

export interface CropRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ConvertParams {
  width?: number;
  height?: number;
  /** How width and height apply (Filestack semantics): default `clip`. */
  fit?: Fit;
  /** Where `fit=crop` keeps the image: default `center` (`faces` is taken as `center`: no face detection here). */
  align?: Align;
  /** Output format; default: the input's format when it is JPEG or PNG, else PNG. */
  format?: OutputFormat;
  /** JPEG quality 1..100. */
  quality?: number;
  /** Degrees clockwise (0..359), or `exif` to orient by the EXIF tag. */
  rotate?: number | 'exif';
  /** Region to cut out, in pixels of the image it applies to. */
  crop?: CropRect;
  /** Crop the original before resizing (default: resize, then crop the result). */
  crop_first?: boolean;
  /** Maximum compression (PNG level 9, JPEG optimised coding). */
  compress?: boolean;
}

/** The largest width or height a conversion may ask for. */
export const MAX_DIMENSION = 10000;

const FITS: Fit[] = ['clip', 'crop', 'scale', 'max'];
const ALIGNS: string[] = ['center', 'top', 'bottom', 'left', 'right', 'top,left', 'top,right', 'bottom,left', 'bottom,right'];

/** v2 conversion parameters this server does not implement: asking for one is a 400 rather than a silent no-op. */
export const UNSUPPORTED_PARAMS = ['blurAmount', 'exif', 'filter', 'page', 'sharpenAmount', 'text', 'text_align', 'text_color', 'text_font', 'text_padding', 'text_size', 'watermark', 'watermark_position', 'watermark_size'];

function wholeNumber(name: string, raw: string, min: number, max: number): number {
  const s = raw.trim();
  const n = /^-?\d+$/.test(s) ? Number(s) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw badRequest(`${name}: expected a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  return n;
}

function bool(name: string, raw: string): boolean {
  const s = raw.trim().toLowerCase();
  if (s === 'true' || s === '1') return true;
  if (s === 'false' || s === '0' || s === '') return false;
  throw badRequest(`${name}: expected true or false, got ${JSON.stringify(raw)}`);
}

function parseCrop(raw: string): CropRect {
  const parts = raw.split(',');
  if (parts.length !== 4) throw badRequest(`crop: expected four whole numbers "x,y,width,height", got ${JSON.stringify(raw)}`);
  const [x, y, width, height] = parts.map((p, i) => wholeNumber(`crop (${['x', 'y', 'width', 'height'][i]})`, p, i < 2 ? 0 : 1, 100000));
  return { x, y, width, height };
}

/** Parses the fields of a convert request. `w`/`h` are accepted for `width`/`height` (the REST URL form). */
export function parseConvertParams(fields: Record<string, string | undefined>): ConvertParams {
  const out: ConvertParams = {};
  const get = (name: string, alias?: string): string | undefined => {
    const v = fields[name] !== undefined ? fields[name] : alias ? fields[alias] : undefined;
    return v === undefined ? undefined : String(v);
  };
  for (const name of UNSUPPORTED_PARAMS) {
    if (fields[name] !== undefined) throw badRequest(`${name}: this conversion is not supported by this server (supported: width, height, fit, align, format, quality, rotate, crop, crop_first, compress)`);
  }
  const width = get('width', 'w');
  if (width !== undefined) out.width = wholeNumber('width', width, 1, MAX_DIMENSION);
  const height = get('height', 'h');
  if (height !== undefined) out.height = wholeNumber('height', height, 1, MAX_DIMENSION);
  const fit = get('fit');
  if (fit !== undefined) {
    if (FITS.indexOf(fit as Fit) < 0) throw badRequest(`fit: expected one of ${FITS.join(', ')}, got ${JSON.stringify(fit)}`);
    out.fit = fit as Fit;
  }
  const align = get('align');
  if (align !== undefined) {
    const a = align.replace(/\s+/g, '').toLowerCase();
    // `faces` (v2: crop around the faces found) is centred: this server does no face detection
    const norm = a === 'faces' ? 'center' : /^(left|right),(top|bottom)$/.test(a) ? a.split(',').reverse().join(',') : a;
    if (ALIGNS.indexOf(norm) < 0) throw badRequest(`align: expected one of ${ALIGNS.join(', ')}, faces, got ${JSON.stringify(align)}`);
    out.align = norm as Align;
  }
  const format = get('format');
  if (format !== undefined) {
    const f = format.trim().toLowerCase();
    if (f === 'jpg' || f === 'jpeg') out.format = 'jpg';
    else if (f === 'png') out.format = 'png';
    else throw badRequest(`format: expected jpg or png, got ${JSON.stringify(format)}`);
  }
  const quality = get('quality');
  if (quality !== undefined) out.quality = wholeNumber('quality', quality, 1, 100);
  const rotate = get('rotate');
  if (rotate !== undefined) out.rotate = rotate.trim().toLowerCase() === 'exif' ? 'exif' : wholeNumber('rotate', rotate, 0, 359);
  const crop = get('crop');
  if (crop !== undefined) out.crop = parseCrop(crop);
  const cropFirst = get('crop_first');
  if (cropFirst !== undefined) out.crop_first = bool('crop_first', cropFirst);
  const compress = get('compress');
  if (compress !== undefined) out.compress = bool('compress', compress);
  return out;
}
