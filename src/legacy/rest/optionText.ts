/**
 * The options a REST call puts into a URL or a form body (`filename`, `path`, `container`, `policy`, …) must be text
 * the URL encoding can carry. Checked in the main bundle, before any work, as part of each function's synchronous
 * checks (checks.ts):
 * - a string holding a lone surrogate (`'\uD800'`) throws a FilepickerException naming the option (v2 threw a
 *   `URIError` from `encodeURIComponent` at the same moment);
 * - an array, object, element, Promise, Error or function is not sent: one console warning per option per page names
 *   it (v2 sent its `toString()`, e.g. `[object Object]`, or threw a `TypeError` when it had none).
 * Strings, numbers and booleans are sent as before.
 */
import { describeValue } from '../../core/describe';
import { hasLoneSurrogate } from '../../core/wellFormed';

export { hasLoneSurrogate };
import type { LegacyContext } from '../context';
import { FilepickerException } from '../FilepickerException';

/** Whether `v` is a value the requests send (string, number, boolean); other values are left out. */
export function isSendable(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/**
 * A list of strings and numbers (`['S3']`, `['up/']`): where the store option translator reads an option, it takes
 * such a list as its comma-joined text (as `pickAndStore` does), so it is not left out.
 */
export function isTextList(v: unknown): v is Array<string | number> {
  if (Object.prototype.toString.call(v) !== '[object Array]') return false;
  const list = v as unknown[];
  for (let i = 0; i < list.length; i++) if (typeof list[i] !== 'string' && typeof list[i] !== 'number') return false;
  return true;
}

/** A truthy sendable option as text, else undefined (what the store URL carries: v2's `options.x || undefined`). */
export function sendableText(v: unknown): string | undefined {
  return v && isSendable(v) ? String(v) : undefined;
}

/**
 * An option v2 put into a request as its text (`mimetype` of write/writeUrl/store/storeUrl): a truthy sendable value
 * as text, a list of text as its comma-joined text (v2 sent the list's `toString()`: `['text/csv']` → `text/csv`),
 * anything else undefined.
 */
export function textOrList(v: unknown): string | undefined {
  if (isTextList(v)) return v.length ? v.join(',') : undefined;
  return sendableText(v);
}

/** One warning per page when the option `name` of `fn` is a list of text, naming the text it is read as (textOrList). */
export function warnTextList(ctx: LegacyContext, fn: string, options: unknown, name: string): void {
  if (!options || typeof options !== 'object') return;
  const v = readOption(options, name);
  const text = isTextList(v) ? textOrList(v) : undefined;
  if (text !== undefined) ctx.warnOnce(fn + ':' + name + ':list', 'filepicker: `' + fn + '` option `' + name + '` should be text, got ' + describeValue(v) + '; using "' + text + '"');
}

/** An own property of the caller's options, read once; a throwing getter reads as undefined. */
function readOption(options: object, name: string): unknown {
  try {
    return Object.prototype.hasOwnProperty.call(options, name) ? (options as { [k: string]: unknown })[name] : undefined;
  } catch (_e) {
    return undefined;
  }
}

/**
 * Checks the options `names` of `fn`'s options object (`names` undefined: every own key, for `stat`/`remove`, which
 * send every option). Throws for a string that is not well-formed; warns once for a value that is not sent. The
 * options `lists` are read by the store option translator, which takes a list of text (isTextList) as its text.
 */
export function checkTextOptions(ctx: LegacyContext, fn: string, options: unknown, names?: string[], lists?: string[]): void {
  if (!options || typeof options !== 'object') return;
  const keys = names || ownKeys(options);
  for (let i = 0; i < keys.length; i++) {
    const v = readOption(options, keys[i]);
    if (v === undefined || v === null || isSendable(v) && typeof v !== 'string') continue;
    const text = typeof v === 'string' ? v : lists && lists.indexOf(keys[i]) >= 0 && isTextList(v) ? v.join(',') : undefined;
    if (text !== undefined) {
      if (hasLoneSurrogate(text)) throw new FilepickerException('filepicker: `' + fn + '` option `' + keys[i] + '` is not well-formed text (it holds a lone surrogate), got ' + shownSecret(keys[i], v));
      continue;
    }
    if (!isSendable(v) && (names || typeof v !== 'function')) {
      ctx.warnOnce(fn + ':' + keys[i], 'filepicker: `' + fn + '` option `' + keys[i] + '` must be a string, got ' + shownSecret(keys[i], v) + '; it is not sent');
    }
  }
}

/** `policy` and `signature` are never shown, even when they are not strings. */
function shownSecret(name: string, v: unknown): string {
  if (name !== 'policy' && name !== 'signature') return describeValue(v);
  if (Object.prototype.toString.call(v) === '[object Array]') return 'an array';
  return typeof v === 'object' ? 'an object' : 'a ' + typeof v;
}

function ownKeys(o: object): string[] {
  const out: string[] = [];
  try {
    for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) out.push(k);
  } catch (_e) {
    // a Proxy that refuses to list its keys: nothing to check
  }
  return out;
}
