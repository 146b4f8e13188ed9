import { SourceFile, SourceListing } from '../../../core/contracts';
import { Listeners } from '../../dom';
import { TextBinder } from '../../i18n/binder';
import { Announcer } from '../../announcer';
import { crumbs, isWithin, parentFolder } from './paths';
import { moveIndex } from './keys';
import { applyStyles } from '../../styles';
import { BROWSE_RULES } from './styles';
import { Item, Listbox } from './Listbox';
import { buildPanelNodes, PanelNodes, renderCrumbs, showStatus } from './nodes';
import { Selection } from './selection';
import { FetchThumbnail, ThumbLoader } from './thumbLoader';

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
  chooseFolder?(folder: { path: string; name: string }): void;
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

let counter = 0;

/**
 * Browsing a source's folders: breadcrumbs and an Up button, then the folder's contents as a WAI-ARIA listbox (focus
 * stays on the listbox, the active option is `aria-activedescendant`). Arrows/Home/End/PageUp/PageDown and type-ahead
 * move, Enter opens a folder or picks a file, Backspace or Alt+ArrowUp goes up (never above the root); with
 * `multiple`, Space or a click toggles a file and Enter or "Add selected" adds them; the selection survives changing
 * folders. With `chooseFolder` (pickFolder) only folders are listed and "Choose this folder" hands over the one shown.
 * Used by CUSTOMSOURCE and the cloud sources; listing comes from `list`, nothing here speaks HTTP.
 */
export class BrowsePanel implements CustomPanel {
  /** What the panel was given by its source. */
  private d: BrowseDeps;
  /** The panel's fixed elements. */
  private n: PanelNodes;
  /** The folder's rows, their active one and the selection. */
  private box: Listbox;
  /** Files are toggled and added together. */
  private multiple: boolean;
  /** The selected files, across folders. */
  private selection = new Selection();
  /** The folder the user may not leave. */
  private root: string;
  /** The folder shown. */
  private path: string;
  /** The names of the folders listed so far, by path (a source whose paths are ids, Google Drive, names its crumbs with them). */
  private names: { [path: string]: string } = {};
  /** Cursor of the folder's next page, when there is one. */
  private next?: string;
  /** The text whose results are shown in place of the folder (`search()`); null while a folder is shown. */
  private query: string | null = null;
  /** Increments per listing request: answers of older ones are dropped. */
  private token = 0;
  /** Removes the panel's stylesheet. */
  private removeStyles: () => void;

  constructor(d: BrowseDeps) {
    const n = ++counter;
    this.d = d;
    this.multiple = d.multiple;
    this.root = d.root;
    this.path = this.root;
    this.removeStyles = applyStyles(d.doc, BROWSE_RULES);
    this.n = buildPanelNodes(d.doc, d.binder, d.mount, this.multiple, n);
    if (d.chooseFolder) this.n.add.removeAttribute('hidden');
    const thumbs = d.thumbnail ? new ThumbLoader(d.doc, d.thumbnail) : undefined;
    this.box = new Listbox(this.n.list, this.multiple, 'fp-cs-' + n + '-', d.doc, d.binder, this.selection, thumbs);
    this.listen();
    this.load(this.root);
  }

  focus(): void {
    const n = this.n;
    if (!n.list.hasAttribute('hidden')) n.list.focus();
    else if (!n.retry.hasAttribute('hidden')) n.retry.focus();
    else (n.up.disabled ? n.status : n.up).focus();
  }

  destroy(): void {
    this.removeStyles();
  }

  /** Shows the root again, from its start (after a sign-in). */
  reload(): void {
    this.query = null;
    this.load(this.root);
  }

  /**
   * Shows what matches `query` (the source's `search`) in place of the folder, paged as a folder; the crumbs end with
   * "Search results". Up, Backspace, Escape or a crumb go back to the folder; opening a folder of the results opens it.
   */
  search(query: string): void {
    if (!this.d.search) return;
    this.query = query;
    this.load(this.path);
  }

  /** Back from the results to the folder shown before (nothing when no results are shown). */
  endSearch(): void {
    if (this.leaveSearch()) this.load(this.path);
  }

  /** Whether results were shown; they no longer are. */
  private leaveSearch(): boolean {
    if (this.query === null) return false;
    this.query = null;
    if (this.d.searchEnded) this.d.searchEnded();
    return true;
  }

  /** Forgets what was shown and selected (after a sign-out); an answer still on its way is dropped. */
  clear(): void {
    this.token++;
    this.query = null;
    this.box.clearSelection();
    this.box.clear();
    this.refreshAdd();
  }

  private listen(): void {
    const L = this.d.listeners;
    const n = this.n;
    L.on(n.list, 'keydown', (e: KeyboardEvent) => {
      this.onKey(e);
    });
    L.on(n.list, 'click', (e: MouseEvent) => {
      this.onClick(e.target as Element | null);
    });
    L.on(n.list, 'scroll', () => {
      this.box.onScroll();
    });
    L.on(n.crumbList, 'click', (e: MouseEvent) => {
      const t = e.target as Element;
      const p = t && t.getAttribute && t.getAttribute('data-fp-path');
      if (p !== null && p !== undefined) {
        this.open(p);
        n.list.focus();
      }
    });
    L.on(n.up, 'click', () => {
      this.goUp();
      n.list.focus();
    });
    L.on(n.more, 'click', () => {
      if (this.next) this.load(this.path, this.next);
    });
    L.on(n.retry, 'click', () => {
      this.load(this.path, this.box.count() ? this.next : undefined);
    });
    L.on(n.add, 'click', () => {
      if (this.d.chooseFolder) this.d.chooseFolder({ path: this.path, name: this.folderLabel() });
      else this.pick(this.box.selectedFiles());
    });
  }

  private folderLabel(): string {
    if (this.query !== null) return this.d.binder.t('searchResults');
    const c = crumbs(this.root, this.path, this.d.rootLabel, this.names);
    return c[c.length - 1].label;
  }

  private refreshAdd(): void {
    if (this.d.chooseFolder) {
      this.d.binder.text(this.n.add, 'folderChoose');
      this.n.add.removeAttribute('disabled');
      return;
    }
    const count = this.box.selectedFiles().length;
    this.d.binder.text(this.n.add, 'customAddSelected', { count });
    if (count) this.n.add.removeAttribute('disabled');
    else this.n.add.setAttribute('disabled', '');
  }

  /** Shows `folder` from its start. */
  private reset(folder: string): void {
    const n = this.n;
    this.path = folder;
    this.next = undefined;
    this.box.clear();
    n.more.setAttribute('hidden', '');
    const c = crumbs(this.root, this.path, this.d.rootLabel, this.names);
    if (this.query !== null) c.push({ label: this.folderLabel(), path: this.path });
    renderCrumbs(this.d.doc, n.crumbList, c);
    if (this.path === this.root && this.query === null) n.up.setAttribute('disabled', '');
    else n.up.removeAttribute('disabled');
    this.d.binder.attr(n.list, 'aria-label', 'customListLabel', { folder: this.folderLabel() });
    this.refreshAdd();
  }

  /** Lists `folder` (from its start, or its next page with `cursor`). */
  private load(folder: string, cursor?: string): void {
    const mine = ++this.token;
    const active = this.d.doc.activeElement;
    // Retry (in the status line) is hidden once the listing comes: the focus it had goes on to the list then
    const hadFocus = active === this.n.list || (!!active && this.n.status.contains(active));
    if (!cursor) this.reset(folder);
    this.n.list.setAttribute('aria-busy', 'true');
    showStatus(this.d.binder, this.n, 'customLoading');
    let p: Promise<SourceListing>;
    try {
      p = this.query !== null && this.d.search ? this.d.search(this.query, cursor) : this.d.list(this.path, cursor);
    } catch (e) {
      p = Promise.reject(e);
    }
    p.then(
      (listing) => {
        if (mine === this.token) this.listed(listing, !!cursor, hadFocus);
      },
      (e: unknown) => {
        if (mine === this.token) this.failed(e, hadFocus);
      },
    );
  }

  private listed(listing: SourceListing, nextPage: boolean, hadFocus: boolean): void {
    const n = this.n;
    const box = this.box;
    n.list.removeAttribute('aria-busy');
    const before = box.count();
    const fresh: Item[] = [];
    for (let i = 0; i < listing.folders.length; i++) {
      const f = listing.folders[i];
      this.names[f.path] = f.name;
      if (isWithin(this.root, f.path)) fresh.push({ folder: f });
    }
    if (!this.d.chooseFolder) for (let i = 0; i < listing.files.length; i++) fresh.push({ file: listing.files[i] });
    box.append(fresh);
    this.next = listing.next;
    if (this.next) n.more.removeAttribute('hidden');
    else n.more.setAttribute('hidden', '');
    if (!box.count()) {
      n.list.setAttribute('hidden', '');
      showStatus(this.d.binder, n, this.query !== null ? 'searchEmpty' : 'customEmpty');
      if (hadFocus) (n.up.disabled ? n.status : n.up).focus();
    } else {
      n.list.removeAttribute('hidden');
      if (hadFocus) n.list.focus();
      showStatus(this.d.binder, n, null);
      if (!nextPage) box.setActive(0, false);
      else if (before < box.count()) box.setActive(before);
    }
    this.d.announcer.say(this.d.channel, this.d.binder.t('customAnnounceFolder', { folder: this.folderLabel(), count: box.count() }), true);
  }

  private failed(e: unknown, hadFocus: boolean): void {
    const n = this.n;
    n.list.removeAttribute('aria-busy');
    if (this.d.handles && this.d.handles(e)) {
      showStatus(this.d.binder, n, null);
      return;
    }
    if (!this.box.count()) n.list.setAttribute('hidden', '');
    showStatus(this.d.binder, n, 'customListFailed', this.d.messageOf(e));
    if (hadFocus && n.list.hasAttribute('hidden')) n.retry.focus();
    this.d.announcer.say(this.d.channel, n.statusText.textContent || '', true);
  }

  private open(folder: string): void {
    this.leaveSearch();
    this.load(isWithin(this.root, folder) ? folder : this.root);
  }

  private goUp(): void {
    if (this.leaveSearch()) this.load(this.path);
    else if (this.path !== this.root) this.open(parentFolder(this.root, this.path));
  }

  private pick(files: SourceFile[]): void {
    if (!files.length) return;
    if (this.d.onPick(files) && this.multiple) {
      this.box.clearSelection();
      this.refreshAdd();
    }
  }

  private toggle(i: number): void {
    this.box.toggle(i);
    this.refreshAdd();
  }

  /** Enter (or a click in single mode): opens a folder, or picks the file (with `multiple`, the selection if any). */
  private activate(i: number): void {
    const it = this.box.item(i);
    if (!it) return;
    if (it.folder) this.open(it.folder.path);
    else if (!this.multiple) this.pick([it.file]);
    else {
      const chosen = this.box.selectedFiles();
      this.pick(chosen.length ? chosen : [it.file]);
    }
  }

  private onClick(target: Element | null): void {
    const i = this.box.indexAt(target);
    if (i < 0) return;
    this.box.setActive(i);
    this.n.list.focus();
    const it = this.box.item(i);
    if (this.multiple && it && it.file) this.toggle(i);
    else this.activate(i);
  }

  private onKey(e: KeyboardEvent): void {
    const key = e.key;
    const box = this.box;
    const moved = moveIndex(key, box.activeIndex(), box.count());
    if (moved >= 0) {
      e.preventDefault();
      box.setActive(moved);
    } else if (key === 'Enter') {
      e.preventDefault();
      this.activate(box.activeIndex());
    } else if (key === ' ' || key === 'Spacebar') {
      e.preventDefault();
      if (this.multiple) this.toggle(box.activeIndex());
    } else if ((key === 'Escape' || key === 'Esc') && this.query !== null) {
      // the results, not the dialog: Escape goes back to the folder
      e.preventDefault();
      e.stopPropagation();
      this.goUp();
    } else if (key === 'Backspace' || (e.altKey && (key === 'ArrowUp' || key === 'Up'))) {
      e.preventDefault();
      this.goUp();
    } else if (this.multiple && (e.ctrlKey || e.metaKey) && (key === 'a' || key === 'A')) {
      e.preventDefault();
      box.selectAll();
      this.refreshAdd();
    } else if (key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      box.typeAhead(key, Date.now());
    }
  }
}
