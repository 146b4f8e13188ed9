import { hasLoneSurrogate } from '../../core/wellFormed';
export { hasLoneSurrogate };
import type { LegacyContext } from '../context';
/** Whether `v` is a value the requests send (string, number, boolean); other values are left out. */
export declare function isSendable(v: unknown): v is string | number | boolean;
/**
 * A list of strings and numbers (`['S3']`, `['up/']`): where the store option translator reads an option, it takes
 * such a list as its comma-joined text (as `pickAndStore` does), so it is not left out.
 */
export declare function isTextList(v: unknown): v is Array<string | number>;
/** A truthy sendable option as text, else undefined (what the store URL carries: v2's `options.x || undefined`). */
export declare function sendableText(v: unknown): string | undefined;
/**
 * An option v2 put into a request as its text (`mimetype` of write/writeUrl/store/storeUrl): a truthy sendable value
 * as text, a list of text as its comma-joined text (v2 sent the list's `toString()`: `['text/csv']` → `text/csv`),
 * anything else undefined.
 */
export declare function textOrList(v: unknown): string | undefined;
/** One warning per page when the option `name` of `fn` is a list of text, naming the text it is read as (textOrList). */
export declare function warnTextList(ctx: LegacyContext, fn: string, options: unknown, name: string): void;
/**
 * Checks the options `names` of `fn`'s options object (`names` undefined: every own key, for `stat`/`remove`, which
 * send every option). Throws for a string that is not well-formed; warns once for a value that is not sent. The
 * options `lists` are read by the store option translator, which takes a list of text (isTextList) as its text.
 */
export declare function checkTextOptions(ctx: LegacyContext, fn: string, options: unknown, names?: string[], lists?: string[]): void;
