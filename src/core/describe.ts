/**
 * The library's one way to show a bad value in an error message, after "got ": `"0" (string)`, `150 (number)`,
 * `false (boolean)`, `[1,"a"] (array)`, `{"a":1} (object)`, `null`, `undefined`, `a function`. Long values are cut
 * to 80 characters; a value JSON cannot show (circular, BigInt, a throwing `toJSON` or getter) falls back to its
 * `Object.prototype.toString`. Total: it never throws, whatever the value (`Object.create(null)`, an object whose
 * `toString`/`valueOf` throws, a revoked Proxy, a Symbol, a BigInt).
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  if (type === 'function') return 'a function';
  if (type === 'string') return clip(JSON.stringify(value)) + ' (string)';
  if (type === 'number' || type === 'boolean' || type === 'bigint' || type === 'symbol') return clip(primitiveText(value)) + ' (' + type + ')';
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (_e) {
    text = undefined;
  }
  const tag = classTag(value);
  const isArray = tag === '[object Array]';
  return clip(text === undefined ? tag : text) + (isArray ? ' (array)' : ' (' + type + ')');
}

/** An error's `message` when it has a string one, else the error described (never throws). */
export function errorText(e: unknown): string {
  let m: unknown;
  try {
    m = e && typeof e === 'object' ? (e as { message?: unknown }).message : undefined;
  } catch (_e) {
    m = undefined;
  }
  return typeof m === 'string' ? m : describeValue(e);
}

/** `String(value)` of a primitive (a Symbol converts explicitly; `String` never throws for these). */
function primitiveText(value: unknown): string {
  return String(value);
}

/** `Object.prototype.toString` of an object; `[object Object]` when even that throws (a revoked Proxy). */
function classTag(value: unknown): string {
  try {
    return Object.prototype.toString.call(value);
  } catch (_e) {
    return '[object Object]';
  }
}

function clip(s: string): string {
  return s.length > 80 ? s.slice(0, 77) + '...' : s;
}
