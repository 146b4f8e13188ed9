import { TextBinder } from '../../i18n/binder';
/**
 * A cloud source's failure as the user reads it. The provider limiting requests (429, `ratelimit`) or not answering
 * (5xx or a timeout at the provider, `upstream`/`timeout`) is a short sentence of the dialog's language naming the
 * source, as the user knows it (`label`): waiting and Retry can help there. Anything else is the error's own text
 * (`messageOf`), which names the source and the server's cause.
 */
export declare function failureText(binder: TextBinder, label: string, e: unknown, messageOf: (e: unknown) => string): string;
