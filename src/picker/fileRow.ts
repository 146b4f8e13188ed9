import { el, formatSize, setText } from './dom';
import { TextBinder } from './i18n/binder';
import { fileIcon } from './icons';
import { Entry, percentOf } from './state';
import { makeThumbnail } from './thumbnail';

/** The DOM of one file in the list. */
export interface FileRow {
  li: HTMLLIElement;
  status: HTMLElement;
  progress: HTMLProgressElement;
  retry: HTMLButtonElement;
  remove: HTMLButtonElement;
  /** Opens the image editor; only rows of editable images have one (most rows do not: it is not built for them). */
  edit?: HTMLButtonElement;
}

/** The row's first cell: a file-type icon, replaced by a thumbnail for an image from this device (thumbnail.ts). */
function iconCell(doc: Document, entry: Entry): HTMLElement {
  const cell = el(doc, 'span', { class: 'fp-file-icon' }, [fileIcon(doc, entry.type, entry.name)]);
  if (entry.file) {
    const alive = () => !!cell.parentNode && doc.documentElement.contains(cell);
    void makeThumbnail(doc, entry.file, alive, function (canvas) {
      while (cell.firstChild) cell.removeChild(cell.firstChild);
      cell.appendChild(canvas);
    });
  }
  return cell;
}

/** Builds the row of an entry. Names are user data: they only ever go into text nodes and attributes. */
export function createRow(doc: Document, binder: TextBinder, entry: Entry, removable: boolean): FileRow {
  const icon = iconCell(doc, entry);
  const name = el(doc, 'span', { class: 'fp-file-name', title: entry.name }, [entry.name]);
  const size = el(doc, 'span', { class: 'fp-file-size' }, [entry.size ? formatSize(entry.size) : '']);
  const progress = el(doc, 'progress', { class: 'fp-progress', max: '100', value: '0' });
  binder.attr(progress, 'aria-label', 'progressOf', { filename: entry.name });
  const status = el(doc, 'span', { class: 'fp-file-status' });
  const retry = el(doc, 'button', { type: 'button', class: 'fp-btn fp-small fp-retry', hidden: '' });
  binder.text(retry, 'retry');
  let edit: HTMLButtonElement | undefined;
  if (entry.editable) {
    edit = el(doc, 'button', { type: 'button', class: 'fp-btn fp-small fp-edit', hidden: '' });
    binder.text(edit, 'edit');
    binder.attr(edit, 'aria-label', 'editFile', { filename: entry.name });
  }
  const remove = el(doc, 'button', { type: 'button', class: 'fp-btn fp-small fp-remove' }, ['\u00d7']);
  binder.attr(remove, 'aria-label', 'removeFile', { filename: entry.name });
  if (!removable) remove.setAttribute('hidden', '');
  const li = el(doc, 'li', { class: 'fp-file', 'data-fp-id': String(entry.id) }, edit ? [icon, name, size, progress, status, edit, retry, remove] : [icon, name, size, progress, status, retry, remove]);
  const row = { li, status, progress, retry, remove, edit };
  updateRow(binder, row, entry, removable);
  return row;
}

/** Shows the entry's state: status text, progress value, the retry button on a failure retrying may cure. */
export function updateRow(binder: TextBinder, row: FileRow, entry: Entry, removable: boolean): void {
  const pct = percentOf(entry);
  const v = String(pct);
  if (row.progress.getAttribute('value') !== v) row.progress.setAttribute('value', v);
  switch (entry.status) {
    case 'waiting':
      binder.text(row.status, 'statusWaiting');
      break;
    case 'preparing':
      binder.text(row.status, 'statusPreparing');
      break;
    case 'uploading':
      binder.text(row.status, 'statusUploading', { percent: pct });
      break;
    case 'retrying':
      binder.text(row.status, 'statusRetrying', { seconds: entry.retry ? entry.retry.seconds : 0, attempt: entry.retry ? entry.retry.attempt : 1 });
      break;
    case 'done':
      binder.text(row.status, 'statusDone');
      break;
    case 'failed':
      if (entry.refused) binder.text(row.status, entry.refused.key, entry.refused.vars);
      else if (entry.error) binder.text(row.status, 'statusFailed', { reason: entry.error });
      else binder.text(row.status, 'uploadFailed');
      break;
  }
  row.li.setAttribute('class', 'fp-file fp-file-' + entry.status);
  if (entry.status === 'failed' && !entry.refused) row.retry.removeAttribute('hidden');
  else if (!row.retry.hasAttribute('hidden')) row.retry.setAttribute('hidden', '');
  // an image can be edited until it is final (after an upload started, saving uploads the edited copy again);
  // not once the server refused it: the call has ended. A single pick closes by itself once its upload ends, so
  // there the button would only flash before the dialog goes: it is offered only while the dialog waits (a failure).
  if (row.edit) {
    const waits = removable || entry.status === 'failed';
    if (entry.editable && waits && entry.status !== 'preparing' && !entry.refused) row.edit.removeAttribute('hidden');
    else if (!row.edit.hasAttribute('hidden')) row.edit.setAttribute('hidden', '');
  }
  // a single pick's row offers × (cancel) until its upload is stored, like pickMultiple rows: the dialog then closes
  const showRemove = removable || entry.status !== 'done';
  if (showRemove) row.remove.removeAttribute('hidden');
  else if (!row.remove.hasAttribute('hidden')) row.remove.setAttribute('hidden', '');
  setText(row.remove, '\u00d7');
}
