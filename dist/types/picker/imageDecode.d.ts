/** Image decoding shared by the pre-upload resize (imageResize.ts) and the editor (editor/render.ts). */
/** A decoded image ready to draw, with its size in pixels. `release()` frees it (closes the bitmap or the object URL). */
export interface Decoded {
    image: CanvasImageSource;
    size: {
        width: number;
        height: number;
    };
    release(): void;
}
/**
 * Decodes a file. `createImageBitmap` first: unlike `<img src="blob:…">` it is not subject to the page's `img-src`, so
 * it works under `default-src 'self'`; an `<img>` with an object URL is the fallback for browsers without it.
 * Rejects when the image cannot be decoded.
 */
export declare function decodeImage(file: Blob, doc: Document): Promise<Decoded>;
