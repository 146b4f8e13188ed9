import { StoredFile } from '../core/contracts';
import { el } from './dom';
import { TextBinder } from './i18n/binder';
import { Rejection } from './restrictions';
import { allDone, anyFailed, anyNeedsCrop, Entry, percentOf, totals } from './state';
import { createRow, FileRow, updateRow } from './fileRow';
import { RowWindow } from './rowWindow';
import { View } from './view';

/** A row's height and the dialog's main area's assumed until measured, in CSS pixels. */
const GUESS = { row: 46, view: 400 };

/**
 * The selected files: their rows, the total, the errors, the primary button and what is announced. The list is
 * windowed (rowWindow.ts): only the rows in view in the dialog's main area, plus a margin and the row holding focus,
 * are in the DOM (each with `aria-posinset` / `aria-setsize`); a row, its icon and its thumbnail are made when it
 * comes into view, so 10,000 files cost 10,000 entries and a screenful of rows.
 */
export class FileList {
  readonly entries: Entry[] = [];
  /** Row of each entry in the DOM now, by id. */
  private rows: { [id: number]: FileRow } = {};
  /** Done / Upload was pressed (the primary button stays disabled until a failure). */
  private finishing = false;
  /** The primary button says it waits for the uploads (pressed while some are not stored yet). */
  private waitingShown = false;
  /** Which rows are in the DOM. */
  private win: RowWindow;

  /**
   * Rows go into `view` (made in `doc`, texts through `binder`); `multiple`: rows can be removed; `actions`: what the
   * row buttons ask of the dialog.
   */
  constructor(private doc: Document, private binder: TextBinder, private view: View, private multiple: boolean, private actions: { retry(e: Entry): void; remove(e: Entry): void; edit(e: Entry): void }) {
    this.win = new RowWindow(view.files, view.main, {
      count: () => this.entries.length,
      row: (i) => this.rowAt(i),
      dropped: (_i, li) => {
        delete this.rows[Number(li.getAttribute('data-fp-id'))];
      },
      // the first and last rows stay, so Tab into the list from before it and Shift+Tab from after it land where
      // they would in the whole list; and the row holding focus stays wherever it is scrolled
      pinned: () => [0, this.entries.length - 1, this.focusedIndex()],
      spacer: () => el(doc, 'li', { class: 'fp-files-gap' }),
    }, GUESS);
    // scrolling, and focus moving along the rows (the browser scrolls a focused button into view), bring rows in
    view.main.addEventListener('scroll', () => this.win.onScroll());
    view.files.addEventListener('focusin', () => this.win.onScroll());
    view.files.addEventListener('keydown', (ev: KeyboardEvent) => {
      if (ev.key === 'Tab') this.nextRowFor(ev.shiftKey);
    });
    view.files.addEventListener('click', (ev: Event) => {
      let n = ev.target as Element | null;
      let button: Element | null = null;
      while (n && n !== view.files) {
        if (n.tagName === 'BUTTON') button = n;
        if (n.tagName === 'LI') break;
        n = n.parentElement;
      }
      if (!n || !button || n === view.files) return;
      const id = Number(n.getAttribute('data-fp-id'));
      const entry = this.find(id);
      if (!entry) return;
      if (button === this.rows[id].retry) this.actions.retry(entry);
      else if (button === this.rows[id].remove) this.actions.remove(entry);
      else if (this.rows[id].edit && button === this.rows[id].edit) this.actions.edit(entry);
    });
  }

  /** The row's Edit button when it is shown (focus goes back there after the editor); its row is scrolled into view. */
  editButton(entry: Entry): HTMLButtonElement | null {
    const i = this.entries.indexOf(entry);
    if (i >= 0 && !this.rows[entry.id]) this.win.reveal(i);
    const row = this.rows[entry.id];
    return row && row.edit && !row.edit.hasAttribute('hidden') ? row.edit : null;
  }

  has(entry: Entry): boolean {
    return this.entries.indexOf(entry) >= 0;
  }

  private find(id: number): Entry | undefined {
    for (let i = 0; i < this.entries.length; i++) if (this.entries[i].id === id) return this.entries[i];
    return undefined;
  }

  /** Adds entries; the rows that come into view are rendered. */
  add(entries: Entry[]): void {
    for (let i = 0; i < entries.length; i++) this.entries.push(entries[i]);
    this.refreshChrome();
    this.win.render();
    this.renumber();
  }

  remove(entry: Entry, focusAfter: HTMLElement): void {
    const i = this.entries.indexOf(entry);
    if (i < 0) return;
    const row = this.rows[entry.id];
    const hadFocus = !!row && row.li.contains(this.doc.activeElement);
    this.entries.splice(i, 1);
    this.win.removeAt(i);
    if (hadFocus) focusAfter.focus();
    this.refreshChrome();
    this.renumber();
  }

  /** The row of entry `i`, made as it comes into view. */
  private rowAt(i: number): HTMLElement {
    const entry = this.entries[i];
    const row = createRow(this.doc, this.binder, entry, this.multiple);
    this.rows[entry.id] = row;
    row.li.setAttribute('aria-posinset', String(i + 1));
    row.li.setAttribute('aria-setsize', String(this.entries.length));
    return row.li;
  }

  /** Sets every rendered row's place in the list (`aria-posinset` of `aria-setsize`). */
  private renumber(): void {
    const size = String(this.entries.length);
    const shown = this.win.renderedIndices();
    for (let k = 0; k < shown.length; k++) {
      const li = this.win.element(shown[k])!;
      if (li.getAttribute('aria-setsize') !== size) li.setAttribute('aria-setsize', size);
      li.setAttribute('aria-posinset', String(shown[k] + 1));
    }
  }

  /**
   * Tab is about to leave the focused row forwards (or backwards with Shift): the row it goes to must be in the DOM
   * before the browser moves focus (the focused row can be a pinned one, away from the rendered rows).
   */
  private nextRowFor(back: boolean): void {
    const i = this.focusedIndex();
    if (i < 0) return;
    const to = back ? i - 1 : i + 1;
    if (to >= 0 && to < this.entries.length && !this.win.has(to)) this.win.reveal(to);
  }

  /** Index of the entry whose row holds focus; -1 when none does. */
  private focusedIndex(): number {
    let n: Element | null = this.doc.activeElement;
    while (n && n !== this.view.files && n.tagName !== 'LI') n = n.parentElement;
    if (!n || n === this.view.files || !this.view.files.contains(n)) return -1;
    const id = Number(n.getAttribute('data-fp-id'));
    for (let i = 0; i < this.entries.length; i++) if (this.entries[i].id === id) return i;
    return -1;
  }

  update(entry: Entry, patch: Partial<Entry>): void {
    const from = patch as { [k: string]: unknown };
    const to = entry as unknown as { [k: string]: unknown };
    for (const k in from) if (Object.prototype.hasOwnProperty.call(from, k)) to[k] = from[k];
    const row = this.rows[entry.id];
    if (row) updateRow(this.binder, row, entry, this.multiple);
    this.refreshChrome();
  }

  /** Byte progress from the engine: the row, the total and a throttled announcement (the page hears of it from the dialog's Report). */
  progress(entry: Entry, loaded: number, total: number): void {
    this.update(entry, { status: 'uploading', retry: undefined, loaded: Math.max(entry.loaded, loaded), total: total || entry.total });
    const pct = percentOf(entry);
    this.view.announcer.say(String(entry.id), this.binder.t('announceProgress', { filename: entry.name, percent: pct }));
  }

  stored(entry: Entry, file: StoredFile): void {
    const size = entry.total || file.size || 0;
    this.update(entry, { status: 'done', result: file, loaded: size, total: size, size: entry.size || file.size || 0, type: entry.type || file.mimetype || '' });
    if (allDone(this.entries) && this.entries.length > 1) this.view.announcer.say(String(entry.id), this.binder.t('announceAllDone'), true);
    else this.view.announcer.say(String(entry.id), this.binder.t('announceDone', { filename: entry.name }), true);
  }

  failed(entry: Entry, reason: string): void {
    this.finishing = false;
    this.update(entry, { status: 'failed', error: reason || undefined, refused: undefined });
    this.view.announcer.say(String(entry.id), this.binder.t('announceFailed', { filename: entry.name, reason: reason || this.binder.t('uploadFailed') }), true);
  }

  /** The server refused the entry's upload: `why`, a short sentence in the dialog's language, and no retry. */
  refused(entry: Entry, why: NonNullable<Entry['refused']>): void {
    this.finishing = false;
    this.update(entry, { status: 'failed', error: undefined, refused: why });
    this.view.announcer.say(String(entry.id), this.binder.t('announceFailed', { filename: entry.name, reason: this.binder.t(why.key, why.vars) }), true);
  }

  showErrors(rejected: Rejection[]): void {
    const ul = this.view.errors;
    while (ul.firstChild) ul.removeChild(ul.firstChild);
    if (!rejected.length) {
      ul.setAttribute('hidden', '');
      return;
    }
    const texts: string[] = [];
    for (let i = 0; i < rejected.length; i++) {
      const li = el(this.doc, 'li');
      this.binder.text(li, rejected[i].key, rejected[i].vars);
      texts.push(li.textContent || '');
      ul.appendChild(li);
    }
    ul.removeAttribute('hidden');
    this.view.announcer.say('errors', texts.join(' '), true);
  }

  canFinish(): boolean {
    return this.entries.length > 0 && !anyFailed(this.entries) && !anyNeedsCrop(this.entries) && !this.finishing;
  }

  allDone(): boolean {
    return allDone(this.entries);
  }

  /**
   * Done / Upload pressed: the dialog delivers once every upload is stored. Until then the button is disabled and
   * reads "Waiting for the uploads to finish…", which is announced (a single pick has no button: it just closes).
   */
  setFinishing(): void {
    this.finishing = true;
    this.refreshChrome();
    if (this.waitingShown) this.view.announcer.say('finish', this.binder.t('waitingForUploads'), true);
  }

  /** The file list title, the footer, the total progress and whether the primary button can be pressed. */
  private refreshChrome(): void {
    const v = this.view;
    const some = this.entries.length > 0;
    toggle(v.filesTitle, some);
    // while the editor is open it takes the place of the body and the footer
    toggle(v.footer, some && !v.root.hasAttribute('data-fp-editing'));
    const t = totals(this.entries);
    const val = String(t.percent);
    if (v.total.getAttribute('value') !== val) {
      v.total.setAttribute('value', val);
      this.binder.text(v.totalText, 'totalProgress', { percent: t.percent });
    }
    const enabled = this.canFinish();
    if (enabled) v.primary.removeAttribute('disabled');
    else if (!v.primary.hasAttribute('disabled')) v.primary.setAttribute('disabled', '');
    const waiting = this.multiple && this.finishing && !allDone(this.entries);
    if (waiting !== this.waitingShown) {
      this.waitingShown = waiting;
      this.binder.text(v.primary, waiting ? 'waitingForUploads' : v.primaryKey);
    }
  }
}

function toggle(node: Element, show: boolean): void {
  if (show) node.removeAttribute('hidden');
  else if (!node.hasAttribute('hidden')) node.setAttribute('hidden', '');
}
