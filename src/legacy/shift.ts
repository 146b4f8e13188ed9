/**
 * v2 argument shifting (a function where the options go moves every later argument one place), as data: a call shape is the list of its parameters; the options parameters that
 * may be omitted are shifted away when a function stands in their place. Pinned by a table-driven test.
 */
// A caller's callback: v2 passed it whatever the call produced, so its parameters are deliberately open (`unknown[]`
// would not accept a typed callback such as `(blob: V2Blob) => void` under strictFunctionTypes).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one open function type of the facade, see above
export type Fn = (...args: any[]) => unknown;

export function isFunction(x: unknown): x is Fn {
  return typeof x === 'function';
}

/**
 * `(options?, onSuccess?, onError?, onProgress?)`: when `options` is a function, every argument moves one place to
 * the right and options become `{}`. Unlike v2's `pick`, `pickFolder` and `processImage`, `onProgress` moves too
 * (v2 dropped it: gotcha G7).
 */
export function shiftOptions(args: ArrayLike<unknown>): { options: unknown; onSuccess?: Fn; onError?: Fn; onProgress?: Fn } {
  let options = args[0];
  let s = args[1];
  let e = args[2];
  let p = args[3];
  if (isFunction(options)) {
    p = e;
    e = s;
    s = options;
    options = {};
  }
  return { options: options || {}, onSuccess: asFn(s), onError: asFn(e), onProgress: asFn(p) };
}

/**
 * `(input, options?, onSuccess?, onError?, onProgress?)` and the like: a leading fixed argument, then the same
 * shifting. `fixed` is how many leading arguments never shift.
 */
export function shiftAfter(args: ArrayLike<unknown>, fixed: number): { fixed: unknown[]; options: unknown; onSuccess?: Fn; onError?: Fn; onProgress?: Fn } {
  const head: unknown[] = [];
  for (let i = 0; i < fixed; i++) head.push(args[i]);
  const rest: unknown[] = [];
  for (let i = fixed; i < args.length; i++) rest.push(args[i]);
  const shifted = shiftOptions(rest);
  return { fixed: head, options: shifted.options, onSuccess: shifted.onSuccess, onError: shifted.onError, onProgress: shifted.onProgress };
}

function asFn(x: unknown): Fn | undefined {
  return isFunction(x) ? x : undefined;
}
