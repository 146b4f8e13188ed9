import { asNumber, describe, trim } from './coerce';
import { Draft, warn } from './draft';

/** The largest integer a double holds exactly (`Number.MAX_SAFE_INTEGER`, which ES5 lacks). */
const MAX_EXACT = 9007199254740991;

/** Size units real pages write (`"10mb"`, `"500 KB"`, `"1GiB"`), 1024-based as file sizes usually are: b, k, m, g. */
const UNIT = /^(\d+(?:\.\d+)?|\.\d+)\s*(b|([kmg])(?:i?b)?)$/i;

/** `"1584*2016"`, `"10485760 * 1024"`: a product of whole numbers, as pages write a limit; undefined otherwise. */
export function productOf(text: string): number | undefined {
  const s = trim(text);
  if (!/^\d+(\s*\*\s*\d+)+$/.test(s)) return undefined;
  const factors = s.split('*');
  let n = 1;
  for (let i = 0; i < factors.length; i++) n *= Number(trim(factors[i]));
  return n <= MAX_EXACT ? n : undefined;
}

/** `"10mb"`, `"1.5 GB"`, `"500k"`: a size with a unit, in bytes (rounded down); undefined otherwise. */
export function bytesOf(text: string): number | undefined {
  const m = UNIT.exec(trim(text));
  if (!m) return undefined;
  const power = m[3] ? 'kmg'.indexOf(m[3].toLowerCase()) + 1 : 0;
  return Math.floor(Number(m[1]) * Math.pow(1024, power));
}

/**
 * A limit of at least 1 (`maxSize` in bytes, `maxFiles`). v2 passed any value on to its dialog, so nothing here
 * throws: a whole number (or a numeric string) is taken as is; text v2 pages write (`"10485760*1024"`, and for
 * `maxSize` also `"10mb"`) is converted with one warning; anything else is ignored with one warning naming the option.
 */
export function toLimit(name: string, value: unknown, d: Draft, units: boolean): number | undefined {
  const n = asNumber(value);
  if (n !== undefined && n % 1 === 0 && n >= 1) return n;
  let converted: number | undefined;
  if (typeof value === 'string') converted = productOf(value) || (units ? bytesOf(value) : undefined);
  const what = units ? 'a whole number of bytes' : 'a whole number';
  if (converted !== undefined && converted >= 1) {
    warn(d, name, 'filepicker: `' + name + '` should be ' + what + ', got ' + describe(value) + '; using ' + converted);
    return converted;
  }
  warn(d, name, 'filepicker: `' + name + '` should be ' + what + ' of at least 1, got ' + describe(value) + '; it is ignored');
  return undefined;
}
