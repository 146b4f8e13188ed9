/**
 * How v2 told inputs apart (src/utils/util.js): `File`/`Blob` by their class tag, `<input type=file>` by element
 * shape, v2's `typeOf` for the convert type checks, and v2's string concatenation for values in exception texts.
 */
export function isFile(o: unknown): o is Blob & { name?: string } {
  if (!o) return false;
  const tag = Object.prototype.toString.call(o);
  return tag === '[object File]' || tag === '[object Blob]';
}

export function isFileInput(o: unknown): o is HTMLInputElement {
  const el = o as { nodeType?: unknown; nodeName?: unknown; tagName?: unknown; type?: unknown } | null;
  return !!el && typeof el === 'object' && el.nodeType === 1 && typeof el.nodeName === 'string' && el.tagName === 'INPUT' && el.type === 'file';
}

/** The first file of an `<input type=file>`, or undefined when none is chosen. */
export function firstFile(input: HTMLInputElement): (Blob & { name?: string }) | undefined {
  const files = input.files;
  return files && files.length > 0 ? files[0] : undefined;
}

function isArray(o: unknown): boolean {
  return !!o && Object.prototype.toString.call(o) === '[object Array]';
}

/** v2's `typeOf`: `null`, `array`, `file`, or the `typeof` string. */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (isArray(value)) return 'array';
  if (isFile(value)) return 'file';
  return typeof value;
}

/** A value as v2's `'…' + value` printed it in exception texts (a Symbol, which cannot be concatenated, is described). */
export function show(value: unknown): string {
  if (typeof value === 'symbol') return String(value);
  try {
    return '' + (value as string); // v2's concatenation: whatever the value's own conversion gives
  } catch (_e) {
    return Object.prototype.toString.call(value);
  }
}

/** A caller's options object, copied: any values, each checked where it is read. */
export type Options = { [key: string]: unknown };

/** A shallow copy of the caller's options (their own enumerable keys), so the caller's object is never changed. */
export function copyOptions(o: unknown): Options {
  const out: Options = {};
  if (o == null) return out;
  const from = o as Options;
  for (const k in from) {
    if (Object.prototype.hasOwnProperty.call(from, k)) out[k] = from[k];
  }
  return out;
}

/** `x.url` when `x` is an object with a truthy `url` (v2's FPFile test). */
export function urlOf(x: unknown): unknown {
  return x != null && (typeof x === 'object' || typeof x === 'function') ? (x as { url?: unknown }).url : undefined;
}
