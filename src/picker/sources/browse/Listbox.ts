import { SourceFile, SourceFolder } from '../../../core/contracts';
import { addClass, el, formatSize, removeClass } from '../../dom';
import { TextBinder } from '../../i18n/binder';
import { findByPrefix } from './keys';
import { Selection } from './selection';

/** One row of a folder: a sub-folder or a file. */
export type Item = { folder: SourceFolder; file?: undefined } | { file: SourceFile; folder?: undefined };

/** Keys typed within this many milliseconds of each other make one type-ahead prefix. */
const TYPE_AHEAD_MS = 700;

function nameOf(item: Item): string {
  return item.folder ? item.folder.name : item.file.name;
}

/**
 * The folder's contents as a WAI-ARIA listbox: its rows, which one is active (`aria-activedescendant`, focus stays on
 * the list) and, with `multiple`, which files are selected. Renders rows; knows nothing of listing or picking.
 */
export class Listbox {
  /** The rows shown, in order (folders of a page first, then its files). */
  private items: Item[] = [];
  /** The option element of each row, same order. */
  private options: HTMLElement[] = [];
  /** Index of the active row; -1 when none. */
  private active = -1;
  /** The type-ahead prefix typed so far. */
  private typed = '';
  /** When the last type-ahead key came (ms). */
  private typedAt = 0;

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
  ) {}

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
    this.items = [];
    this.options = [];
    this.active = -1;
    this.node.textContent = '';
    this.node.scrollTop = 0;
    this.node.removeAttribute('aria-activedescendant');
  }

  /** Adds rows at the end (one page of a listing). */
  append(fresh: Item[]): void {
    const frag = this.doc.createDocumentFragment();
    for (let i = 0; i < fresh.length; i++) {
      const idx = this.items.length;
      this.items.push(fresh[i]);
      const o = this.optionFor(fresh[i], idx);
      this.options.push(o);
      this.paint(idx);
      frag.appendChild(o);
    }
    this.node.appendChild(frag);
  }

  /**
   * Makes row `i` the active one and scrolls it into view; `reveal` false skips the scroll (the first row of a list
   * just filled from the top is in view already, and asking would lay out every row at once).
   */
  setActive(i: number, reveal = true): void {
    const prev = this.active;
    this.active = i;
    if (prev >= 0 && prev < this.options.length) this.paint(prev);
    if (i >= 0 && i < this.options.length) {
      this.paint(i);
      this.node.setAttribute('aria-activedescendant', this.options[i].id);
      const o = this.options[i] as HTMLElement & { scrollIntoView?: (a?: unknown) => void };
      if (reveal && typeof o.scrollIntoView === 'function') o.scrollIntoView({ block: 'nearest' });
    } else this.node.removeAttribute('aria-activedescendant');
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
      this.paint(i);
    }
  }

  clearSelection(): void {
    this.selected.clear();
    for (let i = 0; i < this.options.length; i++) this.paint(i);
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

  private paint(i: number): void {
    const o = this.options[i];
    const f = this.items[i].file;
    if (i === this.active) addClass(o, 'fp-cs-active');
    else removeClass(o, 'fp-cs-active');
    if (this.multiple) {
      if (f) o.setAttribute('aria-selected', this.selected.has(f.path) ? 'true' : 'false');
    } else o.setAttribute('aria-selected', i === this.active ? 'true' : 'false');
  }

  private optionFor(item: Item, i: number): HTMLElement {
    const doc = this.doc;
    const check = el(doc, 'span', { class: 'fp-cs-check', 'aria-hidden': 'true' }, ['\u2713']);
    const label = el(doc, 'span', { class: 'fp-cs-name' }, [nameOf(item)]);
    const meta = el(doc, 'span', { class: 'fp-cs-meta' });
    if (item.folder) this.binder.text(meta, 'customFolder');
    else meta.textContent = formatSize(item.file.size);
    const kind = item.folder ? 'fp-cs-folder' : 'fp-cs-file';
    return el(doc, 'div', { class: 'fp-cs-item ' + kind, role: 'option', id: this.idPrefix + i, 'data-fp-index': String(i) }, [check, label, meta]);
  }
}
