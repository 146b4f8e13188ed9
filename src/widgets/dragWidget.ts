import { LegacyContext } from '../legacy/context';
import { attr, constructOptions, isMultiple, readAttributes } from './attributes';
import { insertAfter, makeButton } from './button';
import { filenamesOf, fireChange, urlsOf } from './changeEvent';
import { canDragDrop } from './checks';
import { makeDropPane } from './dropPane';
import { pickInto } from './pickWidget';
import { windowOf } from './state';
import { hide, toggleClass } from '../export/pageStyles';

const DROP_TEXT = 'Or drop files here';

/**
 * `<input type="filepicker-dragdrop">`: the input is hidden; after it comes a `div` (class
 * `data-fp-class`, else the input's class, plus `fp-drag-widget`) holding a `fp__btn` button and a drop zone
 * (`fp-drop-zone` plus `data-fp-drag-class`). Both open the picker; files dropped on the zone are stored with the
 * widget's store options. After a result the zone shows the file names and a clear button that empties the input
 * and fires `change` with no files. Look and state are classes only (no inline styles).
 */
export function buildDragWidget(ctx: LegacyContext, input: HTMLInputElement): HTMLDivElement {
  const doc = input.ownerDocument as Document;
  const map = readAttributes(input);
  const pane = doc.createElement('div');
  pane.className = ((attr(map, 'data-fp-class') || input.getAttribute('class') || '') + ' fp-drag-widget').replace(/^\s+/, '');
  const button = makeButton(input, 'Pick File', true);
  const zone = doc.createElement('div');
  zone.className = ('fp-drop-zone ' + (attr(map, 'data-fp-drag-class') || '')).replace(/\s+$/, '');
  const dropText = attr(map, 'data-fp-drag-text') || DROP_TEXT;
  const options = constructOptions(input, 'pick', ctx);
  const multiple = isMultiple(input);
  const droppable = canDragDrop(windowOf(ctx));
  hide(input);
  pane.appendChild(button);
  pane.appendChild(zone);
  insertAfter(input, pane);

  const setState = (state: 'idle' | 'over' | 'busy' | 'done'): void => {
    toggleClass(zone, 'fp-drop-zone--over', state === 'over');
    toggleClass(zone, 'fp-drop-zone--busy', state === 'busy');
    toggleClass(zone, 'fp-drop-zone--done', state === 'done');
  };
  const showText = (text: string): void => {
    zone.textContent = text;
  };
  const reset = (): void => {
    setState('idle');
    showText(droppable ? dropText : '\u00a0');
  };
  const showFiles = (blobs: any[]): void => {
    setState('done');
    showText(filenamesOf(blobs));
    const clear = doc.createElement('button');
    clear.setAttribute('type', 'button');
    clear.className = 'fp-drop-zone__clear';
    clear.setAttribute('aria-label', 'Remove');
    clear.textContent = 'X';
    clear.addEventListener('click', (e: Event) => {
      e.stopPropagation();
      e.preventDefault();
      reset();
      input.value = '';
      fireChange(input);
    }, false);
    zone.appendChild(clear);
  };
  reset();

  let progress: HTMLProgressElement | null = null;
  if (droppable) {
    let restText = dropText;
    makeDropPane(ctx, [zone, {
      multiple, maxSize: options.maxSize, mimetypes: options.mimetypes, mimetype: options.mimetype,
      extensions: options.extensions, extension: options.extension, location: options.storeLocation, path: options.storePath,
      container: options.storeContainer, access: options.storeAccess, policy: options.policy, signature: options.signature,
      dragEnter() {
        restText = zone.textContent || dropText;
        setState('over');
        showText('Drop to upload');
      },
      dragLeave() {
        setState('idle');
        showText(restText);
      },
      onError(type: string, message: string) {
        setState('idle');
        progress = null;
        showText(type === 'UploadError' ? 'Oops! Had trouble uploading.' : message);
      },
      onStart() {
        setState('busy');
        showText('');
        progress = doc.createElement('progress');
        progress.className = 'fp-drop-zone__progress';
        progress.setAttribute('max', '100');
        progress.setAttribute('value', '2');
        progress.setAttribute('aria-label', 'Upload progress');
        zone.appendChild(progress);
      },
      onProgress(pct: number) {
        if (progress) progress.setAttribute('value', String(Math.max(0, Math.min(100, Math.round(pct)))));
      },
      onSuccess(blobs: any[]) {
        progress = null;
        input.value = urlsOf(blobs);
        showFiles(blobs);
        fireChange(input, blobs);
      },
    }]);
  }

  const open = (e: Event): void => {
    e.preventDefault();
    button.blur();
    pickInto(ctx, input, options, multiple, showFiles);
  };
  button.addEventListener('click', open, false);
  zone.addEventListener('click', (e: Event) => {
    if (zone.getAttribute('disabled') === 'disabled') return;
    open(e);
  }, false);
  return pane;
}
