import { PickerConfig } from '../../core/contracts';
import { el, Listeners } from '../dom';
import { TextBinder } from '../i18n/binder';
import { describeAccept } from '../restrictions';
import { formatSize } from '../dom';

export interface ComputerPanel {
  panel: HTMLElement;
  /** The drop zone, a button that opens the file chooser. */
  drop: HTMLButtonElement;
  input: HTMLInputElement;
  folderInput?: HTMLInputElement;
}

function toArray(list: FileList | null): File[] {
  const out: File[] = [];
  if (list) for (let i = 0; i < list.length; i++) out.push(list[i]);
  return out;
}

/** The value of the file input's `accept` attribute: mimetypes and extensions (with their dot). */
export function acceptAttribute(accept: PickerConfig['accept']): string {
  const parts: string[] = [];
  const m = accept.mimetypes || [];
  for (let i = 0; i < m.length; i++) if (m[i] !== '*/*') parts.push(m[i]);
  const x = accept.extensions || [];
  for (let i = 0; i < x.length; i++) parts.push(x[i].charAt(0) === '.' ? x[i] : '.' + x[i]);
  return parts.join(',');
}

/**
 * The COMPUTER source: a keyboard-operable drop zone (a real `<button>`: Enter and Space open the chooser), the file
 * input, and with `folders` in multiple mode a folder chooser (`webkitdirectory`). Drops and pastes are handled by the
 * session on the whole dialog.
 */
export function computerPanel(doc: Document, config: PickerConfig, binder: TextBinder, listeners: Listeners, onFiles: (files: File[]) => void): ComputerPanel {
  const input = el(doc, 'input', { type: 'file', class: 'fp-file-input', hidden: '', tabindex: '-1' });
  const accept = acceptAttribute(config.accept);
  if (accept) input.setAttribute('accept', accept);
  if (config.multiple) input.multiple = true;
  const dropText = el(doc, 'span', { class: 'fp-drop-text' });
  binder.text(dropText, config.multiple ? 'dropMultiple' : 'dropSingle');
  const drop = el(doc, 'button', { type: 'button', class: 'fp-drop' }, [dropText]);
  const hints: HTMLElement[] = [];
  function hint(key: 'pasteHint' | 'acceptedTypes' | 'maxSizeHint' | 'maxFilesHint', vars?: { [k: string]: string | number }): void {
    const p = el(doc, 'span', { class: 'fp-hint' });
    binder.text(p, key, vars);
    hints.push(p);
  }
  const types = describeAccept(config.accept);
  if (types && types !== '*/*') hint('acceptedTypes', { types });
  if (config.maxSize !== undefined) hint('maxSizeHint', { size: formatSize(config.maxSize) });
  if (config.multiple && config.maxFiles !== undefined) hint('maxFilesHint', { count: config.maxFiles });
  hint('pasteHint');
  for (let i = 0; i < hints.length; i++) drop.appendChild(hints[i]);
  const panel = el(doc, 'div', { class: 'fp-panel fp-panel-computer' }, [drop, input]);
  listeners.on(drop, 'click', function () {
    input.click();
  });
  listeners.on(input, 'change', function () {
    const files = toArray(input.files);
    input.value = '';
    if (files.length) onFiles(files);
  });
  const out: ComputerPanel = { panel, drop, input };
  if (config.folders && config.multiple) {
    const folderInput = el(doc, 'input', { type: 'file', class: 'fp-file-input', hidden: '', tabindex: '-1', webkitdirectory: '', directory: '' });
    folderInput.multiple = true;
    const folderBtn = el(doc, 'button', { type: 'button', class: 'fp-btn fp-folder' });
    binder.text(folderBtn, 'chooseFolder');
    panel.appendChild(el(doc, 'div', { class: 'fp-row' }, [folderBtn, folderInput]));
    listeners.on(folderBtn, 'click', function () {
      folderInput.click();
    });
    listeners.on(folderInput, 'change', function () {
      const files = toArray(folderInput.files);
      folderInput.value = '';
      if (files.length) onFiles(files);
    });
    out.folderInput = folderInput;
  }
  return out;
}
