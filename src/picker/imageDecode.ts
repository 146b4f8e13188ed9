/** Image decoding shared by the pre-upload resize (imageResize.ts) and the editor (editor/render.ts). */

/** A decoded image ready to draw, with its size in pixels. `release()` frees it (closes the bitmap or the object URL). */
export interface Decoded {
  image: CanvasImageSource;
  size: { width: number; height: number };
  release(): void;
}

/**
 * Decodes a file. `createImageBitmap` first: unlike `<img src="blob:…">` it is not subject to the page's `img-src`, so
 * it works under `default-src 'self'`; an `<img>` with an object URL is the fallback for browsers without it.
 * Rejects when the image cannot be decoded.
 */
export function decodeImage(file: Blob, doc: Document): Promise<Decoded> {
  // either may be missing from an old engine although the DOM types declare both
  const win = doc.defaultView as { createImageBitmap?: (image: Blob) => Promise<ImageBitmap>; URL?: typeof URL } | null;
  if (win && typeof win.createImageBitmap === 'function') {
    return win.createImageBitmap(file).then(function (bmp: ImageBitmap): Decoded {
      return { image: bmp, size: { width: bmp.width, height: bmp.height }, release: function () { if (bmp.close) bmp.close(); } };
    });
  }
  return new Promise<Decoded>(function (resolve, reject) {
    if (!win || !win.URL || typeof win.URL.createObjectURL !== 'function') {
      reject(new Error('filepicker: this browser cannot decode images (no createImageBitmap, no URL.createObjectURL)'));
      return;
    }
    const urls = win.URL;
    const url = urls.createObjectURL(file);
    const img = doc.createElement('img');
    img.onload = function () {
      resolve({ image: img, size: { width: img.naturalWidth, height: img.naturalHeight }, release: function () { urls.revokeObjectURL(url); } });
    };
    img.onerror = function () {
      urls.revokeObjectURL(url);
      reject(new Error('filepicker: the image could not be decoded'));
    };
    img.src = url;
  });
}
