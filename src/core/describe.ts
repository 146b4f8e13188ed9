/**
 * The library's one way to show a bad value in an error message, after "got ": `"0" (string)`, `150 (number)`,
 * `false (boolean)`, `[1,"a"] (array)`, `{"a":1} (object)`, `null`, `undefined`, `a function`. Long values are cut
 * to 80 characters; a value JSON cannot show (circular, BigInt) falls back to its `Object.prototype.toString`.
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'string') return clip(JSON.stringify(value)) + ' (string)';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value) + ' (' + typeof value + ')';
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (_e) {
    text = Object.prototype.toString.call(value);
  }
  const isArray = Object.prototype.toString.call(value) === '[object Array]';
  return clip(text === undefined ? String(value) : text) + (isArray ? ' (array)' : ' (' + typeof value + ')');
}

function clip(s: string): string {
  return s.length > 80 ? s.slice(0, 77) + '...' : s;
}
