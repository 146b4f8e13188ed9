import { RestEnv } from './env';
/** `write(fpfile, input, options?, onSuccess?, onError?, onProgress?)`: replaces a file's contents. */
export declare function write(env: RestEnv, args: ArrayLike<unknown>): void;
/** `writeUrl(fpfile, url, options?, onSuccess?, onError?, onProgress?)`: replaces a file's contents with a remote URL's. */
export declare function writeUrl(env: RestEnv, args: ArrayLike<unknown>): void;
