/** What the UMD wrapper exports: the library's `filepicker` object, or the async-loader stub until it is ready. */
export type Api = {
    [k: string]: unknown;
};
export declare function boot(library: () => Api): Api;
