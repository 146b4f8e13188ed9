import { RestEnv } from './env';
/**
 * `stat(fpfile, options?, onSuccess?, onError?)` (alias `metadata`): the file's metadata. Option keys (`width: true`,
 * `policy`, `signature` …) go in the query as in v2; `uploaded`, `modified` and `created` come back as `Date`s.
 */
export declare function stat(env: RestEnv, args: ArrayLike<unknown>): void;
/** `remove(fpfile, options?, onSuccess?, onError?)`: deletes the file; `onSuccess()` is called with no argument (v2). */
export declare function remove(env: RestEnv, args: ArrayLike<unknown>): void;
