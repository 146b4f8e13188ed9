import { UploadSource } from '../../core/contracts';
import { EditState, outputCrop, shownSize } from './editState';
import { applyFilter } from './filters';
import { drawTransform, Rect, Size } from './geometry';
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

/** The edited image at full resolution: the kept area (outputCrop) of the rotated, filtered image. */
export function renderOutput(d: Decoded, s: EditState, doc: Document): HTMLCanvasElement {
  const canvas = doc.createElement('canvas');
  const crop = outputCrop(s);
  canvas.width = crop.width;
  canvas.height = crop.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('filepicker: this browser cannot draw on a canvas');
  drawEdited(ctx, d, s, 1, crop.x, crop.y, canvas.width, canvas.height);
  return canvas;
}

/** Encodes a canvas as a File with the original's name and type (JPEG and WebP at quality 0.92). */
export function toFile(canvas: HTMLCanvasElement, name: string, type: string, win: Window): Promise<UploadSource> {
  return new Promise<UploadSource>(function (resolve, reject) {
    canvas.toBlob(
      function (blob) {
        if (!blob) return reject(new Error('filepicker: the edited image could not be encoded'));
        // old engines have no File constructor (the catch below names the Blob instead)
        const FileCtor = (win as { File?: typeof File }).File as typeof File;
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

/**
 * The crop area over the preview (`scale`: preview pixels per image pixel): the outside dimmed, a dark and a light
 * frame (blue while the canvas has focus), and eight handles when the area's size can change.
 */
export function drawCropOverlay(ctx: CanvasRenderingContext2D, crop: Rect, scale: number, canvasSize: Size, focused: boolean, handles: boolean): void {
  const x = crop.x * scale;
  const y = crop.y * scale;
  const w = crop.width * scale;
  const h = crop.height * scale;
  const cw = canvasSize.width;
  const ch = canvasSize.height;
  ctx.fillStyle = 'rgba(0,0,0,0.55)';
  ctx.fillRect(0, 0, cw, y);
  ctx.fillRect(0, y + h, cw, ch - y - h);
  ctx.fillRect(0, y, x, h);
  ctx.fillRect(x + w, y, cw - x - w, h);
  ctx.lineWidth = 3;
  ctx.strokeStyle = 'rgba(0,0,0,0.8)';
  ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
  ctx.lineWidth = 1;
  ctx.strokeStyle = focused ? '#4da3ff' : '#ffffff';
  ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
  if (!handles) return;
  drawHandles(ctx, x, y, w, h);
}

/**
 * The eight handles, drawn inside the crop area (so they stay whole and grabbable when the area is the whole image):
 * L-shaped brackets at the corners and bars at the middle of the sides, white on a dark edge, 4 px thick.
 */
function drawHandles(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  const t = 4;
  const len = Math.max(t * 2, Math.min(20, w / 3, h / 3));
  const bars: number[][] = [
    // corners: a horizontal and a vertical bar each
    [x, y, len, t], [x, y, t, len],
    [x + w - len, y, len, t], [x + w - t, y, t, len],
    [x, y + h - t, len, t], [x, y + h - len, t, len],
    [x + w - len, y + h - t, len, t], [x + w - t, y + h - len, t, len],
    // sides
    [x + (w - len) / 2, y, len, t], [x + (w - len) / 2, y + h - t, len, t],
    [x, y + (h - len) / 2, t, len], [x + w - t, y + (h - len) / 2, t, len],
  ];
  ctx.fillStyle = 'rgba(0,0,0,0.75)';
  for (let i = 0; i < bars.length; i++) ctx.fillRect(bars[i][0] - 1, bars[i][1] - 1, bars[i][2] + 2, bars[i][3] + 2);
  ctx.fillStyle = '#ffffff';
  for (let i = 0; i < bars.length; i++) ctx.fillRect(bars[i][0], bars[i][1], bars[i][2], bars[i][3]);
}
