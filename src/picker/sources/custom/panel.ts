import { PickerConfig, SourceFile, SourceFolder, SourceListing, Uploader } from '../../../core/contracts';
import { el, formatSize, Listeners, removeClass, addClass } from '../../dom';
import { TextBinder } from '../../i18n/binder';
import { Announcer } from '../../announcer';
import { crumbs, isWithin, parentFolder, rootFolder } from './paths';
import { findByPrefix, moveIndex } from './keys';
import { applyStyles } from '../../styles';
import { CUSTOM_RULES } from './styles';

export interface CustomPanelDeps {
  doc: Document;
  win: Window;
  config: PickerConfig;
  binder: TextBinder;
  listeners: Listeners;
  uploader: Uploader;
  announcer: Announcer;
  /** The (empty) panel element to fill. */
  mount: HTMLElement;
  /** Files the user chose; resolves whether the dialog took them (restrictions passed). */
  onPick(files: SourceFile[]): boolean;
  /** The text shown for a failed listing (the session's, so that this chunk needs no error module). */
  messageOf(e: unknown): string;
}

export interface CustomPanel {
  /** Moves focus into the panel (the list, else the first control). */
  focus(): void;
  /** Removes the panel's stylesheet (the session's listeners and DOM go with the dialog). */
  destroy(): void;
}

type Item = { folder: SourceFolder; file?: undefined } | { file: SourceFile; folder?: undefined };

let counter = 0;

/**
 * The CUSTOMSOURCE panel: breadcrumbs and an Up button, then the folder's contents as a WAI-ARIA listbox (focus stays on
 * the listbox, the active option is `aria-activedescendant`). Arrows/Home/End/PageUp/PageDown and type-ahead move,
 * Enter opens a folder or picks a file, Backspace or Alt+ArrowUp goes up (never above `customSourcePath`); with
 * `multiple`, Space or a click toggles a file and Enter or "Add selected" adds them. Listing goes through the injected
 * Uploader; nothing here speaks HTTP.
 */
export function customSourcePanel(d: CustomPanelDeps): CustomPanel {
  const { doc, binder, listeners: L } = d;
  const n = ++counter;
  const removeStyles = applyStyles(doc, CUSTOM_RULES);
  const multiple = d.config.multiple;
  const container = d.config.customSourceContainer as string;
  const root = rootFolder(d.config.customSourcePath);
  let path = root;
  let items: Item[] = [];
  let options: HTMLElement[] = [];
  let next: string | undefined;
  let active = -1;
  let selected: { [key: string]: SourceFile } = {};
  /** Increments per listing request: answers of older ones are dropped. */
  let token = 0;
  let typed = '';
  let typedAt = 0;

  const crumbList = el(doc, 'ol', { class: 'fp-cs-crumbs' });
  const crumbNav = el(doc, 'nav', { class: 'fp-cs-nav' }, [crumbList]);
  binder.attr(crumbNav, 'aria-label', 'customPathLabel');
  const up = el(doc, 'button', { type: 'button', class: 'fp-btn fp-small fp-cs-up' });
  binder.text(up, 'customUp');
  const hintId = 'fp-cs-hint-' + n;
  const hint = el(doc, 'p', { class: 'fp-hint', id: hintId });
  binder.text(hint, multiple ? 'customHintMultiple' : 'customHintSingle');
  const list = el(doc, 'div', { class: 'fp-cs-list', role: 'listbox', tabindex: '0', 'aria-describedby': hintId });
  if (multiple) list.setAttribute('aria-multiselectable', 'true');
  const status = el(doc, 'p', { class: 'fp-cs-status', tabindex: '-1', hidden: '' });
  const statusText = el(doc, 'span');
  const retry = el(doc, 'button', { type: 'button', class: 'fp-btn fp-small', hidden: '' });
  binder.text(retry, 'retry');
  status.appendChild(statusText);
  status.appendChild(doc.createTextNode(' '));
  status.appendChild(retry);
  const more = el(doc, 'button', { type: 'button', class: 'fp-btn fp-small fp-cs-more', hidden: '' });
  binder.text(more, 'customMore');
  const add = el(doc, 'button', { type: 'button', class: 'fp-btn fp-cs-add', disabled: '' });
  binder.text(add, 'customAddSelected', { count: 0 });
  if (!multiple) add.setAttribute('hidden', '');
  const top = el(doc, 'div', { class: 'fp-cs-top' }, [crumbNav, up]);
  d.mount.appendChild(top);
  d.mount.appendChild(hint);
  d.mount.appendChild(list);
  d.mount.appendChild(status);
  d.mount.appendChild(el(doc, 'div', { class: 'fp-row' }, [more, add]));

  function folderLabel(): string {
    const c = crumbs(root, path, container);
    return c[c.length - 1].label;
  }

  function showStatus(key: 'customLoading' | 'customEmpty' | 'customListFailed' | null, reason?: string): void {
    if (!key) {
      status.setAttribute('hidden', '');
      return;
    }
    binder.text(statusText, key, { reason: reason || '' });
    status.removeAttribute('hidden');
    if (key === 'customListFailed') retry.removeAttribute('hidden');
    else retry.setAttribute('hidden', '');
  }

  function renderCrumbs(): void {
    while (crumbList.firstChild) crumbList.removeChild(crumbList.firstChild);
    const c = crumbs(root, path, container);
    for (let i = 0; i < c.length; i++) {
      const last = i === c.length - 1;
      const node = last
        ? el(doc, 'span', { class: 'fp-cs-here', 'aria-current': 'location' }, [c[i].label])
        : el(doc, 'button', { type: 'button', class: 'fp-cs-crumb', 'data-fp-path': c[i].path }, [c[i].label]);
      crumbList.appendChild(el(doc, 'li', {}, [node]));
    }
    if (path === root) up.setAttribute('disabled', '');
    else up.removeAttribute('disabled');
    binder.attr(list, 'aria-label', 'customListLabel', { folder: folderLabel() });
  }

  function selectedFiles(): SourceFile[] {
    const out: SourceFile[] = [];
    for (let i = 0; i < items.length; i++) {
      const f = items[i].file;
      if (f && selected[f.path]) out.push(f);
    }
    return out;
  }

  function refreshAdd(): void {
    const count = selectedFiles().length;
    binder.text(add, 'customAddSelected', { count });
    if (count) add.removeAttribute('disabled');
    else add.setAttribute('disabled', '');
  }

  function paintOption(i: number): void {
    const o = options[i];
    const f = items[i].file;
    if (i === active) addClass(o, 'fp-cs-active');
    else removeClass(o, 'fp-cs-active');
    if (multiple) {
      if (f) o.setAttribute('aria-selected', selected[f.path] ? 'true' : 'false');
    } else o.setAttribute('aria-selected', i === active ? 'true' : 'false');
  }

  function setActive(i: number): void {
    const prev = active;
    active = i;
    if (prev >= 0 && prev < options.length) paintOption(prev);
    if (i >= 0 && i < options.length) {
      paintOption(i);
      list.setAttribute('aria-activedescendant', options[i].id);
      const o = options[i] as HTMLElement & { scrollIntoView?: (a?: unknown) => void };
      if (typeof o.scrollIntoView === 'function') o.scrollIntoView({ block: 'nearest' });
    } else list.removeAttribute('aria-activedescendant');
  }

  function optionFor(item: Item, i: number): HTMLElement {
    const name = item.folder ? item.folder.name : (item.file as SourceFile).name;
    const check = el(doc, 'span', { class: 'fp-cs-check', 'aria-hidden': 'true' }, ['\u2713']);
    const label = el(doc, 'span', { class: 'fp-cs-name' }, [name]);
    const meta = el(doc, 'span', { class: 'fp-cs-meta' });
    if (item.folder) binder.text(meta, 'customFolder');
    else meta.textContent = formatSize((item.file as SourceFile).size);
    const o = el(doc, 'div', { class: 'fp-cs-item ' + (item.folder ? 'fp-cs-folder' : 'fp-cs-file'), role: 'option', id: 'fp-cs-' + n + '-' + i, 'data-fp-index': String(i) }, [check, label, meta]);
    return o;
  }

  function append(listing: SourceListing): void {
    const frag = doc.createDocumentFragment();
    const fresh: Item[] = [];
    for (let i = 0; i < listing.folders.length; i++) if (isWithin(root, listing.folders[i].path)) fresh.push({ folder: listing.folders[i] });
    for (let i = 0; i < listing.files.length; i++) fresh.push({ file: listing.files[i] });
    for (let i = 0; i < fresh.length; i++) {
      const idx = items.length;
      items.push(fresh[i]);
      const o = optionFor(fresh[i], idx);
      options.push(o);
      paintOption(idx);
      frag.appendChild(o);
    }
    list.appendChild(frag);
    next = listing.next;
    if (next) more.removeAttribute('hidden');
    else more.setAttribute('hidden', '');
  }

  function load(folder: string, cursor?: string): void {
    const mine = ++token;
    const hadFocus = doc.activeElement === list;
    if (!cursor) {
      path = folder;
      items = [];
      options = [];
      selected = {};
      active = -1;
      next = undefined;
      while (list.firstChild) list.removeChild(list.firstChild);
      list.removeAttribute('aria-activedescendant');
      more.setAttribute('hidden', '');
      renderCrumbs();
      refreshAdd();
    }
    list.setAttribute('aria-busy', 'true');
    showStatus('customLoading');
    let p: Promise<SourceListing>;
    try {
      p = d.uploader.listSource(container, path, cursor);
    } catch (e) {
      p = Promise.reject(e);
    }
    p.then(
      (listing) => {
        if (mine !== token) return;
        list.removeAttribute('aria-busy');
        const before = items.length;
        append(listing);
        if (!items.length) {
          list.setAttribute('hidden', '');
          showStatus('customEmpty');
          if (hadFocus) (up.disabled ? status : up).focus();
        } else {
          list.removeAttribute('hidden');
          showStatus(null);
          if (!cursor) setActive(0);
          else if (before < items.length) setActive(before);
        }
        d.announcer.say('customsource', binder.t('customAnnounceFolder', { folder: folderLabel(), count: items.length }), true);
      },
      (e: unknown) => {
        if (mine !== token) return;
        list.removeAttribute('aria-busy');
        if (!items.length) list.setAttribute('hidden', '');
        showStatus('customListFailed', d.messageOf(e));
        if (hadFocus && list.hasAttribute('hidden')) retry.focus();
        d.announcer.say('customsource', statusText.textContent || '', true);
      },
    );
  }

  function open(folder: string): void {
    if (!isWithin(root, folder)) folder = root;
    load(folder);
  }

  function pick(files: SourceFile[]): void {
    if (!files.length) return;
    if (d.onPick(files) && multiple) {
      selected = {};
      for (let i = 0; i < options.length; i++) paintOption(i);
      refreshAdd();
    }
  }

  function toggle(i: number): void {
    const f = items[i] && items[i].file;
    if (!f) return;
    if (selected[f.path]) delete selected[f.path];
    else selected[f.path] = f;
    paintOption(i);
    refreshAdd();
  }

  function activate(i: number): void {
    const it = items[i];
    if (!it) return;
    if (it.folder) open(it.folder.path);
    else if (!multiple) pick([it.file]);
    else {
      const chosen = selectedFiles();
      pick(chosen.length ? chosen : [it.file]);
    }
  }

  function goUp(): boolean {
    if (path === root) return false;
    open(parentFolder(root, path));
    return true;
  }

  L.on(list, 'keydown', (e: KeyboardEvent) => {
    const key = e.key;
    const moved = moveIndex(key, active, items.length);
    if (moved >= 0) {
      e.preventDefault();
      setActive(moved);
      return;
    }
    if (key === 'Enter') {
      e.preventDefault();
      activate(active);
    } else if (key === ' ' || key === 'Spacebar') {
      e.preventDefault();
      if (multiple) toggle(active);
    } else if (key === 'Backspace' || (e.altKey && (key === 'ArrowUp' || key === 'Up'))) {
      e.preventDefault();
      goUp();
    } else if (multiple && (e.ctrlKey || e.metaKey) && (key === 'a' || key === 'A')) {
      e.preventDefault();
      for (let i = 0; i < items.length; i++) {
        const f = items[i].file;
        if (f) selected[f.path] = f;
        paintOption(i);
      }
      refreshAdd();
    } else if (key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const now = Date.now();
      typed = now - typedAt > 700 ? key : typed + key;
      typedAt = now;
      const names: string[] = [];
      for (let i = 0; i < items.length; i++) names.push(items[i].folder ? (items[i].folder as SourceFolder).name : (items[i].file as SourceFile).name);
      const found = findByPrefix(names, typed, typed.length > 1 ? active - 1 : active);
      if (found >= 0) setActive(found);
    }
  });
  L.on(list, 'click', (e: MouseEvent) => {
    let t = e.target as Element | null;
    while (t && t !== list && !t.getAttribute('data-fp-index')) t = t.parentElement;
    if (!t || t === list) return;
    const i = Number(t.getAttribute('data-fp-index'));
    setActive(i);
    list.focus();
    if (multiple && items[i] && items[i].file) toggle(i);
    else activate(i);
  });
  L.on(crumbList, 'click', (e: MouseEvent) => {
    const t = e.target as Element;
    const p = t && t.getAttribute && t.getAttribute('data-fp-path');
    if (p !== null && p !== undefined) {
      open(p);
      list.focus();
    }
  });
  L.on(up, 'click', () => {
    goUp();
    list.focus();
  });
  L.on(more, 'click', () => {
    if (next) load(path, next);
  });
  L.on(retry, 'click', () => {
    load(path, items.length ? next : undefined);
  });
  L.on(add, 'click', () => {
    pick(selectedFiles());
  });

  load(root);
  return {
    focus() {
      if (!list.hasAttribute('hidden')) list.focus();
      else if (!retry.hasAttribute('hidden')) retry.focus();
      else (up.disabled ? status : up).focus();
    },
    destroy: removeStyles,
  };
}
