/**
 * Image thumbnails for the file rows. The browser decodes and downscales the image off the main thread
 * (`createImageBitmap` with `resizeWidth`/`resizeHeight`), and the small bitmap is drawn into a `<canvas>` in the row:
 * no `<img src="blob:…">`, so it shows under `Content-Security-Policy: default-src 'self'`. Where the browser lacks
 * `createImageBitmap` (or cannot decode the file) the row keeps its file-type icon. One thumbnail is made at a time.
 */

/** CSS pixels of the thumbnail's side; drawn at twice that for sharp high-density screens. */
const SIDE = 32;
const SCALE = 2;
/** Larger images are not decoded just for a thumbnail. */
const MAX_BYTES = 25 * 1024 * 1024;
const DECODABLE = /^image\/(png|jpe?g|gif|webp|bmp|avif|x-icon|vnd\.microsoft\.icon)$/;

type BitmapOptions = { resizeWidth?: number; resizeHeight?: number; resizeQuality?: string };
type CreateBitmap = (image: Blob, options?: BitmapOptions) => Promise<ImageBitmap>;

let queue: Promise<unknown> = Promise.resolve();

/** Whether a thumbnail will be attempted for this file in this window. */
export function canThumbnail(win: Window | null, file: Blob | undefined): boolean {
  const create = win && (win as unknown as { createImageBitmap?: CreateBitmap }).createImageBitmap;
  return !!file && typeof create === 'function' && file.size > 0 && file.size <= MAX_BYTES && DECODABLE.test((file.type || '').toLowerCase());
}

/** The size to ask the decoder for: the image's aspect kept, its shorter side `SIDE * SCALE` (never upscaled past it). */
function bitmapOptions(): BitmapOptions {
  return { resizeWidth: SIDE * SCALE, resizeQuality: 'medium' };
}

/**
 * Makes a thumbnail of `file` and hands the canvas to `show` (called only on success, while `alive()`); resolves
 * either way. The bitmap is cropped to a square around its centre.
 */
export function makeThumbnail(doc: Document, file: Blob, alive: () => boolean, show: (canvas: HTMLCanvasElement) => void): Promise<void> {
  const win = doc.defaultView;
  if (!canThumbnail(win, file)) return Promise.resolve();
  const create = (win as unknown as { createImageBitmap: CreateBitmap }).createImageBitmap.bind(win);
  const job = queue.then(function () {
    if (!alive()) return undefined;
    return create(file, bitmapOptions()).then(function (bmp) {
      try {
        if (!alive()) return;
        const canvas = doc.createElement('canvas');
        canvas.width = canvas.height = SIDE * SCALE;
        const ctx = canvas.getContext('2d');
        if (!ctx) return;
        const side = Math.min(bmp.width, bmp.height);
        ctx.drawImage(bmp, (bmp.width - side) / 2, (bmp.height - side) / 2, side, side, 0, 0, canvas.width, canvas.height);
        canvas.setAttribute('aria-hidden', 'true');
        show(canvas);
      } finally {
        if (bmp.close) bmp.close();
      }
    });
  }).then(undefined, function () {
    // an image the browser cannot decode keeps its icon
  });
  queue = job;
  return job;
}
