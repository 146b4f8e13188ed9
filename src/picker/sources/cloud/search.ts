import { el, Listeners } from '../../dom';
import { TextBinder } from '../../i18n/binder';

/** A cloud panel's search field (ours: the reference server's cloud API searches; Filestack's does not say it can). */
export interface SearchBox {
  /** The `role=search` form (hidden until the source's listing says it can search). */
  root: HTMLFormElement;
  input: HTMLInputElement;
}

/** What the field drives: the browser's results, and back to its folder. */
export interface SearchTarget {
  search(query: string): void;
  endSearch(): void;
}

/** Builds the field: a label ("Search Dropbox"), a search input with a placeholder. `n` makes the id unique. */
export function buildSearchBox(doc: Document, binder: TextBinder, sourceLabel: string, n: number): SearchBox {
  const id = 'fp-cloud-search-' + n;
  const label = el(doc, 'label', { class: 'fp-label', for: id });
  binder.text(label, 'searchLabel', { source: sourceLabel });
  const input = el(doc, 'input', { id, type: 'search', class: 'fp-input', autocomplete: 'off', spellcheck: 'false', maxlength: '200', enterkeyhint: 'search' });
  binder.attr(input, 'placeholder', 'searchPlaceholder');
  const root = el(doc, 'form', { class: 'fp-cloud-field fp-cloud-search', role: 'search', novalidate: '', hidden: '' }, [label, input]);
  return { root, input };
}

/**
 * Enter searches for the text (blank: back to the folder); emptying the field (its clear button, deleting the text)
 * goes back to the folder; Escape in a field with text empties it and goes back, without closing the dialog (an empty
 * field leaves Escape to the dialog).
 */
export function wireSearchBox(box: SearchBox, listeners: Listeners, target: SearchTarget): void {
  listeners.on(box.root, 'submit', (e: Event) => {
    e.preventDefault();
    const q = box.input.value.replace(/^\s+|\s+$/g, '');
    if (q) target.search(q);
    else target.endSearch();
  });
  listeners.on(box.input, 'input', () => {
    if (!box.input.value) target.endSearch();
  });
  listeners.on(box.input, 'keydown', (e: KeyboardEvent) => {
    if ((e.key !== 'Escape' && e.key !== 'Esc') || !box.input.value) return;
    e.preventDefault();
    e.stopPropagation();
    box.input.value = '';
    target.endSearch();
  });
}
