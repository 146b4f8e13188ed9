import { LegacyContext } from '../legacy/context';
/**
 * `processImage(input, options?, onSuccess?, onError?, onProgress?)`: v2 opened its dialog with the image at a filepicker
 * URL in the crop/convert view and stored the result. Here: v2's key check, shifting and input check (a URL string or
 * an object with `url`; anything else throws v2's text), then the image is read through its URL, opened in the
 * dialog's editor, and the edited copy is stored through the injected Uploader: one v2 Blob to `onSuccess`.
 * Like v2, the options are picker options with `multiple: false`, `services: ['CONVERT', 'COMPUTER']`,
 * `backgroundUpload: true` and `hide: false` forced. Errors: 101 when the user cancels, 141 when the image is not
 * found, 142 when it is not a JPEG, PNG or WebP image, 143 when it cannot be read. Returns `{close}`.
 */
export declare function processImage(ctx: LegacyContext, args: ArrayLike<unknown>): {
    close(): void;
};
