import { UploadSource } from '../../core/contracts';
import { EditState, shownSize } from './editState';
import { applyFilter } from './filters';
import { drawTransform, Size } from './geometry';
import { Decoded } from '../imageDecode';

/** Draws the rotated image scaled by `scale`, its point (`ox`, `oy`) at the canvas origin, then applies the filter. */
export function drawEdited(ctx: CanvasRenderingContext2D, d: Decoded, s: EditState, scale: number, ox: number, oy: number, width: number, height: number): void {
  const m = drawTransform(s.source, s.turns, scale, ox, oy);
  ctx.save();
  ctx.setTransform(m[0], m[1], m[2], m[3], m[4], m[5]);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(d.image, 0, 0, s.source.width, s.source.height);
  ctx.restore();
  if (s.filter !== 'none' && width > 0 && height > 0) {
    const px = ctx.getImageData(0, 0, width, height);
    const out = applyFilter({ data: px.data, width, height }, s.filter);
    px.data.set(out);
    ctx.putImageData(px, 0, 0);
  }
}

/** The edited image at full resolution: the crop of the rotated, filtered image. */
export function renderOutput(d: Decoded, s: EditState, doc: Document): HTMLCanvasElement {
  const canvas = doc.createElement('canvas');
  canvas.width = s.crop.width;
  canvas.height = s.crop.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('filepicker: this browser cannot draw on a canvas');
  drawEdited(ctx, d, s, 1, s.crop.x, s.crop.y, canvas.width, canvas.height);
  return canvas;
}

/** Encodes a canvas as a File with the original's name and type (JPEG and WebP at quality 0.92). */
export function toFile(canvas: HTMLCanvasElement, name: string, type: string, win: Window): Promise<UploadSource> {
  return new Promise<UploadSource>(function (resolve, reject) {
    canvas.toBlob(
      function (blob) {
        if (!blob) return reject(new Error('filepicker: the edited image could not be encoded'));
        const FileCtor = (win as any).File;
        let out: UploadSource;
        try {
          out = new FileCtor([blob], name, { type: blob.type || type });
        } catch (_e) {
          out = blob as UploadSource;
          out.name = name;
        }
        resolve(out);
      },
      type,
      type === 'image/png' ? undefined : 0.92,
    );
  });
}

/** The scale that fits the image as shown into a box of `box` CSS pixels (small images are enlarged up to 4×). */
export function fitScale(s: EditState, box: Size): number {
  const size = shownSize(s);
  return Math.min(4, box.width / size.width, box.height / size.height);
}
