/**
 * Image conversions with sharp. Steps run in a fixed, documented order, each on the previous step's pixels
 * (raw, lossless), so the order never depends on sharp's internal pipeline:
 *   1. orientation from EXIF (`rotate=exif`);
 *   2. `crop` then resize when `crop_first`, else resize then `crop`;
 *   3. rotation by degrees (clockwise; corners filled transparent, or white in a JPEG);
 *   4. encoding (`format`, `quality`, `compress`).
 */
import sharp, { Metadata, ResizeOptions, Sharp } from 'sharp';
import { HttpError, badRequest } from '../http/errors';
import { Align, ConvertParams, CropRect, OutputFormat } from './params';

interface Raw {
  data: Buffer;
  info: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
}

const POSITIONS: Record<Align, string> = {
  center: 'centre',
  top: 'top',
  bottom: 'bottom',
  left: 'left',
  right: 'right',
  'top,left': 'left top',
  'top,right': 'right top',
  'bottom,left': 'left bottom',
  'bottom,right': 'right bottom',
};

function fromRaw(r: Raw): Sharp {
  return sharp(r.data, { raw: { width: r.info.width, height: r.info.height, channels: r.info.channels } });
}

async function toRaw(img: Sharp): Promise<Raw> {
  const out = await img.raw().toBuffer({ resolveWithObject: true });
  return { data: out.data, info: { width: out.info.width, height: out.info.height, channels: out.info.channels as Raw['info']['channels'] } };
}

function cropStep(r: Raw, c: CropRect): Promise<Raw> {
  const { width: w, height: h } = r.info;
  if (c.x >= w || c.y >= h) throw badRequest(`crop: the region starts at ${c.x},${c.y}, outside the ${w}x${h} image`);
  const width = Math.min(c.width, w - c.x);
  const height = Math.min(c.height, h - c.y);
  return toRaw(fromRaw(r).extract({ left: c.x, top: c.y, width, height }));
}

function resizeStep(r: Raw, p: ConvertParams): Promise<Raw> {
  const fit = p.fit || 'clip';
  const opts: ResizeOptions = {
    width: p.width,
    height: p.height,
    fit: fit === 'crop' ? 'cover' : fit === 'scale' ? 'fill' : 'inside',
    withoutEnlargement: fit === 'max',
    position: fit === 'crop' ? POSITIONS[p.align || 'center'] : undefined,
  };
  return toRaw(fromRaw(r).resize(opts));
}

function outputFormat(p: ConvertParams, inputFormat: string | undefined): OutputFormat {
  if (p.format) return p.format;
  return inputFormat === 'jpeg' ? 'jpg' : 'png';
}

/**
 * Converts one image. Rejects with a 400 HttpError when the input is not an image sharp can read (also when it is
 * damaged past its header), or when the crop misses it.
 */
export async function convertImage(input: Buffer, params: ConvertParams): Promise<{ body: Buffer; mimetype: string }> {
  try {
    return await convert(input, params);
  } catch (e) {
    if (e instanceof HttpError) throw e;
    throw badRequest('file: the image could not be decoded (' + String((e as Error).message || e).split('\n')[0].slice(0, 200) + ')');
  }
}

async function convert(input: Buffer, params: ConvertParams): Promise<{ body: Buffer; mimetype: string }> {
  let meta: Metadata;
  try {
    meta = await sharp(input).metadata();
  } catch (_e) {
    throw badRequest('file: not an image this server can convert (expected JPEG, PNG, GIF, WebP, TIFF, AVIF or SVG)');
  }
  if (!meta.width || !meta.height) throw badRequest('file: not an image this server can convert (no dimensions)');

  let r = await toRaw(params.rotate === 'exif' ? sharp(input).rotate() : sharp(input));
  const resize = params.width !== undefined || params.height !== undefined;
  if (params.crop && params.crop_first) r = await cropStep(r, params.crop);
  if (resize) r = await resizeStep(r, params);
  if (params.crop && !params.crop_first) r = await cropStep(r, params.crop);

  const format = outputFormat(params, meta.format);
  if (typeof params.rotate === 'number' && params.rotate % 360 !== 0) {
    r = await toRaw(fromRaw(r).ensureAlpha().rotate(params.rotate, { background: { r: 255, g: 255, b: 255, alpha: 0 } }));
  }

  let out = fromRaw(r);
  if (format === 'jpg') {
    if (r.info.channels === 2 || r.info.channels === 4) out = out.flatten({ background: '#ffffff' });
    out = out.jpeg({ quality: params.quality || 80, mozjpeg: !!params.compress });
    return { body: await out.toBuffer(), mimetype: 'image/jpeg' };
  }
  out = out.png({ compressionLevel: params.compress ? 9 : 6 });
  return { body: await out.toBuffer(), mimetype: 'image/png' };
}
