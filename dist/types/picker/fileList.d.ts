import { StoredFile } from '../core/contracts';
import { TextBinder } from './i18n/binder';
import { Rejection } from './restrictions';
import { Entry } from './state';
import { View } from './view';
/**
 * The selected files: their rows, the total, the errors, the primary button and what is announced. The list is
 * windowed (rowWindow.ts): only the rows in view in the dialog's main area, plus a margin and the row holding focus,
 * are in the DOM (each with `aria-posinset` / `aria-setsize`); a row, its icon and its thumbnail are made when it
 * comes into view, so 10,000 files cost 10,000 entries and a screenful of rows.
 */
export declare class FileList {
    private doc;
    private binder;
    private view;
    private multiple;
    private actions;
    readonly entries: Entry[];
    /** Row of each entry in the DOM now, by id. */
    private rows;
    /** Done / Upload was pressed (the primary button stays disabled until a failure). */
    private finishing;
    /** The primary button says it waits for the uploads (pressed while some are not stored yet). */
    private waitingShown;
    /** Which rows are in the DOM. */
    private win;
    /**
     * Rows go into `view` (made in `doc`, texts through `binder`); `multiple`: rows can be removed; `actions`: what the
     * row buttons ask of the dialog.
     */
    constructor(doc: Document, binder: TextBinder, view: View, multiple: boolean, actions: {
        retry(e: Entry): void;
        remove(e: Entry): void;
        edit(e: Entry): void;
    });
    /** The row's Edit button when it is shown (focus goes back there after the editor); its row is scrolled into view. */
    editButton(entry: Entry): HTMLButtonElement | null;
    has(entry: Entry): boolean;
    private find;
    /** Adds entries; the rows that come into view are rendered. */
    add(entries: Entry[]): void;
    remove(entry: Entry, focusAfter: HTMLElement): void;
    /** The row of entry `i`, made as it comes into view. */
    private rowAt;
    /** Sets every rendered row's place in the list (`aria-posinset` of `aria-setsize`). */
    private renumber;
    /**
     * Tab is about to leave the focused row forwards (or backwards with Shift): the row it goes to must be in the DOM
     * before the browser moves focus (the focused row can be a pinned one, away from the rendered rows).
     */
    private nextRowFor;
    /** Index of the entry whose row holds focus; -1 when none does. */
    private focusedIndex;
    update(entry: Entry, patch: Partial<Entry>): void;
    /** Byte progress from the engine: the row, the total and a throttled announcement (the page hears of it from the dialog's Report). */
    progress(entry: Entry, loaded: number, total: number): void;
    stored(entry: Entry, file: StoredFile): void;
    failed(entry: Entry, reason: string): void;
    /** The server refused the entry's upload: `why`, a short sentence in the dialog's language, and no retry. */
    refused(entry: Entry, why: NonNullable<Entry['refused']>): void;
    showErrors(rejected: Rejection[]): void;
    canFinish(): boolean;
    allDone(): boolean;
    /**
     * Done / Upload pressed: the dialog delivers once every upload is stored. Until then the button is disabled and
     * reads "Waiting for the uploads to finish…", which is announced (a single pick has no button: it just closes).
     */
    setFinishing(): void;
    /** The file list title, the footer, the total progress and whether the primary button can be pressed. */
    private refreshChrome;
}
