import { OptionWarning } from './types';
interface Warns {
    warnings: OptionWarning[];
}
/**
 * A flag. `true`/`false`, `"true"`/`"false"` and 1/0 as `toBool`; `"yes"`/`"on"`/`"no"`/`"off"` as they read; any
 * other value by JavaScript truthiness, as v2's `if (options.debug)` read it (`debug: "yes"` is on), with one warning.
 */
export declare function toFlag(name: string, value: unknown, d: Warns): boolean;
/**
 * A word where a MIME type belongs (`mimetype: "pdf"`, `".png"`, `"image"`): the type of that extension, or the
 * whole group (`image/*`); undefined when it names neither.
 */
export declare function mimetypeOfWord(word: string): string | undefined;
/**
 * `mimetype(s)` entries that are not `type/subtype`. v2 sent them to its dialog, which matched nothing against them;
 * here a known extension or group becomes its type and anything else is left out, with one warning either way.
 */
export declare function mimetypeWords(name: string, list: string[], d: Warns): string[];
/**
 * A stylesheet or text URL the dialog loads (`customCss`, `customText`). v2 handed it to its dialog unchecked, so
 * `https://…`, `//host/…`, `http://…` and paths are all accepted: a path is resolved against the page (the dialog
 * lives in it); plain `http://` off loopback is kept with a warning, as browsers block it on an https page. Another
 * scheme (`javascript:`, `data:`) is refused: it could never load a file.
 */
export declare function toPageUrl(name: string, value: unknown, d: Warns): string;
/**
 * A store field given as a list (`{location: ['S3']}`, `{path: ['a/', 'b']}`): v2 concatenated it into the URL, which
 * gave its comma-joined text; so does this, with one warning. Other values are returned as they are.
 */
export declare function listAsText(name: string, value: unknown, d: Warns): unknown;
export {};
