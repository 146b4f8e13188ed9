import { StoredFile } from '../core/contracts';
import { TextBinder } from './i18n/binder';
import { Rejection } from './restrictions';
import { Entry } from './state';
import { View } from './view';
/** The selected files: their rows, the total, the errors, the primary button and what is announced. */
export declare class FileList {
    private doc;
    private binder;
    private view;
    private multiple;
    private actions;
    readonly entries: Entry[];
    /** Row of each entry, by id. */
    private rows;
    /** Done / Upload was pressed (the primary button stays disabled until a failure). */
    private finishing;
    /**
     * Rows go into `view` (made in `doc`, texts through `binder`); `multiple`: rows can be removed; `actions`: what the
     * row buttons ask of the dialog.
     */
    constructor(doc: Document, binder: TextBinder, view: View, multiple: boolean, actions: {
        retry(e: Entry): void;
        remove(e: Entry): void;
        edit(e: Entry): void;
    });
    /** The row's Edit button when it is shown (focus goes back there after the editor). */
    editButton(entry: Entry): HTMLButtonElement | null;
    has(entry: Entry): boolean;
    private find;
    /** Adds rows for new entries in one DOM insertion. */
    add(entries: Entry[]): void;
    remove(entry: Entry, focusAfter: HTMLElement): void;
    update(entry: Entry, patch: Partial<Entry>): void;
    /** Byte progress from the engine: the row, the total and a throttled announcement (the page hears of it from the dialog's Report). */
    progress(entry: Entry, loaded: number, total: number): void;
    stored(entry: Entry, file: StoredFile): void;
    failed(entry: Entry, reason: string): void;
    /** The server refused the entry's upload: a short sentence in the dialog's language and no retry. */
    refused(entry: Entry): void;
    showErrors(rejected: Rejection[]): void;
    canFinish(): boolean;
    allDone(): boolean;
    setFinishing(): void;
    /** The file list title, the footer, the total progress and whether the primary button can be pressed. */
    private refreshChrome;
}
