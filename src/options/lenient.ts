/**
 * Values v2 passed on to its dialog or its REST URLs without a check, which pages in the wild still send: each is
 * accepted here, read the way v2's service read it, with one warning naming the option. Nothing in this file throws
 * for a value v2 accepted; the few values that stay refused (a `javascript:` stylesheet) are not ones v2 could use.
 */
import { fileMimetype } from '../core/mimetypes';
import { describe, fail, isArray, toBool, trim } from './coerce';
import { warn } from './draft';
import { OptionWarning } from './types';

interface Warns {
  warnings: OptionWarning[];
}

const WORDS: { [w: string]: boolean } = { yes: true, on: true, no: false, off: false };

/**
 * A flag. `true`/`false`, `"true"`/`"false"` and 1/0 as `toBool`; `"yes"`/`"on"`/`"no"`/`"off"` as they read; any
 * other value by JavaScript truthiness, as v2's `if (options.debug)` read it (`debug: "yes"` is on), with one warning.
 */
export function toFlag(name: string, value: unknown, d: Warns): boolean {
  try {
    return toBool(name, value);
  } catch (_e) {
    const word = typeof value === 'string' ? WORDS[trim(value).toLowerCase()] : undefined;
    const flag = word !== undefined ? word : !!value;
    warn(d, name, 'filepicker: `' + name + '` should be true or false, got ' + describe(value) + '; taken as ' + flag);
    return flag;
  }
}

const GROUPS = ['image', 'video', 'audio', 'text', 'application', 'font', 'model'];

/**
 * A word where a MIME type belongs (`mimetype: "pdf"`, `".png"`, `"image"`): the type of that extension, or the
 * whole group (`image/*`); undefined when it names neither.
 */
export function mimetypeOfWord(word: string): string | undefined {
  const w = trim(word).toLowerCase();
  if (!w || /[\s/]/.test(w)) return undefined;
  if (GROUPS.indexOf(w) >= 0) return w + '/*';
  return fileMimetype('', 'x' + (w.charAt(0) === '.' ? w : '.' + w)) || undefined;
}

/**
 * `mimetype(s)` entries that are not `type/subtype`. v2 sent them to its dialog, which matched nothing against them;
 * here a known extension or group becomes its type and anything else is left out, with one warning either way.
 */
export function mimetypeWords(name: string, list: string[], d: Warns): string[] {
  const out: string[] = [];
  const dropped: string[] = [];
  for (let i = 0; i < list.length; i++) {
    if (/^[^\s/]+\/[^\s/]+$/.test(list[i])) {
      out.push(list[i]);
      continue;
    }
    const type = mimetypeOfWord(list[i]);
    if (type) {
      warn(d, name, 'filepicker: `' + name + '` "' + list[i] + '" is not a MIME type; using "' + type + '"');
      out.push(type);
    } else dropped.push(list[i]);
  }
  if (dropped.length) {
    warn(d, name, 'filepicker: `' + name + '` takes MIME types like "image/*" or "application/pdf"; left out: ' + dropped.join(', '));
  }
  return out;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const LOCAL_HTTP = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/i;

/**
 * A stylesheet or text URL the dialog loads (`customCss`, `customText`). v2 handed it to its dialog unchecked, so
 * `https://…`, `//host/…`, `http://…` and paths are all accepted: a path is resolved against the page (the dialog
 * lives in it); plain `http://` off loopback is kept with a warning, as browsers block it on an https page. Another
 * scheme (`javascript:`, `data:`) is refused: it could never load a file.
 */
export function toPageUrl(name: string, value: unknown, d: Warns): string {
  const s = typeof value === 'string' ? trim(value) : '';
  const scheme = SCHEME.exec(s);
  const usable = !!s && !/\s/.test(s) && s.indexOf('///') !== 0 && (!scheme || /^https?$/i.test(scheme[1]));
  if (!usable || (scheme && !/^https?:\/\/[^\s/]+/i.test(s))) {
    return fail(name, 'an https:// URL, a //host/… URL or a path on this site', value);
  }
  if (/^http:/i.test(s) && !LOCAL_HTTP.test(s)) {
    warn(d, name, 'filepicker: `' + name + '` "' + s + '" is plain http; a browser blocks it on an https page (use https://)');
  }
  return s;
}

/**
 * A store field given as a list (`{location: ['S3']}`, `{path: ['a/', 'b']}`): v2 concatenated it into the URL, which
 * gave its comma-joined text; so does this, with one warning. Other values are returned as they are.
 */
export function listAsText(name: string, value: unknown, d: Warns): unknown {
  if (!isArray(value)) return value;
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== 'string' && typeof value[i] !== 'number') return value;
  }
  const text = value.join(',');
  warn(d, name, 'filepicker: `' + name + '` should be text, got ' + describe(value) + '; using "' + text + '"');
  return text;
}
