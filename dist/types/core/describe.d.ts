/**
 * The library's one way to show a bad value in an error message, after "got ": `"0" (string)`, `150 (number)`,
 * `false (boolean)`, `[1,"a"] (array)`, `{"a":1} (object)`, `null`, `undefined`, `a function`. Long values are cut
 * to 80 characters; a value JSON cannot show (circular, BigInt) falls back to its `Object.prototype.toString`.
 */
export declare function describeValue(value: unknown): string;
