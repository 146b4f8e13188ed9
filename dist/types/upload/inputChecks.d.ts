import { Hosts } from '../core/contracts';
/** `createUploader`'s own fields: a key and the hosts. */
export declare function checkUploaderConfig(config: {
    apikey?: unknown;
    hosts?: Hosts;
} | null | undefined): void;
/** `storeUrl`'s URL: http(s) only. */
export declare function checkStoreUrl(url: unknown): void;
/** A custom source's bucket and path (a folder for a listing, a file's key for a copy). */
export declare function checkSourceRef(container: unknown, path: unknown, needPath: boolean): void;
