export type Api = {
    [k: string]: any;
};
export declare function boot(library: () => Api): Api;
