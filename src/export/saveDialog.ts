/**
 * The save dialog of `export`: plain DOM styled by class (the widgets' stylesheet), held by the library's one modal
 * primitive (src/picker/Modal.ts: ARIA, focus saved / trapped / restored, Escape), text from the dialog's translator
 * in the browser's language. Listeners are added with addEventListener and all removed on close; no page global is
 * touched.
 */
import { ensureStyles } from './pageStyles';
import { el, Listeners, removeNode } from '../picker/dom';
import { Modal } from '../picker/Modal';
import { TextBinder } from '../picker/i18n/binder';
import { Translator } from '../picker/i18n/translator';
import { getLocale, loadLocale } from '../picker/i18n/registry';
import { isRtl, langTag, resolveLanguage } from '../picker/i18n/languages';

export interface SaveDialogCallbacks {
  /** "Download to this computer" was chosen. */
  onDownload(): void;
  /** The user closed the dialog (Cancel, Escape, a click outside it). */
  onCancel(): void;
}

export interface SaveDialog {
  /** Removes the dialog; no callback runs. */
  close(): void;
  readonly root: HTMLElement;
}

let counter = 0;

/** The browser's dialog language (export has no `language` option). */
function languageOf(doc: Document): string {
  const nav = doc.defaultView && (doc.defaultView.navigator as Navigator & { userLanguage?: string });
  return resolveLanguage(undefined, nav ? nav.language || nav.userLanguage : undefined);
}

/** The dialog's nodes: title, file name, Download and Cancel, inside a backdrop. */
function buildNodes(doc: Document, binder: TextBinder, id: string, filename: string, lang: string) {
  const title = el(doc, 'h2', { class: 'fp-save-title', id: id + '-title' });
  binder.text(title, 'saveTitle');
  const file = el(doc, 'p', { class: 'fp-save-file', id: id + '-file' }, [filename]);
  const download = el(doc, 'button', { type: 'button', class: 'fp-save-button fp-save-primary' });
  binder.text(download, 'saveDownload');
  const cancel = el(doc, 'button', { type: 'button', class: 'fp-save-button' });
  binder.text(cancel, 'saveCancel');
  const dialog = el(doc, 'div', { class: 'fp-save', lang: langTag(lang), dir: isRtl(lang) ? 'rtl' : 'ltr' }, [
    title, file, el(doc, 'div', { class: 'fp-save-actions' }, [download, cancel]),
  ]);
  const backdrop = el(doc, 'div', { class: 'fp-save-backdrop' }, [dialog]);
  return { backdrop, dialog, title, file, download, cancel };
}

export function openSaveDialog(doc: Document, filename: string, cb: SaveDialogCallbacks): SaveDialog {
  ensureStyles(doc);
  const lang = languageOf(doc);
  const binder = new TextBinder(new Translator(getLocale(lang)));
  const n = buildNodes(doc, binder, 'fp-save-' + ++counter, filename, lang);
  const listeners = new Listeners();
  let open = true;
  const close = (): void => {
    if (!open) return;
    open = false;
    listeners.removeAll();
    removeNode(n.backdrop);
    modal.destroy();
  };
  const finish = (fn: () => void) => (e?: Event): void => {
    if (e) e.preventDefault();
    if (!open) return;
    close();
    fn();
  };
  const doDownload = finish(() => cb.onDownload());
  const doCancel = finish(() => cb.onCancel());
  const modal = new Modal(n.dialog, {
    labelledBy: n.title.id,
    describedBy: n.file.id,
    onEscape: (e) => {
      e.stopPropagation();
      doCancel(e);
    },
  });
  listeners.on(n.download, 'click', doDownload);
  listeners.on(n.cancel, 'click', doCancel);
  listeners.on(n.backdrop, 'click', (e: Event) => {
    if (e.target === n.backdrop) doCancel(e);
  });
  (doc.body || doc.documentElement).appendChild(n.backdrop);
  modal.show(n.download);
  // loadLocale never rejects: a missing or unreachable table resolves undefined (the built-in English stays)
  void loadLocale(lang, doc).then((table) => {
    if (table && open) {
      binder.translator.setLocale(table);
      binder.refresh();
    }
  });
  return { close, root: n.backdrop };
}
