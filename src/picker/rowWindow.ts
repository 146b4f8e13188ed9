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
export const MARGIN = 12;

/**
 * The rows in view, plus `margin` on each side: the view starts `top` pixels into the list and is `height` high,
 * rows are `rowHeight` high.
 */
export function rangeFor(top: number, height: number, rowHeight: number, count: number, margin: number): Range {
  if (count <= 0) return { first: 0, last: -1 };
  const h = rowHeight > 0 ? rowHeight : 1;
  const first = Math.max(0, Math.floor(Math.max(0, top) / h) - margin);
  const last = Math.min(count - 1, Math.ceil((Math.max(0, top) + Math.max(0, height)) / h) + margin);
  return { first: Math.min(first, count - 1), last };
}

/** The sorted, distinct row indices to render: `range` and the `pinned` rows inside `[0, count)`. */
export function planRows(range: Range, pinned: number[], count: number): number[] {
  const out: number[] = [];
  const extra = pinned.filter((p) => p >= 0 && p < count && (p < range.first || p > range.last)).sort((a, b) => a - b);
  let k = 0;
  for (let i = range.first; i <= range.last; i++) {
    while (k < extra.length && extra[k] < i) out.push(extra[k++]);
    out.push(i);
  }
  while (k < extra.length) out.push(extra[k++]);
  const distinct: number[] = [];
  for (let i = 0; i < out.length; i++) if (!distinct.length || distinct[distinct.length - 1] !== out[i]) distinct.push(out[i]);
  return distinct;
}

export class RowWindow {
  /** Rendered row elements by index. */
  private shown: { [i: number]: HTMLElement } = {};
  /** The range last rendered (without the pinned rows). */
  private range: Range = { first: 0, last: -1 };
  /** The spacers in the DOM now. */
  private gaps: HTMLElement[] = [];
  /** Measured (or, before any row was laid out, assumed) height of a row, in CSS pixels. */
  private rowHeight: number;

  constructor(
    /** The element the rows go into. */
    private list: HTMLElement,
    /** The element that scrolls: `list` itself or an ancestor of it. */
    private scroller: HTMLElement,
    private host: WindowHost,
    /** The row height assumed until one is measured, and the view height assumed while the scroller has none. */
    private guess: { row: number; view: number },
  ) {
    this.rowHeight = guess.row;
  }

  /** Whether row `i` is in the DOM. */
  has(i: number): boolean {
    return Object.prototype.hasOwnProperty.call(this.shown, String(i));
  }

  /** Row `i`'s element if rendered. */
  element(i: number): HTMLElement | undefined {
    return this.has(i) ? this.shown[i] : undefined;
  }

  /** The indices rendered now, ascending. */
  renderedIndices(): number[] {
    const out: number[] = [];
    for (const k in this.shown) if (Object.prototype.hasOwnProperty.call(this.shown, k)) out.push(Number(k));
    return out.sort((a, b) => a - b);
  }

  /** After a scroll: renders again only when the view nears the edge of what is rendered. */
  onScroll(): void {
    const want = this.wanted(MARGIN >> 1);
    if (want.first < this.range.first || want.last > this.range.last) this.render();
  }

  /** Forgets every row (the list was emptied or replaced) and renders from the current scroll position. */
  reset(): void {
    for (const k in this.shown) {
      if (!Object.prototype.hasOwnProperty.call(this.shown, k)) continue;
      const e = this.shown[Number(k)];
      if (e.parentNode === this.list) this.list.removeChild(e);
      this.host.dropped(Number(k), e);
    }
    this.shown = {};
    this.range = { first: 0, last: -1 };
    this.render();
  }

  /** Renders the rows of the current view (and the pinned ones); row heights are measured again when rows are shown. */
  render(): void {
    this.place();
    if (this.measure()) this.place();
  }

  /**
   * Row `i` was taken out of the owner's list (the rows after it moved up by one): its element goes, the rows after it
   * keep theirs under their new index, and the window is rendered again.
   */
  removeAt(i: number): void {
    const next: { [i: number]: HTMLElement } = {};
    for (const k in this.shown) {
      if (!Object.prototype.hasOwnProperty.call(this.shown, k)) continue;
      const n = Number(k);
      const e = this.shown[n];
      if (n < i) next[n] = e;
      else if (n > i) next[n - 1] = e;
      else {
        if (e.parentNode === this.list) this.list.removeChild(e);
        this.host.dropped(n, e);
      }
    }
    this.shown = next;
    this.render();
  }

  /** Scrolls the least needed for row `i` to be in view, then renders around it. */
  reveal(i: number): void {
    const s = this.scroller;
    const top = this.offset() + i * this.rowHeight;
    const view = s.clientHeight > 0 ? s.clientHeight : this.guess.view;
    if (top < s.scrollTop) s.scrollTop = top;
    else if (top + this.rowHeight > s.scrollTop + view) s.scrollTop = top + this.rowHeight - view;
    this.render();
    const e = this.shown[i] as (HTMLElement & { scrollIntoView?: (a?: unknown) => void }) | undefined;
    // the estimate can be a little off: the browser puts the row itself in view
    if (e && typeof e.scrollIntoView === 'function') e.scrollIntoView({ block: 'nearest' });
  }

  /** Where the list starts inside the scroller's content, in pixels (0 when the list scrolls itself). */
  private offset(): number {
    if (this.list === this.scroller) return 0;
    const box = this.scroller.getBoundingClientRect();
    // a scroller without a box (hidden, or no layout at all) has nothing in view to place the list against
    if (!box.height) return 0;
    return this.list.getBoundingClientRect().top - box.top + this.scroller.scrollTop;
  }

  private wanted(margin: number): Range {
    const s = this.scroller;
    const view = s.clientHeight > 0 ? s.clientHeight : this.guess.view;
    return rangeFor(s.scrollTop - this.offset(), view, this.rowHeight, this.host.count(), margin);
  }

  /** Puts the planned rows and spacers in the DOM, touching no row that stays. */
  private place(): void {
    const count = this.host.count();
    this.range = this.wanted(MARGIN);
    const plan = planRows(this.range, this.host.pinned(), count);
    const keep: { [i: number]: true } = {};
    for (let k = 0; k < plan.length; k++) keep[plan[k]] = true;
    for (let g = 0; g < this.gaps.length; g++) if (this.gaps[g].parentNode === this.list) this.list.removeChild(this.gaps[g]);
    this.gaps = [];
    for (const k in this.shown) {
      if (!Object.prototype.hasOwnProperty.call(this.shown, k) || keep[Number(k)]) continue;
      const e = this.shown[Number(k)];
      if (e.parentNode === this.list) this.list.removeChild(e);
      delete this.shown[Number(k)];
      this.host.dropped(Number(k), e);
    }
    let cursor: Node | null = this.list.firstChild;
    let prev = -1;
    for (let k = 0; k < plan.length; k++) {
      const i = plan[k];
      if (i - prev > 1) this.list.insertBefore(this.gap(i - prev - 1), cursor);
      let e = this.shown[i];
      if (!e) e = this.shown[i] = this.host.row(i);
      if (e === cursor) cursor = cursor.nextSibling;
      else this.list.insertBefore(e, cursor);
      prev = i;
    }
    if (count - 1 - prev > 0) this.list.insertBefore(this.gap(count - 1 - prev), cursor);
  }

  private gap(rows: number): HTMLElement {
    const g = this.host.spacer();
    g.setAttribute('aria-hidden', 'true');
    // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy
    g.style.height = rows * this.rowHeight + 'px';
    this.gaps.push(g);
    return g;
  }

  /** Measures the rendered rows' mean height; true when it changed the estimate (the spacers need redoing). */
  private measure(): boolean {
    let sum = 0;
    let n = 0;
    for (const k in this.shown) {
      if (!Object.prototype.hasOwnProperty.call(this.shown, k)) continue;
      // the box's height, not offsetHeight: a rounded height times 10,000 rows would be off by hundreds of pixels
      const h = this.shown[Number(k)].getBoundingClientRect().height;
      if (h > 0) {
        sum += h;
        n++;
      }
    }
    if (!n) return false;
    const h = sum / n;
    if (Math.abs(h - this.rowHeight) < 0.5) return false;
    this.rowHeight = h;
    return true;
  }
}
