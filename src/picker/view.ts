import { PickerConfig } from '../core/contracts';
import { el, Listeners } from './dom';
import { sourceIcon } from './icons';
import { TextBinder } from './i18n/binder';
import { sourceLabel } from './services';
import { Announcer } from './announcer';

let counter = 0;

/** The dialog's fixed parts; the session fills the panels and the file list. */
export interface View {
  root: HTMLElement;
  title: HTMLElement;
  close: HTMLButtonElement;
  nav: HTMLElement;
  main: HTMLElement;
  /** Sources and the file list (hidden while the editor is open). */
  body: HTMLElement;
  errors: HTMLUListElement;
  filesTitle: HTMLElement;
  files: HTMLUListElement;
  footer: HTMLElement;
  total: HTMLProgressElement;
  totalText: HTMLElement;
  primary: HTMLButtonElement;
  /** The primary button's own text: Done (uploads run in the background) or Upload (they start when it is pressed). */
  primaryKey: 'done' | 'upload';
  announcer: Announcer;
  /** Source name → its nav button and panel. */
  tabs: { [source: string]: { button: HTMLButtonElement; panel: HTMLElement } };
}

/**
 * Builds the dialog: header (title, close), source list, main area, file list and footer (total, primary button).
 * `announcer` is the live region (made here when not given); `onSelect` hears every source the user switches to.
 */
export function buildView(doc: Document, config: PickerConfig, binder: TextBinder, listeners: Listeners, panels: { [source: string]: HTMLElement }, order: string[], announcer?: Announcer, onSelect?: (source: string) => void): View {
  const n = ++counter;
  const titleId = 'fp-title-' + n;
  const title = el(doc, 'h2', { class: 'fp-title', id: titleId });
  binder.text(title, config.folderMode ? 'chooseFolder' : config.multiple ? 'titleMultiple' : 'titleSingle');
  const close = el(doc, 'button', { type: 'button', class: 'fp-btn fp-close' }, ['\u00d7']);
  binder.attr(close, 'aria-label', 'close');
  binder.attr(close, 'title', 'close');
  const header = el(doc, 'div', { class: 'fp-header' }, [title, close]);

  const nav = el(doc, 'ul', { class: 'fp-sources' });
  const main = el(doc, 'div', { class: 'fp-main' });
  const tabs: View['tabs'] = {};
  for (let i = 0; i < order.length; i++) {
    const s = order[i];
    const label = el(doc, 'span', { class: 'fp-source-label' });
    const text = sourceLabel(s);
    if ('key' in text) binder.text(label, text.key);
    else label.appendChild(doc.createTextNode(text.name));
    const button = el(doc, 'button', { type: 'button', class: 'fp-source', 'data-fp-source': s.toLowerCase() }, [sourceIcon(doc, s), label]);
    nav.appendChild(el(doc, 'li', {}, [button]));
    main.appendChild(panels[s]);
    tabs[s] = { button, panel: panels[s] };
  }
  const errors = el(doc, 'ul', { class: 'fp-errors', hidden: '' });
  const filesTitle = el(doc, 'h3', { class: 'fp-files-title', hidden: '' });
  binder.text(filesTitle, 'filesLabel');
  const files = el(doc, 'ul', { class: 'fp-files' });
  main.appendChild(errors);
  main.appendChild(filesTitle);
  main.appendChild(files);
  const navWrap = el(doc, 'nav', { class: 'fp-nav' }, [nav]);
  binder.attr(navWrap, 'aria-label', 'sourcesLabel');
  const body = el(doc, 'div', { class: 'fp-body' }, order.length > 1 ? [navWrap, main] : [main]);

  const total = el(doc, 'progress', { class: 'fp-progress', max: '100', value: '0' });
  const totalText = el(doc, 'span', { class: 'fp-total-text' });
  binder.text(totalText, 'totalProgress', { percent: 0 });
  total.setAttribute('aria-labelledby', 'fp-total-' + n);
  totalText.setAttribute('id', 'fp-total-' + n);
  const primary = el(doc, 'button', { type: 'button', class: 'fp-btn fp-primary', disabled: '' });
  const primaryKey = config.backgroundUpload ? 'done' : 'upload';
  binder.text(primary, primaryKey);
  if (!config.multiple) primary.setAttribute('hidden', '');
  const footer = el(doc, 'div', { class: 'fp-footer', hidden: '' }, [el(doc, 'div', { class: 'fp-total' }, [total, totalText]), primary]);

  if (!announcer) announcer = new Announcer(doc);
  // role, aria-modal, the label and tabindex are set by the Modal that holds the dialog (Modal.ts)
  const root = el(doc, 'div', { class: 'fp-dialog' }, [header, body, footer, announcer.node]);
  for (const s in tabs) {
    if (!Object.prototype.hasOwnProperty.call(tabs, s)) continue;
    listeners.on(tabs[s].button, 'click', function () {
      select(tabs, s);
      if (onSelect) onSelect(s);
    });
  }
  return { root, title, close, nav, main, body, errors, filesTitle, files, footer, total, totalText, primary, primaryKey, announcer, tabs };
}

/** Shows one source's panel and marks its button as current. */
export function select(tabs: View['tabs'], source: string): void {
  for (const s in tabs) {
    if (!Object.prototype.hasOwnProperty.call(tabs, s)) continue;
    const on = s === source;
    tabs[s].button.setAttribute('aria-current', on ? 'true' : 'false');
    if (on) tabs[s].panel.removeAttribute('hidden');
    else tabs[s].panel.setAttribute('hidden', '');
  }
}
