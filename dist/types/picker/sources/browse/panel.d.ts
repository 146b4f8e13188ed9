import { SourceFile, SourceListing } from '../../../core/contracts';
import { Listeners } from '../../dom';
import { TextBinder } from '../../i18n/binder';
import { Announcer } from '../../announcer';
import { FetchThumbnail } from './thumbLoader';
/** What a browsed source gives the panel: where browsing starts and how a folder is listed. */
export interface BrowseDeps {
    doc: Document;
    binder: TextBinder;
    listeners: Listeners;
    announcer: Announcer;
    /** The (empty) element to fill. */
    mount: HTMLElement;
    /** Files are toggled and added together. */
    multiple: boolean;
    /** The folder the user may not leave (a path prefix ending in `/`, or `''`). */
    root: string;
    /** The root's breadcrumb when its path has no name of its own (`''`, `/`). */
    rootLabel: string;
    /** Lists one page of `folder` (from its start, or the page after `cursor`). */
    list(folder: string, cursor?: string): Promise<SourceListing>;
    /** Files the user chose; returns whether the dialog took them (restrictions passed). */
    onPick(files: SourceFile[]): boolean;
    /** The text shown for a failed listing. */
    messageOf(e: unknown): string;
    /** A failed listing the source shows itself (a cloud's sign-in form): the panel then shows nothing about it. */
    handles?(e: unknown): boolean;
    /** Whose announcements these are (the announcer's channel). */
    channel: string;
    /** Folder mode: only folders are listed, and "Choose this folder" hands over the folder on screen. */
    chooseFolder?(folder: {
        path: string;
        name: string;
    }): void;
    /** The thumbnail of a file listed with `thumbnail: true` (a cloud source's); none: no thumbnails. */
    thumbnail?: FetchThumbnail;
    /** Sources that search (a cloud's): one page of what matches `query` anywhere, from its start or after `cursor`. */
    search?(query: string, cursor?: string): Promise<SourceListing>;
    /** The results were left (Up, Escape, a crumb, a folder opened): the source empties its search field. */
    searchEnded?(): void;
}
/** A panel of a source the dialog shows. */
export interface CustomPanel {
    /** Moves focus into the panel (the list, else the first control). */
    focus(): void;
    /** Removes the panel's stylesheet (the session's listeners and DOM go with the dialog). */
    destroy(): void;
}
/**
 * Browsing a source's folders: breadcrumbs and an Up button, then the folder's contents as a WAI-ARIA listbox (focus
 * stays on the listbox, the active option is `aria-activedescendant`). Arrows/Home/End/PageUp/PageDown and type-ahead
 * move, Enter opens a folder or picks a file, Backspace or Alt+ArrowUp goes up (never above the root); with
 * `multiple`, Space or a click toggles a file and Enter or "Add selected" adds them; the selection survives changing
 * folders. With `chooseFolder` (pickFolder) only folders are listed and "Choose this folder" hands over the one shown.
 * Used by CUSTOMSOURCE and the cloud sources; listing comes from `list`, nothing here speaks HTTP.
 */
export declare class BrowsePanel implements CustomPanel {
    /** What the panel was given by its source. */
    private d;
    /** The panel's fixed elements. */
    private n;
    /** The folder's rows, their active one and the selection. */
    private box;
    /** Files are toggled and added together. */
    private multiple;
    /** The selected files, across folders. */
    private selection;
    /** The folder the user may not leave. */
    private root;
    /** The folder shown. */
    private path;
    /** The names of the folders listed so far, by path (a source whose paths are ids, Google Drive, names its crumbs with them). */
    private names;
    /** Cursor of the folder's next page, when there is one. */
    private next?;
    /** The text whose results are shown in place of the folder (`search()`); null while a folder is shown. */
    private query;
    /** Increments per listing request: answers of older ones are dropped. */
    private token;
    /** Removes the panel's stylesheet. */
    private removeStyles;
    constructor(d: BrowseDeps);
    focus(): void;
    destroy(): void;
    /** Shows the root again, from its start (after a sign-in). */
    reload(): void;
    /**
     * Shows what matches `query` (the source's `search`) in place of the folder, paged as a folder; the crumbs end with
     * "Search results". Up, Backspace, Escape or a crumb go back to the folder; opening a folder of the results opens it.
     */
    search(query: string): void;
    /** Back from the results to the folder shown before (nothing when no results are shown). */
    endSearch(): void;
    /** Whether results were shown; they no longer are. */
    private leaveSearch;
    /** Forgets what was shown and selected (after a sign-out); an answer still on its way is dropped. */
    clear(): void;
    private listen;
    private folderLabel;
    private refreshAdd;
    /** Shows `folder` from its start. */
    private reset;
    /** Lists `folder` (from its start, or its next page with `cursor`). */
    private load;
    private listed;
    private failed;
    private open;
    private goUp;
    private pick;
    private toggle;
    /** Enter (or a click in single mode): opens a folder, or picks the file (with `multiple`, the selection if any). */
    private activate;
    private onClick;
    private onKey;
}
