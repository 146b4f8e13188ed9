import { el, Listeners } from '../dom';
import { TextBinder } from '../i18n/binder';

let counter = 0;

/** Whether the text is an http(s) address the server could fetch. */
export function isFetchableUrl(text: string): boolean {
  return /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(text);
}

/**
 * The URL source: a labelled text field and an Add button. The server fetches the address (`uploader.storeUrl`).
 * `onInvalid` is called when the text is not an http(s) address.
 */
export function urlPanel(doc: Document, binder: TextBinder, listeners: Listeners, onUrl: (url: string) => void, onInvalid: () => void): { panel: HTMLElement; input: HTMLInputElement } {
  const id = 'fp-url-' + ++counter;
  const label = el(doc, 'label', { class: 'fp-label', for: id });
  binder.text(label, 'urlLabel');
  const input = el(doc, 'input', { type: 'url', id, class: 'fp-input', autocomplete: 'url', placeholder: 'https://', spellcheck: 'false' });
  const submit = el(doc, 'button', { type: 'submit', class: 'fp-btn' });
  binder.text(submit, 'urlSubmit');
  const form = el(doc, 'form', { class: 'fp-url-form', novalidate: '' }, [label, el(doc, 'div', { class: 'fp-row' }, [input, submit])]);
  listeners.on(form, 'submit', function (e: Event) {
    e.preventDefault();
    const text = input.value.replace(/^\s+|\s+$/g, '');
    if (!isFetchableUrl(text)) {
      input.setAttribute('aria-invalid', 'true');
      onInvalid();
      return;
    }
    input.removeAttribute('aria-invalid');
    input.value = '';
    onUrl(text);
  });
  return { panel: el(doc, 'div', { class: 'fp-panel' }, [form]), input };
}
