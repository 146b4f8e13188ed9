import { SourceFile, SourceFolder } from '../../../core/contracts';
import { addClass, el, formatSize, removeClass } from '../../dom';
import { TextBinder } from '../../i18n/binder';
import { RowWindow } from '../../rowWindow';
import { findByPrefix } from './keys';
import { Selection } from './selection';
import { ThumbLoader } from './thumbLoader';

/** One row of a folder: a sub-folder or a file. */
export type Item = { folder: SourceFolder; file?: undefined } | { file: SourceFile; folder?: undefined };

/** Keys typed within this many milliseconds of each other make one type-ahead prefix. */
const TYPE_AHEAD_MS = 700;
/** A row's height and the list's (its `max-height`) assumed until measured, in CSS pixels. */
const GUESS = { row: 31, view: 200 };

function nameOf(item: Item): string {
  return item.folder ? item.folder.name : item.file.name;
}

/**
 * The folder's contents as a WAI-ARIA listbox: its rows, which one is active (`aria-activedescendant`, focus stays on
 * the list) and, with `multiple`, which files are selected. Renders rows; knows nothing of listing or picking.
 * Windowed (rowWindow.ts): only the options in view plus a margin are in the DOM, each with `aria-posinset` and
 * `aria-setsize`; the active option is always rendered, so `aria-activedescendant` always names an element.
 */
export class Listbox {
  /** The rows of the folder, in order (folders of a page first, then its files). */
  private items: Item[] = [];
  /** Which rows are in the DOM. */
  private win: RowWindow;
  /** Index of the active row; -1 when none. */
  private active = -1;
  /** The type-ahead prefix typed so far. */
  private typed = '';
  /** When the last type-ahead key came (ms). */
  private typedAt = 0;
  /** Cancels of the thumbnail requests of rendered rows, by row index. */
  private thumbCancels: { [i: number]: () => void } = {};

  constructor(
    /** The listbox element (`role=listbox`). */
    readonly node: HTMLElement,
    /** Files are toggled and added together (`aria-multiselectable`). */
    private multiple: boolean,
    /** Prefix of the option ids (unique per dialog). */
    private idPrefix: string,
    private doc: Document,
    private binder: TextBinder,
    /** The selected files (multiple mode): the panel's, kept when the list shows another folder. */
    private selected: Selection,
    /** Loads the thumbnails of files listed with one (a cloud source's); none: rows without thumbnails. */
    private thumbs?: ThumbLoader,
  ) {
    this.win = new RowWindow(node, node, {
      count: () => this.items.length,
      row: (i) => this.optionFor(i),
      dropped: (i) => this.dropThumb(i),
      pinned: () => [this.active],
      spacer: () => el(doc, 'div', { class: 'fp-cs-gap' }),
    }, GUESS);
  }

  /** How many rows there are. */
  count(): number {
    return this.items.length;
  }

  /** Index of the active row; -1 when none. */
  activeIndex(): number {
    return this.active;
  }

  item(i: number): Item | undefined {
    return this.items[i];
  }

  /** Empties the list (a new folder); the selection stays. */
  clear(): void {
    if (this.thumbs) this.thumbs.cancelAll();
    this.thumbCancels = {};
    this.items = [];
    this.active = -1;
    this.node.scrollTop = 0;
    this.win.reset();
    this.node.removeAttribute('aria-activedescendant');
  }

  /** The list was scrolled: renders the rows come into view. */
  onScroll(): void {
    this.win.onScroll();
  }

  /** The option element of row `i` when it is rendered. */
  option(i: number): HTMLElement | undefined {
    return this.win.element(i);
  }

  /** Adds rows at the end (one page of a listing). */
  append(fresh: Item[]): void {
    for (let i = 0; i < fresh.length; i++) this.items.push(fresh[i]);
    const size = String(this.items.length);
    const shown = this.win.renderedIndices();
    for (let k = 0; k < shown.length; k++) this.win.element(shown[k])!.setAttribute('aria-setsize', size);
    this.win.render();
  }

  /**
   * Makes row `i` the active one and scrolls it into view; `reveal` false skips the scroll (the first row of a list
   * just filled from the top is in view already, and asking would lay out every row at once).
   */
  setActive(i: number, reveal = true): void {
    const prev = this.active;
    this.active = i >= 0 && i < this.items.length ? i : -1;
    this.paint(prev);
    if (this.active < 0) {
      this.win.render();
      this.node.removeAttribute('aria-activedescendant');
      return;
    }
    if (reveal) this.win.reveal(i);
    else this.win.render();
    this.paint(i);
    this.node.setAttribute('aria-activedescendant', this.idPrefix + i);
  }

  /** Selects or unselects the file of row `i` (folders cannot be selected). */
  toggle(i: number): void {
    const f = this.items[i] && this.items[i].file;
    if (!f) return;
    this.selected.toggle(f);
    this.paint(i);
  }

  selectAll(): void {
    for (let i = 0; i < this.items.length; i++) {
      const f = this.items[i].file;
      if (f) this.selected.add(f);
    }
    this.paintShown();
  }

  clearSelection(): void {
    this.selected.clear();
    this.paintShown();
  }

  /** The selected files (of every folder), in the order chosen. */
  selectedFiles(): SourceFile[] {
    return this.selected.list();
  }

  /** Type-ahead: a printable key extends the prefix (or starts a new one after a pause) and activates the next match. */
  typeAhead(key: string, now: number): void {
    this.typed = now - this.typedAt > TYPE_AHEAD_MS ? key : this.typed + key;
    this.typedAt = now;
    const names: string[] = [];
    for (let i = 0; i < this.items.length; i++) names.push(nameOf(this.items[i]));
    const found = findByPrefix(names, this.typed, this.typed.length > 1 ? this.active - 1 : this.active);
    if (found >= 0) this.setActive(found);
  }

  /** The row index of a clicked node, or -1. */
  indexAt(target: Element | null): number {
    let t = target;
    while (t && t !== this.node && !t.getAttribute('data-fp-index')) t = t.parentElement;
    return !t || t === this.node ? -1 : Number(t.getAttribute('data-fp-index'));
  }

  private paintShown(): void {
    const shown = this.win.renderedIndices();
    for (let k = 0; k < shown.length; k++) this.paint(shown[k]);
  }

  /** Shows row `i`'s state (active, selected) on its option, when rendered. */
  private paint(i: number): void {
    const o = this.win.element(i);
    if (o) this.paintOption(o, i);
  }

  private paintOption(o: HTMLElement, i: number): void {
    const f = this.items[i].file;
    if (i === this.active) addClass(o, 'fp-cs-active');
    else removeClass(o, 'fp-cs-active');
    if (this.multiple) {
      if (f) o.setAttribute('aria-selected', this.selected.has(f.path) ? 'true' : 'false');
    } else o.setAttribute('aria-selected', i === this.active ? 'true' : 'false');
  }

  private optionFor(i: number): HTMLElement {
    const doc = this.doc;
    const item = this.items[i];
    const check = el(doc, 'span', { class: 'fp-cs-check', 'aria-hidden': 'true' }, ['\u2713']);
    const label = el(doc, 'span', { class: 'fp-cs-name' }, [nameOf(item)]);
    const meta = el(doc, 'span', { class: 'fp-cs-meta' });
    if (item.folder) this.binder.text(meta, 'customFolder');
    else meta.textContent = item.file.sizeUnknown ? '' : formatSize(item.file.size);
    const kind = item.folder ? 'fp-cs-folder' : 'fp-cs-file';
    const cells: HTMLElement[] = [check];
    if (item.file && item.file.thumbnail && this.thumbs) cells.push(this.thumbSlot(i, item.file));
    cells.push(label, meta);
    const o = el(doc, 'div', { class: 'fp-cs-item ' + kind, role: 'option', id: this.idPrefix + i, 'data-fp-index': String(i), 'aria-posinset': String(i + 1), 'aria-setsize': String(this.items.length) }, cells);
    this.paintOption(o, i);
    return o;
  }

  /** The cell of a file's thumbnail: empty (its room kept) until the thumbnail is drawn, which a failure never is. */
  private thumbSlot(i: number, file: SourceFile): HTMLElement {
    const slot = el(this.doc, 'span', { class: 'fp-cs-thumb', 'aria-hidden': 'true' });
    this.dropThumb(i);
    this.thumbCancels[i] = (this.thumbs as ThumbLoader).request(file, (canvas) => {
      slot.appendChild(canvas);
    });
    return slot;
  }

  /** Row `i` left the DOM: its thumbnail, if still on its way, is no longer wanted. */
  private dropThumb(i: number): void {
    const cancel = this.thumbCancels[i];
    if (!cancel) return;
    delete this.thumbCancels[i];
    cancel();
  }
}
