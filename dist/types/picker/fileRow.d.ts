import { TextBinder } from './i18n/binder';
import { Entry } from './state';
/** The DOM of one file in the list. */
export interface FileRow {
    li: HTMLLIElement;
    status: HTMLElement;
    progress: HTMLProgressElement;
    retry: HTMLButtonElement;
    remove: HTMLButtonElement;
    /** Opens the image editor; only rows of editable images have one (most rows do not: it is not built for them). */
    edit?: HTMLButtonElement;
}
/** Builds the row of an entry. Names are user data: they only ever go into text nodes and attributes. */
export declare function createRow(doc: Document, binder: TextBinder, entry: Entry, removable: boolean): FileRow;
/** Shows the entry's state: status text, progress value, the retry button on a failure retrying may cure. */
export declare function updateRow(binder: TextBinder, row: FileRow, entry: Entry, removable: boolean): void;
