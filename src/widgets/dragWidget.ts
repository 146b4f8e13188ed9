import { LegacyContext } from '../legacy/context';
import { attr, constructOptions, isMultiple, readAttributes } from './attributes';
import { insertAfter, makeButton } from './button';
import { filenamesOf, fireChange, urlsOf } from './changeEvent';
import { canDragDrop } from './checks';
import { makeDropPane } from './dropPane';
import { pickInto, WidgetOptions } from './pickWidget';
import { windowOf } from './state';
import { hide, toggleClass } from '../export/pageStyles';
import type { FPFile } from '../legacy/v2Api';

const DROP_TEXT = 'Or drop files here';

/** The drop zone's look: its state classes and its text (the drop prompt, the file names, or a message). */
interface ZoneView {
  setState(state: 'idle' | 'over' | 'busy' | 'done'): void;
  showText(text: string): void;
  /** Back to the prompt (a no-break space where drag and drop is unsupported). */
  reset(): void;
  /** The names of the files, with a clear button that empties the input and fires `change` with no files. */
  showFiles(blobs: FPFile[]): void;
}

function zoneView(input: HTMLInputElement, zone: HTMLDivElement, dropText: string, droppable: boolean): ZoneView {
  const doc = input.ownerDocument as Document;
  const view: ZoneView = {
    setState(state) {
      toggleClass(zone, 'fp-drop-zone--over', state === 'over');
      toggleClass(zone, 'fp-drop-zone--busy', state === 'busy');
      toggleClass(zone, 'fp-drop-zone--done', state === 'done');
    },
    showText(text) {
      zone.textContent = text;
    },
    reset() {
      view.setState('idle');
      view.showText(droppable ? dropText : '\u00a0');
    },
    showFiles(blobs) {
      view.setState('done');
      view.showText(filenamesOf(blobs));
      const clear = doc.createElement('button');
      clear.setAttribute('type', 'button');
      clear.className = 'fp-drop-zone__clear';
      clear.setAttribute('aria-label', 'Remove');
      clear.textContent = 'X';
      clear.addEventListener('click', (e: Event) => {
        e.stopPropagation();
        e.preventDefault();
        view.reset();
        input.value = '';
        fireChange(input);
      }, false);
      zone.appendChild(clear);
    },
  };
  return view;
}

/** Makes `zone` a drop pane storing with the widget's options; the zone shows the drag, the progress and the result. */
function attachDropPane(ctx: LegacyContext, input: HTMLInputElement, zone: HTMLDivElement, view: ZoneView, dropText: string, options: WidgetOptions): void {
  const doc = input.ownerDocument as Document;
  let progress: HTMLProgressElement | null = null;
  let restText = dropText;
  makeDropPane(ctx, [zone, {
    multiple: isMultiple(input), maxSize: options.maxSize, mimetypes: options.mimetypes, mimetype: options.mimetype,
    extensions: options.extensions, extension: options.extension, location: options.storeLocation, path: options.storePath,
    container: options.storeContainer, region: options.storeRegion, access: options.storeAccess, policy: options.policy, signature: options.signature,
    dragEnter() {
      restText = zone.textContent || dropText;
      view.setState('over');
      view.showText('Drop to upload');
    },
    dragLeave() {
      view.setState('idle');
      view.showText(restText);
    },
    onError(type: string, message: string) {
      view.setState('idle');
      progress = null;
      view.showText(type === 'UploadError' ? 'Oops! Had trouble uploading.' : message);
    },
    onStart() {
      view.setState('busy');
      view.showText('');
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
    onSuccess(blobs: FPFile[]) {
      progress = null;
      input.value = urlsOf(blobs);
      view.showFiles(blobs);
      fireChange(input, blobs);
    },
  }]);
}

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
  const view = zoneView(input, zone, dropText, droppable);
  view.reset();
  if (droppable) attachDropPane(ctx, input, zone, view, dropText, options);

  const open = (e: Event): void => {
    e.preventDefault();
    button.blur();
    pickInto(ctx, input, options, multiple, view.showFiles);
  };
  button.addEventListener('click', open, false);
  zone.addEventListener('click', (e: Event) => {
    if (zone.getAttribute('disabled') === 'disabled') return;
    open(e);
  }, false);
  return pane;
}
