import { TextBinder } from '../../i18n/binder';
/** The form's fields of each credential source when the server did not list them. */
export declare const DEFAULT_FIELDS: {
    [cloud: string]: string[];
};
/** The sign-in form of a credential source (FTP, WebDAV). */
export interface SignInForm {
    /** The section holding the form (hidden once signed in). */
    root: HTMLElement;
    form: HTMLFormElement;
    /** Input by field name. */
    inputs: {
        [field: string]: HTMLInputElement;
    };
    submit: HTMLButtonElement;
    /** The line saying why the last sign-in failed, or that it is under way. */
    message: HTMLElement;
}
/**
 * Builds the form: a heading, one labelled input per known field of `fields` (in that order; unknown ones are left
 * out, the server's defaults apply), a message line and the Sign in button. `n` makes the ids unique.
 */
export declare function buildSignInForm(doc: Document, binder: TextBinder, sourceLabel: string, fields: string[], n: number): SignInForm;
/** The form's values by field (trimmed, except the password); the first required field left empty, if any. */
export declare function formValues(f: SignInForm): {
    values: {
        [field: string]: string;
    };
    missing?: HTMLInputElement;
};
