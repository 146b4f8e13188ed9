/**
 * How v2 told inputs apart (src/utils/util.js): `File`/`Blob` by their class tag, `<input type=file>` by element
 * shape, v2's `typeOf` for the convert type checks, and v2's string concatenation for values in exception texts.
 */
export declare function isFile(o: unknown): o is Blob & {
    name?: string;
};
export declare function isFileInput(o: unknown): o is HTMLInputElement;
/** The first file of an `<input type=file>`, or undefined when none is chosen. */
export declare function firstFile(input: HTMLInputElement): (Blob & {
    name?: string;
}) | undefined;
/** v2's `typeOf`: `null`, `array`, `file`, or the `typeof` string. */
export declare function typeOf(value: unknown): string;
/** A value as v2's `'…' + value` printed it in exception texts (a Symbol, which cannot be concatenated, is described). */
export declare function show(value: unknown): string;
/** A caller's options object, copied: any values, each checked where it is read. */
export type Options = {
    [key: string]: unknown;
};
/** A shallow copy of the caller's options (their own enumerable keys), so the caller's object is never changed. */
export declare function copyOptions(o: unknown): Options;
/** `x.url` when `x` is an object with a truthy `url` (v2's FPFile test). */
export declare function urlOf(x: unknown): unknown;
