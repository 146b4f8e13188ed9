import { SourceFile, SourceFolder } from '../../../core/contracts';
import { TextBinder } from '../../i18n/binder';
import { Selection } from './selection';
import { ThumbLoader } from './thumbLoader';
/** One row of a folder: a sub-folder or a file. */
export type Item = {
    folder: SourceFolder;
    file?: undefined;
} | {
    file: SourceFile;
    folder?: undefined;
};
/**
 * The folder's contents as a WAI-ARIA listbox: its rows, which one is active (`aria-activedescendant`, focus stays on
 * the list) and, with `multiple`, which files are selected. Renders rows; knows nothing of listing or picking.
 * Windowed (rowWindow.ts): only the options in view plus a margin are in the DOM, each with `aria-posinset` and
 * `aria-setsize`; the active option is always rendered, so `aria-activedescendant` always names an element.
 */
export declare class Listbox {
    /** The listbox element (`role=listbox`). */
    readonly node: HTMLElement;
    /** Files are toggled and added together (`aria-multiselectable`). */
    private multiple;
    /** Prefix of the option ids (unique per dialog). */
    private idPrefix;
    private doc;
    private binder;
    /** The selected files (multiple mode): the panel's, kept when the list shows another folder. */
    private selected;
    /** Loads the thumbnails of files listed with one (a cloud source's); none: rows without thumbnails. */
    private thumbs?;
    /** The rows of the folder, in order (folders of a page first, then its files). */
    private items;
    /** Which rows are in the DOM. */
    private win;
    /** Index of the active row; -1 when none. */
    private active;
    /** The type-ahead prefix typed so far. */
    private typed;
    /** When the last type-ahead key came (ms). */
    private typedAt;
    /** Cancels of the thumbnail requests of rendered rows, by row index. */
    private thumbCancels;
    constructor(
    /** The listbox element (`role=listbox`). */
    node: HTMLElement, 
    /** Files are toggled and added together (`aria-multiselectable`). */
    multiple: boolean, 
    /** Prefix of the option ids (unique per dialog). */
    idPrefix: string, doc: Document, binder: TextBinder, 
    /** The selected files (multiple mode): the panel's, kept when the list shows another folder. */
    selected: Selection, 
    /** Loads the thumbnails of files listed with one (a cloud source's); none: rows without thumbnails. */
    thumbs?: ThumbLoader | undefined);
    /** How many rows there are. */
    count(): number;
    /** Index of the active row; -1 when none. */
    activeIndex(): number;
    item(i: number): Item | undefined;
    /** Empties the list (a new folder); the selection stays. */
    clear(): void;
    /** The list was scrolled: renders the rows come into view. */
    onScroll(): void;
    /** The option element of row `i` when it is rendered. */
    option(i: number): HTMLElement | undefined;
    /** Adds rows at the end (one page of a listing). */
    append(fresh: Item[]): void;
    /**
     * Makes row `i` the active one and scrolls it into view; `reveal` false skips the scroll (the first row of a list
     * just filled from the top is in view already, and asking would lay out every row at once).
     */
    setActive(i: number, reveal?: boolean): void;
    /** Selects or unselects the file of row `i` (folders cannot be selected). */
    toggle(i: number): void;
    selectAll(): void;
    clearSelection(): void;
    /** The selected files (of every folder), in the order chosen. */
    selectedFiles(): SourceFile[];
    /** Type-ahead: a printable key extends the prefix (or starts a new one after a pause) and activates the next match. */
    typeAhead(key: string, now: number): void;
    /** The row index of a clicked node, or -1. */
    indexAt(target: Element | null): number;
    private paintShown;
    /** Shows row `i`'s state (active, selected) on its option, when rendered. */
    private paint;
    private paintOption;
    private optionFor;
    /** The cell of a file's thumbnail: empty (its room kept) until the thumbnail is drawn, which a failure never is. */
    private thumbSlot;
    /** Row `i` left the DOM: its thumbnail, if still on its way, is no longer wanted. */
    private dropThumb;
}
