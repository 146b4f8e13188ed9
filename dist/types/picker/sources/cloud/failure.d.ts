import { TextBinder } from '../../i18n/binder';
import type { StringKey, Vars } from '../../i18n/translator';
/**
 * A cloud source's failure as the user reads it. The provider limiting requests (429, `ratelimit`) or not answering
 * (5xx or a timeout at the provider, `upstream`/`timeout`) is a short sentence of the dialog's language naming the
 * source, as the user knows it (`label`): waiting and Retry can help there. Anything else is the error's own text
 * (`messageOf`), which names the source and the server's cause.
 */
export declare function failureText(binder: TextBinder, label: string, e: unknown, messageOf: (e: unknown) => string): string;
/**
 * Why the server refused a file (a 4xx retrying cannot change), for its row: a cloud file above a size limit (413
 * `toolarge` naming the `maxSize` it is above: a source listing no sizes, whose size only the server could check)
 * reads as the dialog's own size refusal of `filename`, with the file's `size` when the server knew it, else "> the
 * limit" (a copy of unknown size that stopped there); anything else as the server refusing it.
 */
export declare function refusalOf(filename: string, e: unknown): {
    key: StringKey;
    vars: Vars;
};
