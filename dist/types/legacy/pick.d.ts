import { LegacyContext } from './context';
/** `pick(options?, onSuccess?, onError?, onProgress?)`: one Blob. */
export declare function pick(ctx: LegacyContext, args: ArrayLike<unknown>): {
    close(): void;
};
/** `pickMultiple(options?, onSuccess?, onError?, onProgress?)`: an array of Blobs. */
export declare function pickMultiple(ctx: LegacyContext, args: ArrayLike<unknown>): {
    close(): void;
};
/** `pickAndStore(pickerOptions, storeOptions, onSuccess, onError?, onProgress?)`: always an array of Blobs. */
export declare function pickAndStore(ctx: LegacyContext, args: ArrayLike<unknown>): {
    close(): void;
};
