import { Listeners } from '../../dom';
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
export declare function buildSearchBox(doc: Document, binder: TextBinder, sourceLabel: string, n: number): SearchBox;
/**
 * Enter searches for the text (blank: back to the folder); emptying the field (its clear button, deleting the text)
 * goes back to the folder; Escape in a field with text empties it and goes back, without closing the dialog (an empty
 * field leaves Escape to the dialog).
 */
export declare function wireSearchBox(box: SearchBox, listeners: Listeners, target: SearchTarget): void;
