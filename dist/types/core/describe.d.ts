/**
 * The library's one way to show a bad value in an error message, after "got ": `"0" (string)`, `150 (number)`,
 * `false (boolean)`, `[1,"a"] (array)`, `{"a":1} (object)`, `null`, `undefined`, `a function`. Long values are cut
 * to 80 characters; a value JSON cannot show (circular, BigInt, a throwing `toJSON` or getter) falls back to its
 * `Object.prototype.toString`. Total: it never throws, whatever the value (`Object.create(null)`, an object whose
 * `toString`/`valueOf` throws, a revoked Proxy, a Symbol, a BigInt).
 */
export declare function describeValue(value: unknown): string;
/** An error's `message` when it has a string one, else the error described (never throws). */
export declare function errorText(e: unknown): string;
