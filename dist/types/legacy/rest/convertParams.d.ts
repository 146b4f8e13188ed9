/**
 * v2's convert parameters and their types (src/library/conversions.js). A value passes when its v2 `typeOf` occurs
 * in the type text (`'string or array'` accepts both), exactly as v2 tested it.
 */
export declare const CONVERT_PARAMETERS: {
    [name: string]: string;
};
/** Throws v2's FilepickerException for the first unknown or mistyped parameter (texts verbatim from v2). */
export declare function checkConvertParameters(options: {
    [key: string]: unknown;
}): void;
/**
 * The parameters of a `/convert?…` URL as convert options (v2's `mapRestParams`): `w`/`h` become `width`/`height`,
 * numeric parameters become numbers, and `crop` implies `crop_first: true`. Unlike v2 the values are URI-decoded
 * and `true`/`false` of boolean parameters become booleans (v2 kept the strings, which then failed its own type check).
 */
export declare function paramsFromConvertUrl(url: string): {
    [key: string]: unknown;
};
