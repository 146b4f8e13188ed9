import { el } from '../../dom';
import { TextBinder } from '../../i18n/binder';
import { StringKey } from '../../i18n/translator';

/** The fields the dialog can ask for, with their label and input attributes. */
const FIELDS: { [field: string]: { label: StringKey; type: string; autocomplete: string; required?: boolean; inputmode?: string } } = {
  host: { label: 'cloudHost', type: 'text', autocomplete: 'url', required: true },
  port: { label: 'cloudPort', type: 'text', autocomplete: 'off', inputmode: 'numeric' },
  url: { label: 'cloudUrl', type: 'url', autocomplete: 'url', required: true },
  user: { label: 'cloudUser', type: 'text', autocomplete: 'username' },
  password: { label: 'cloudPassword', type: 'password', autocomplete: 'current-password' },
};

/** The form's fields of each credential source when the server did not list them. */
export const DEFAULT_FIELDS: { [cloud: string]: string[] } = { ftp: ['host', 'port', 'user', 'password'], webdav: ['url', 'user', 'password'] };

/** The sign-in form of a credential source (FTP, WebDAV). */
export interface SignInForm {
  /** The section holding the form (hidden once signed in). */
  root: HTMLElement;
  form: HTMLFormElement;
  /** Input by field name. */
  inputs: { [field: string]: HTMLInputElement };
  submit: HTMLButtonElement;
  /** The line saying why the last sign-in failed, or that it is under way. */
  message: HTMLElement;
}

/**
 * Builds the form: a heading, one labelled input per known field of `fields` (in that order; unknown ones are left
 * out, the server's defaults apply), a message line and the Sign in button. `n` makes the ids unique.
 */
export function buildSignInForm(doc: Document, binder: TextBinder, sourceLabel: string, fields: string[], n: number): SignInForm {
  const title = el(doc, 'h3', { class: 'fp-cloud-title', id: 'fp-cloud-title-' + n });
  binder.text(title, 'cloudSignInTitle', { source: sourceLabel });
  const form = el(doc, 'form', { class: 'fp-cloud-form', 'aria-labelledby': title.id, novalidate: '' });
  const inputs: { [field: string]: HTMLInputElement } = {};
  for (let i = 0; i < fields.length; i++) {
    const spec = FIELDS[fields[i]];
    if (!spec) continue;
    const id = 'fp-cloud-' + n + '-' + fields[i];
    const label = el(doc, 'label', { class: 'fp-label', for: id });
    binder.text(label, spec.label);
    const input = el(doc, 'input', { id, name: fields[i], type: spec.type, autocomplete: spec.autocomplete, class: 'fp-input', spellcheck: 'false', autocapitalize: 'none', inputmode: spec.inputmode });
    if (fields[i] === 'port') input.setAttribute('placeholder', '21');
    if (spec.required) input.setAttribute('aria-required', 'true');
    inputs[fields[i]] = input;
    form.appendChild(el(doc, 'div', { class: 'fp-cloud-field' }, [label, input]));
  }
  const message = el(doc, 'p', { class: 'fp-cloud-message', id: 'fp-cloud-message-' + n, hidden: '' });
  const submit = el(doc, 'button', { type: 'submit', class: 'fp-btn fp-cloud-submit' });
  binder.text(submit, 'cloudSignIn');
  form.appendChild(message);
  form.appendChild(el(doc, 'div', { class: 'fp-row' }, [submit]));
  const root = el(doc, 'section', { class: 'fp-cloud-signin' }, [title, form]);
  return { root, form, inputs, submit, message };
}

/** The form's values by field (trimmed, except the password); the first required field left empty, if any. */
export function formValues(f: SignInForm): { values: { [field: string]: string }; missing?: HTMLInputElement } {
  const values: { [field: string]: string } = {};
  let missing: HTMLInputElement | undefined;
  for (const k in f.inputs) {
    if (!Object.prototype.hasOwnProperty.call(f.inputs, k)) continue;
    const input = f.inputs[k];
    const v = k === 'password' ? input.value : input.value.replace(/^\s+|\s+$/g, '');
    values[k] = v;
    const required = input.getAttribute('aria-required') === 'true';
    if (required && !v && !missing) missing = input;
    if (required) input.setAttribute('aria-invalid', required && !v ? 'true' : 'false');
  }
  return { values, missing };
}
