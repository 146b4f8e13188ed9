/**
 * The save dialog of `export`: plain DOM, styled by class (the widgets' stylesheet), accessible as a modal dialog
 * (role=dialog, aria-modal, labelled and described, focus moved in and trapped, Escape closes, focus restored).
 * Listeners are added with addEventListener and all removed on close; no page global is touched.
 */
import { ensureStyles } from '../widgets/styles';

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

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

export function openSaveDialog(doc: Document, filename: string, cb: SaveDialogCallbacks): SaveDialog {
  ensureStyles(doc);
  const id = 'fp-save-' + ++counter;
  const backdrop = doc.createElement('div');
  backdrop.className = 'fp-save-backdrop';
  const dialog = doc.createElement('div');
  dialog.className = 'fp-save';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', id + '-title');
  dialog.setAttribute('aria-describedby', id + '-file');
  dialog.setAttribute('tabindex', '-1');
  const title = doc.createElement('h2');
  title.className = 'fp-save__title';
  title.id = id + '-title';
  title.textContent = 'Save file';
  const file = doc.createElement('p');
  file.className = 'fp-save__file';
  file.id = id + '-file';
  file.textContent = filename;
  const actions = doc.createElement('div');
  actions.className = 'fp-save__actions';
  const download = doc.createElement('button');
  download.setAttribute('type', 'button');
  download.className = 'fp-save__button fp-save__button--primary';
  download.textContent = 'Download to this computer';
  const cancel = doc.createElement('button');
  cancel.setAttribute('type', 'button');
  cancel.className = 'fp-save__button';
  cancel.textContent = 'Cancel';
  actions.appendChild(download);
  actions.appendChild(cancel);
  dialog.appendChild(title);
  dialog.appendChild(file);
  dialog.appendChild(actions);
  backdrop.appendChild(dialog);

  const previous = doc.activeElement as HTMLElement | null;
  let open = true;

  const close = (): void => {
    if (!open) return;
    open = false;
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('focusin', onFocusIn, true);
    if (backdrop.parentNode) backdrop.parentNode.removeChild(backdrop);
    if (previous && typeof previous.focus === 'function' && doc.documentElement.contains(previous)) previous.focus();
  };
  const finish = (fn: () => void) => (e?: Event): void => {
    if (e) e.preventDefault();
    if (!open) return;
    close();
    fn();
  };
  const doDownload = finish(() => cb.onDownload());
  const doCancel = finish(() => cb.onCancel());

  function focusables(): HTMLElement[] {
    const list = dialog.querySelectorAll(FOCUSABLE);
    const out: HTMLElement[] = [];
    for (let i = 0; i < list.length; i++) out.push(list[i] as HTMLElement);
    return out;
  }
  function onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' || e.key === 'Esc' || e.keyCode === 27) {
      e.stopPropagation();
      doCancel(e);
      return;
    }
    if (e.key === 'Tab' || e.keyCode === 9) {
      const items = focusables();
      if (!items.length) return;
      const first = items[0];
      const last = items[items.length - 1];
      const active = doc.activeElement;
      if (e.shiftKey && (active === first || !dialog.contains(active))) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && (active === last || !dialog.contains(active))) {
        e.preventDefault();
        first.focus();
      }
    }
  }
  function onFocusIn(e: FocusEvent): void {
    if (e.target && !dialog.contains(e.target as Node)) download.focus();
  }

  download.addEventListener('click', doDownload, false);
  cancel.addEventListener('click', doCancel, false);
  backdrop.addEventListener('click', (e: Event) => {
    if (e.target === backdrop) doCancel(e);
  }, false);
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('focusin', onFocusIn, true);
  (doc.body || doc.documentElement).appendChild(backdrop);
  download.focus();
  return { close, root: backdrop };
}
