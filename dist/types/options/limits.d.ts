import { Draft } from './draft';
/** `"1584*2016"`, `"10485760 * 1024"`: a product of whole numbers, as pages write a limit; undefined otherwise. */
export declare function productOf(text: string): number | undefined;
/** `"10mb"`, `"1.5 GB"`, `"500k"`: a size with a unit, in bytes (rounded down); undefined otherwise. */
export declare function bytesOf(text: string): number | undefined;
/**
 * A limit of at least 1 (`maxSize` in bytes, `maxFiles`). v2 passed any value on to its dialog, so nothing here
 * throws: a whole number (or a numeric string) is taken as is; text v2 pages write (`"10485760*1024"`, and for
 * `maxSize` also `"10mb"`) is converted with one warning; anything else is ignored with one warning naming the option.
 */
export declare function toLimit(name: string, value: unknown, d: Draft, units: boolean): number | undefined;
