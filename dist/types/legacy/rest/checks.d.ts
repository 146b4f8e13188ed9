/**
 * The synchronous part of each v2 REST function: the key check and the argument checks that throw v2's
 * FilepickerException texts. They are in the main bundle; the functions themselves (src/legacy/rest/*, the `rest`
 * chunk) start by calling them, so the texts and their order live here only.
 */
import { LegacyContext } from '../context';
import { shiftAfter } from '../shift';
import { Options } from './inputs';
import { StoreOptions } from '../../core/contracts';
import { TranslatedStore } from '../../options';
export declare function checkStore(ctx: LegacyContext, args: ArrayLike<unknown>): void;
export declare function checkStoreUrl(ctx: LegacyContext, args: ArrayLike<unknown>): void;
/**
 * The store options of store/storeUrl (a copy of the caller's) through the store option translator of src/options,
 * as `pickAndStore` reads them: v2 `storeContainer`/`storeRegion`, any-case `location`, a list of text as its
 * comma-joined text (`{location: ['S3']}`, with the translator's warning); a bad value throws the FilepickerException
 * naming the option (store and storeUrl call this in their checks, before any work). Only text values and lists of
 * text are passed on (optionText.ts leaves other values out).
 */
export declare function restStoreTranslation(options: Options): TranslatedStore;
/** The translated store options of store/storeUrl (restStoreTranslation). */
export declare function restStoreOptions(options: Options): StoreOptions;
export declare function checkRead(ctx: LegacyContext, args: ArrayLike<unknown>): void;
/** write (`url` false) and writeUrl (`url` true): returns the target file URL. */
export declare function checkWrite(ctx: LegacyContext, args: ArrayLike<unknown>, url: boolean): string;
/** stat / metadata: returns the target file URL. */
export declare function checkStat(ctx: LegacyContext, args: ArrayLike<unknown>): string;
/** remove: returns the key and the target file URL. */
export declare function checkRemove(ctx: LegacyContext, args: ArrayLike<unknown>): {
    key: string;
    target: string;
};
/**
 * v2's check on an FPFile's `mimetype` before converting: `image/*`, `application/pdf`, or a vague type such as
 * `application/octet-stream` (the file may be anything); a missing one fails. Matching: src/core/mimetypes.ts.
 */
export declare function convertibleMimetype(mimetype: unknown): boolean;
/** What convert works with once its checks passed. `badMimetype` is set (and the parameters unchecked, as in v2) when the FPFile cannot be converted. */
export interface ConvertCall {
    a: ReturnType<typeof shiftAfter>;
    options: Options;
    url: string;
    badMimetype?: {
        mimetype: unknown;
    };
}
/**
 * convert: the key, the file, v2's store-option mapping (`storeLocation`, `storePath`, `storeContainer`,
 * `storeAccess` default `private`), the parameters of a `/convert?…` URL, then v2's parameter table.
 */
export declare function checkConvert(ctx: LegacyContext, args: ArrayLike<unknown>): ConvertCall;
