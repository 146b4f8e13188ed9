import { LegacyContext } from '../legacy/context';
/**
 * `processImage(input, options?, onSuccess?, onError?, onProgress?)`: opens the crop/convert view when it exists.
 * It does not exist yet, so after v2's key check, shifting and input check (a URL string or an object with `url`;
 * anything else throws v2's text) it reports `FPError 102` saying so to `onError`, later. Returns `{close}`.
 */
export declare function processImage(ctx: LegacyContext, args: ArrayLike<unknown>): {
    close(): void;
};
