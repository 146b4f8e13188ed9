/**
 * v2 argument shifting (a function where the options go moves every later argument one place), as data: a call shape is the list of its parameters; the options parameters that
 * may be omitted are shifted away when a function stands in their place. Pinned by a table-driven test.
 */
export type Fn = (...args: any[]) => unknown;
export declare function isFunction(x: unknown): x is Fn;
/**
 * `(options?, onSuccess?, onError?, onProgress?)`: when `options` is a function, every argument moves one place to
 * the right and options become `{}`. Unlike v2's `pick`, `pickFolder` and `processImage`, `onProgress` moves too
 * (v2 dropped it: gotcha G7).
 */
export declare function shiftOptions(args: ArrayLike<unknown>): {
    options: unknown;
    onSuccess?: Fn;
    onError?: Fn;
    onProgress?: Fn;
};
/**
 * `(input, options?, onSuccess?, onError?, onProgress?)` and the like: a leading fixed argument, then the same
 * shifting. `fixed` is how many leading arguments never shift.
 */
export declare function shiftAfter(args: ArrayLike<unknown>, fixed: number): {
    fixed: unknown[];
    options: unknown;
    onSuccess?: Fn;
    onError?: Fn;
    onProgress?: Fn;
};
