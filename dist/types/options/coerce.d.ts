import { describeValue } from '../core/describe';
import { fail } from '../core/fail';
export { fail };
/** How a bad value is shown in a message (the library's one describer, src/core/describe.ts). */
export declare const describe: typeof describeValue;
export declare function isArray(value: unknown): value is unknown[];
/** A plain object (not an array, not a function, not null). */
export declare function isObject(value: unknown): value is Record<string, unknown>;
/** A finite number, or a string that is exactly one (widgets and real pages pass `"10485760"`); otherwise undefined. */
export declare function asNumber(value: unknown): number | undefined;
export declare function trim(s: string): string;
/** `true`/`false`, the strings `"true"`/`"false"` (any case, as widgets send), or 1/0. */
export declare function toBool(name: string, value: unknown): boolean;
/** A number from `min` to `max` inclusive (numeric strings are accepted). */
export declare function toNumberInRange(name: string, value: unknown, min: number, max: number, what?: string): number;
/** A string; `nonEmpty` also rejects `''` and whitespace. */
export declare function toStr(name: string, value: unknown, nonEmpty?: boolean): string;
/**
 * A list of strings: an array, or one string holding a comma-separated list (widget attributes, drop-pane style).
 * Entries are trimmed; empty entries are dropped.
 */
export declare function toStringList(name: string, value: unknown): string[];
/** How many `null` places a dimension pair may have. */
export type NullPolicy = 'none' | 'one';
/**
 * A `[width, height]` pair of positive numbers; `"800,600"` strings and string items (widgets) are accepted.
 * With `nulls: 'one'` one place may be `null` (or `"null"`/`""` from a widget), as `imageDim: [800, null]`.
 */
export declare function toPair(name: string, value: unknown, nulls: NullPolicy): [number | null, number | null];
/** A pair with no nulls, typed as such. */
export declare function toStrictPair(name: string, value: unknown): [number, number];
