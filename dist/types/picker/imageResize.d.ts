import { UploadSource } from '../core/contracts';
import { ImageOptions } from './imageOptions';
export { hasImageOptions } from './imageOptions';
/**
 * The size an image of `w`×`h` should have, keeping its aspect ratio, or null to keep it as is.
 * `dim` resizes up or down to the given width and/or height (both given: fit inside); `max` shrinks larger images to fit
 * inside; `min` enlarges smaller images until they cover it.
 */
export declare function targetSize(w: number, h: number, opts: ImageOptions): {
    width: number;
    height: number;
} | null;
/** Whether this document can draw and encode images. */
export declare function canvasAvailable(doc: Document): boolean;
/**
 * Resizes (and, for JPEG with `quality`, recompresses) a local image before upload. Decodes with `decodeImage`
 * (createImageBitmap, so it works under `default-src 'self'`; `<img>` where that is missing). Resolves the original
 * file when nothing is to be done or anything fails: the upload is never blocked by this optional step.
 */
export declare function prepareImage(file: UploadSource, opts: ImageOptions, doc: Document): Promise<UploadSource>;
