/** What the UMD wrapper exports: the library's `filepicker` object, or the async-loader stub until it is ready. */
export type Api = {
    [k: string]: unknown;
};
/**
 * `library` evaluates the library and gives its `filepicker` object. `early`, on a page whose browser has everything
 * and whose main script's folder is known, runs first, as soon as chunks can be loaded: it starts fetching the parts a
 * first pick needs, so their requests overlap the library's evaluation instead of following it.
 */
export declare function boot(library: () => Api, early?: () => void): Api;
