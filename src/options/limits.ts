import { asNumber, describe, trim } from './coerce';
import { Draft, warn } from './draft';

/** The largest integer a double holds exactly (`Number.MAX_SAFE_INTEGER`, which ES5 lacks). */
const MAX_EXACT = 9007199254740991;

/** Multipliers of the size units real pages write (`"10mb"`, `"500 KB"`), 1024-based as file sizes usually are. */
const UNITS: { [unit: string]: number } = { b: 1, k: 1024, kb: 1024, kib: 1024, m: 1048576, mb: 1048576, mib: 1048576, g: 1073741824, gb: 1073741824, gib: 1073741824 };

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
  const m = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-z]+)$/i.exec(trim(text));
  if (!m) return undefined;
  const unit = m[2].toLowerCase();
  if (!Object.prototype.hasOwnProperty.call(UNITS, unit)) return undefined;
  return Math.floor(Number(m[1]) * UNITS[unit]);
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
