/**
 * Text that URL encoding can carry. `encodeURIComponent` throws a `URIError` for a string holding a lone surrogate
 * (`'\uD800'`, half of a UTF-16 pair); the library checks values before they reach a URL and names the bad one.
 */
/** Whether `s` holds a lone surrogate. */
export declare function hasLoneSurrogate(s: string): boolean;
/** `String(v)`, or undefined when `v` has no string form (`Object.create(null)`, a throwing `toString`, a Symbol). */
export declare function textOf(v: unknown): string | undefined;
