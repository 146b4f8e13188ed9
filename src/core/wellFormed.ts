/**
 * Text that URL encoding can carry. `encodeURIComponent` throws a `URIError` for a string holding a lone surrogate
 * (`'\uD800'`, half of a UTF-16 pair); the library checks values before they reach a URL and names the bad one.
 */

/** A high surrogate not followed by a low one, or a low one not preceded by a high one (ES5: no `u` flag). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `s` holds a lone surrogate. */
export function hasLoneSurrogate(s: string): boolean {
  return LONE_SURROGATE.test(s);
}

/** `String(v)`, or undefined when `v` has no string form (`Object.create(null)`, a throwing `toString`, a Symbol). */
export function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'symbol') return undefined;
  try {
    return String(v);
  } catch (_e) {
    return undefined;
  }
}
