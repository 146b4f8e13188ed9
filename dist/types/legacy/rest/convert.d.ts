import { RestEnv } from './env';
/**
 * `convert(fpfile, convertOptions, storeOptions?, onSuccess?, onError?, onProgress?)`: a converted copy of an image,
 * stored. Parameters are checked against v2's table (v2's exception texts); store options become `storeLocation`,
 * `storePath`, `storeContainer` and `storeAccess` (default `private`); parameters of a `/convert?…` URL fill in what
 * the options do not give. The request is `POST <file>/convert` with the parameters as a form.
 */
export declare function convert(env: RestEnv, args: ArrayLike<unknown>): void;
