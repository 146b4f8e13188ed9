/**
 * A windowed list: of a long list (a 10,000-entry folder, 10,000 dropped files) only the rows in view plus a margin
 * are in the DOM; the rows above and below are stood for by empty spacers of the same height, so the scrollbar and
 * the scroll position are those of the whole list. Rows the owner pins (the active option, the row holding focus)
 * stay rendered wherever they are. Rows that stay rendered are never moved or re-inserted, so focus inside them is
 * kept. Knows nothing of what a row shows: its owner makes each row and hears when one leaves.
 */
/** What a windowed list asks of its owner. */
export interface WindowHost {
    /** How many rows the whole list has. */
    count(): number;
    /** The element of row `i` (made on demand; the owner may keep it while it is rendered). */
    row(i: number): HTMLElement;
    /** Row `i`'s element `row` left the DOM (scrolled out of the window, or removed): the owner may forget it. */
    dropped(i: number, row: HTMLElement): void;
    /** Rows that stay rendered wherever they are (e.g. the active option), any order, out-of-range ones ignored. */
    pinned(): number[];
    /** A new empty spacer element (made `aria-hidden` by the window). */
    spacer(): HTMLElement;
}
/** The first and last (inclusive) row index of a range; empty when `last < first`. */
export interface Range {
    first: number;
    last: number;
}
/** Rows rendered above and below the ones in view. */
export declare const MARGIN = 12;
/**
 * The rows in view, plus `margin` on each side: the view starts `top` pixels into the list and is `height` high,
 * rows are `rowHeight` high.
 */
export declare function rangeFor(top: number, height: number, rowHeight: number, count: number, margin: number): Range;
/** The sorted, distinct row indices to render: `range` and the `pinned` rows inside `[0, count)`. */
export declare function planRows(range: Range, pinned: number[], count: number): number[];
export declare class RowWindow {
    /** The element the rows go into. */
    private list;
    /** The element that scrolls: `list` itself or an ancestor of it. */
    private scroller;
    private host;
    /** The row height assumed until one is measured, and the view height assumed while the scroller has none. */
    private guess;
    /** Rendered row elements by index. */
    private shown;
    /** The range last rendered (without the pinned rows). */
    private range;
    /** The spacers in the DOM now. */
    private gaps;
    /** Measured (or, before any row was laid out, assumed) height of a row, in CSS pixels. */
    private rowHeight;
    constructor(
    /** The element the rows go into. */
    list: HTMLElement, 
    /** The element that scrolls: `list` itself or an ancestor of it. */
    scroller: HTMLElement, host: WindowHost, 
    /** The row height assumed until one is measured, and the view height assumed while the scroller has none. */
    guess: {
        row: number;
        view: number;
    });
    /** Whether row `i` is in the DOM. */
    has(i: number): boolean;
    /** Row `i`'s element if rendered. */
    element(i: number): HTMLElement | undefined;
    /** The indices rendered now, ascending. */
    renderedIndices(): number[];
    /** After a scroll: renders again only when the view nears the edge of what is rendered. */
    onScroll(): void;
    /** Forgets every row (the list was emptied or replaced) and renders from the current scroll position. */
    reset(): void;
    /** Renders the rows of the current view (and the pinned ones); row heights are measured again when rows are shown. */
    render(): void;
    /**
     * Row `i` was taken out of the owner's list (the rows after it moved up by one): its element goes, the rows after it
     * keep theirs under their new index, and the window is rendered again.
     */
    removeAt(i: number): void;
    /** Scrolls the least needed for row `i` to be in view, then renders around it. */
    reveal(i: number): void;
    /** Where the list starts inside the scroller's content, in pixels (0 when the list scrolls itself). */
    private offset;
    private wanted;
    /** Puts the planned rows and spacers in the DOM, touching no row that stays. */
    private place;
    private gap;
    /** Measures the rendered rows' mean height; true when it changed the estimate (the spacers need redoing). */
    private measure;
}
