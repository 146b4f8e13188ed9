import { UploadSource } from '../core/contracts';
import { decodeImage } from './imageDecode';
import { ImageOptions } from './imageOptions';

export { hasImageOptions } from './imageOptions';
type Pair = [number | null, number | null] | undefined;

/** Types the canvas can re-encode (GIF and SVG are left alone: animation and vectors would be lost). */
const RESIZABLE = ['image/jpeg', 'image/png', 'image/webp', 'image/bmp'];

/** The scale when only one side of `pair` is given; null when none or both are. */
function scaleFor(w: number, h: number, pair: Pair): number | null {
  if (!pair) return null;
  const sw = pair[0] ? pair[0] / w : null;
  const sh = pair[1] ? pair[1] / h : null;
  if (sw !== null && sh !== null) return null;
  return sw !== null ? sw : sh;
}

/**
 * The size an image of `w`×`h` should have, keeping its aspect ratio, or null to keep it as is.
 * `dim` resizes up or down to the given width and/or height (both given: fit inside); `max` shrinks larger images to fit
 * inside; `min` enlarges smaller images until they cover it.
 */
export function targetSize(w: number, h: number, opts: ImageOptions): { width: number; height: number } | null {
  if (!(w > 0 && h > 0)) return null;
  let scale = 1;
  const dim = opts.dim;
  if (dim && (dim[0] || dim[1])) {
    const one = scaleFor(w, h, dim);
    scale = one !== null ? one : Math.min((dim[0] as number) / w, (dim[1] as number) / h);
  } else {
    const max = opts.max;
    if (max && (max[0] || max[1])) {
      const sw = max[0] ? max[0] / w : Infinity;
      const sh = max[1] ? max[1] / h : Infinity;
      scale = Math.min(scale, sw, sh);
    }
    const min = opts.min;
    if (scale === 1 && min && (min[0] || min[1])) {
      const sw = min[0] ? min[0] / w : 0;
      const sh = min[1] ? min[1] / h : 0;
      scale = Math.max(1, sw, sh);
    }
  }
  const width = Math.max(1, Math.round(w * scale));
  const height = Math.max(1, Math.round(h * scale));
  return width === w && height === h ? null : { width, height };
}

/** Whether this document can draw and encode images. */
export function canvasAvailable(doc: Document): boolean {
  try {
    const c = doc.createElement('canvas');
    return !!(c.getContext && c.getContext('2d') && c.toBlob);
  } catch (_e) {
    return false;
  }
}

function rename(blob: Blob, name: string | undefined, win: Window): UploadSource {
  // old engines have no File constructor although the DOM types declare it
  const FileCtor = (win as { File?: typeof File }).File;
  try {
    if (FileCtor && name) return new FileCtor([blob], name, { type: blob.type });
  } catch (_e) {
    // old browsers without the File constructor
  }
  const out = blob as UploadSource;
  if (name) out.name = name;
  return out;
}

/**
 * Resizes (and, for JPEG with `quality`, recompresses) a local image before upload. Decodes with `decodeImage`
 * (createImageBitmap, so it works under `default-src 'self'`; `<img>` where that is missing). Resolves the original
 * file when nothing is to be done or anything fails: the upload is never blocked by this optional step.
 */
export function prepareImage(file: UploadSource, opts: ImageOptions, doc: Document): Promise<UploadSource> {
  const win = doc.defaultView as Window;
  const type = (file.type || '').toLowerCase();
  if (RESIZABLE.indexOf(type) < 0 || !win || !canvasAvailable(doc)) return Promise.resolve(file);
  return decodeImage(file, doc).then(
    function (d) {
      return new Promise<UploadSource>(function (resolve) {
        function done(out: UploadSource): void {
          d.release();
          resolve(out);
        }
        const w = d.size.width;
        const h = d.size.height;
        const size = targetSize(w, h, opts);
        const recompress = type === 'image/jpeg' && opts.quality !== undefined;
        if (!size && !recompress) return done(file);
        const canvas = doc.createElement('canvas');
        canvas.width = size ? size.width : w;
        canvas.height = size ? size.height : h;
        const ctx = canvas.getContext('2d');
        if (!ctx) return done(file);
        try {
          ctx.drawImage(d.image, 0, 0, canvas.width, canvas.height);
        } catch (_e) {
          return done(file);
        }
        const quality = recompress ? Math.max(0, Math.min(100, opts.quality as number)) / 100 : undefined;
        canvas.toBlob(
          function (blob) {
            done(blob ? rename(blob, file.name, win) : file);
          },
          type,
          quality,
        );
      });
    },
    function () {
      return file;
    },
  );
}
