/**
 * A part of the library that is loaded on first use (a webpack chunk, `chunks/<name>.js` next to the main script).
 * `onDemand(name, load)` gives `use(fn)`: `fn(module)` runs once the part is in (at once when it already is; calls
 * made while it loads run in call order). The public functions run v2's synchronous argument checks first, so
 * exceptions keep v2's timing; the work itself (and so every callback) happens later anyway. An exception thrown by
 * deferred work, or a part that cannot be loaded, is reported with console.error (as for async-loader calls).
 */
export type Use<T> = (fn: (mod: T) => void) => void;
export declare function onDemand<T>(name: string, load: () => Promise<T>): Use<T>;
/** The call's arguments as an array (kept until the part is loaded). */
export declare function argsOf(args: ArrayLike<unknown>): unknown[];
