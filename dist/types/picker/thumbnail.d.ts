/**
 * Image thumbnails for the file rows. The browser decodes and downscales the image off the main thread
 * (`createImageBitmap` with `resizeWidth`/`resizeHeight`), and the small bitmap is drawn into a `<canvas>` in the row:
 * no `<img src="blob:…">`, so it shows under `Content-Security-Policy: default-src 'self'`. Where the browser lacks
 * `createImageBitmap` (or cannot decode the file) the row keeps its file-type icon. One thumbnail is made at a time.
 */
/** Whether a thumbnail will be attempted for this file in this window. */
export declare function canThumbnail(win: Window | null, file: Blob | undefined): boolean;
/**
 * Makes a thumbnail of `file` and hands the canvas to `show` (called only on success, while `alive()`); resolves
 * either way. The bitmap is cropped to a square around its centre.
 */
export declare function makeThumbnail(doc: Document, file: Blob, alive: () => boolean, show: (canvas: HTMLCanvasElement) => void): Promise<void>;
