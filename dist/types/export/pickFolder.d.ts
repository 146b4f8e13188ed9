import { LegacyContext } from '../legacy/context';
/**
 * `pickFolder(options?, onSuccess?, onError?, onProgress?)`: v2 opened a cloud folder browser. This version has no
 * cloud sources, so after the key check and the usual argument shifting it reports
 * `FPError 102` ("pickFolder needs a cloud source, which this version does not provide") to `onError`, later (never
 * inside the call). Returns `{close}`; closing first means no callback at all.
 */
export declare function pickFolder(ctx: LegacyContext, args: ArrayLike<unknown>): {
    close(): void;
};
