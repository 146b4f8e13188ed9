/**
 * `filepicker.errors.FPError`: what `onError` receives. Own keys: `code` (a number), `message` (always set, for
 * every code), and `details` when there is more to say (a server message, a restriction). `toString()` begins with
 * `FPError <code>` as in v2; `toJSON()` gives `{code, message, details?}`. Callable with or without `new`; always a real instance (v2's dialog path passed a
 * shared, mutated namespace object instead: gotcha G4).
 */
export interface FPError extends Error {
    code: number;
    details?: string;
    toJSON(): {
        code: number;
        message: string;
        details?: string;
    };
}
export interface FPErrorConstructor {
    new (code: number, details?: string): FPError;
    (code: number, details?: string): FPError;
    prototype: FPError;
}
export declare const FPError: FPErrorConstructor;
/** The default `onError`: silent unless `filepicker.debug` is set (v2 behaviour, gotcha G6). */
export declare function handleError(debug: () => boolean): (e: FPError) => void;
