import { describeValue } from '../core/describe';
import { fail } from '../core/fail';

export { fail };

/** How a bad value is shown in a message (the library's one describer, src/core/describe.ts). */
export const describe = describeValue;

export function isArray(value: unknown): value is unknown[] {
  return Object.prototype.toString.call(value) === '[object Array]';
}

/** A plain object (not an array, not a function, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !isArray(value);
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A finite number, or a string that is exactly one (widgets and real pages pass `"10485760"`); otherwise undefined. */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return isFinite(value) ? value : undefined;
  if (typeof value === 'string') {
    const s = trim(value);
    return NUMERIC.test(s) ? Number(s) : undefined;
  }
  return undefined;
}

export function trim(s: string): string {
  return s.replace(/^\s+|\s+$/g, '');
}

/** `true`/`false`, the strings `"true"`/`"false"` (any case, as widgets send), or 1/0. */
export function toBool(name: string, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === 'string') {
    const s = trim(value).toLowerCase();
    if (s === 'true' || s === '1') return true;
    if (s === 'false' || s === '0') return false;
  }
  return fail(name, 'true or false (or the string "true" or "false")', value);
}

/** A number from `min` to `max` inclusive (numeric strings are accepted). */
export function toNumberInRange(name: string, value: unknown, min: number, max: number, what = 'a number'): number {
  const n = asNumber(value);
  if (n === undefined || n < min || n > max) return fail(name, what + ' from ' + min + ' to ' + max, value);
  return n;
}

/** A string; `nonEmpty` also rejects `''` and whitespace. */
export function toStr(name: string, value: unknown, nonEmpty = true): string {
  if (typeof value !== 'string' || (nonEmpty && !trim(value))) return fail(name, nonEmpty ? 'a non-empty string' : 'a string', value);
  return value;
}

/**
 * A list of strings: an array, or one string holding a comma-separated list (widget attributes, drop-pane style).
 * Entries are trimmed; empty entries are dropped.
 */
export function toStringList(name: string, value: unknown): string[] {
  const items: unknown[] = isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item === 'string') {
      const s = trim(item);
      if (s) out.push(s);
    } else if (item !== null && item !== undefined) {
      return fail(name, 'a string or a list of strings', value);
    }
  }
  return out;
}

/** How many `null` places a dimension pair may have. */
export type NullPolicy = 'none' | 'one';

/**
 * A `[width, height]` pair of positive numbers; `"800,600"` strings and string items (widgets) are accepted.
 * With `nulls: 'one'` one place may be `null` (or `"null"`/`""` from a widget), as `imageDim: [800, null]`.
 */
export function toPair(name: string, value: unknown, nulls: NullPolicy): [number | null, number | null] {
  const items: unknown[] | undefined = isArray(value) ? value : typeof value === 'string' ? value.split(',') : undefined;
  const expected =
    nulls === 'one'
      ? 'a [width, height] pair of positive numbers, one of which may be null'
      : 'a [width, height] pair of positive numbers';
  if (!items || items.length !== 2) return fail(name, expected, value);
  const out: (number | null)[] = [];
  for (let i = 0; i < 2; i++) {
    const item = items[i];
    const empty = item === null || item === undefined || (typeof item === 'string' && (trim(item) === '' || trim(item) === 'null'));
    if (empty) {
      out.push(null);
      continue;
    }
    const n = asNumber(item);
    if (n === undefined || n <= 0) return fail(name, expected, value);
    out.push(n);
  }
  const nullCount = (out[0] === null ? 1 : 0) + (out[1] === null ? 1 : 0);
  if (nullCount > (nulls === 'one' ? 1 : 0)) return fail(name, expected, value);
  return [out[0], out[1]];
}

/** A pair with no nulls, typed as such. */
export function toStrictPair(name: string, value: unknown): [number, number] {
  const p = toPair(name, value, 'none');
  return [p[0] as number, p[1] as number];
}

const LOCAL_HTTP = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/i;

/**
 * A stylesheet or text URL the dialog will load: `https://…`, protocol-relative `//…` (v2's documented example),
 * or `http://` on localhost / 127.0.0.1 / [::1] for local development. Anything else (`javascript:`, `data:`,
 * plain http elsewhere, relative paths) is refused.
 */
export function toSafeUrl(name: string, value: unknown): string {
  if (typeof value === 'string') {
    const s = trim(value);
    if (/^https:\/\/[^\s/]+/i.test(s) || /^\/\/[^\s/]+/.test(s) || LOCAL_HTTP.test(s)) {
      if (!/\s/.test(s)) return s;
    }
  }
  return fail(name, 'an https:// URL (or //host/… ; http:// only for localhost)', value);
}
