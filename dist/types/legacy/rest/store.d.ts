import { RestEnv } from './env';
/** Files larger than one part (5 MiB) go through the multipart engine instead of one POST. */
export declare const ONE_PART: number;
/** The caller's options (a copy): any values; each is checked where it is used. */
type Options = {
    [key: string]: unknown;
};
/**
 * `<storeApi>/<location>?key=…` with v2's parameters (src/library/urls.js `constructStoreUrl`) and the region; the
 * store options come from the store option translator (restStoreOptions), the location lower case.
 */
export declare function storeUrlFor(env: RestEnv, options: Options, mimetype?: string): string;
/** `store(input, options?, onSuccess?, onError?, onProgress?)`: stores data, a File/Blob, a file input's file or an FPFile's URL. */
export declare function store(env: RestEnv, args: ArrayLike<unknown>): void;
/** `storeUrl(url, options?, onSuccess?, onError?, onProgress?)`: the server fetches `url` and stores it (codes 151–153). */
export declare function storeUrl(env: RestEnv, args: ArrayLike<unknown>): void;
export {};
