/** A URL dropped on a pane (a link, or the `src` of an image). */
export type DroppedUrl = string;

const URL_RE = /^(http|https):.*\/\//i;

/** The URL of a dropped link or `<img>` (text, then `text/uri-list`, then the `src` of an `<img>` in `text/html`). */
export function droppedUrl(dt: DataTransfer): DroppedUrl | null {
  if (!dt || typeof dt.getData !== 'function') return null;
  const get = (type: string): string => {
    try {
      return dt.getData(type) || '';
    } catch (_e) {
      return '';
    }
  };
  let url = get('text') || get('text/uri-list').split(/\r?\n/)[0] || get('text/html');
  if (url && !URL_RE.test(url)) {
    const m = /<img[^>]*?src="(.*?)"/i.exec(url);
    url = m ? m[1] : '';
  }
  return url ? url.replace(/^\s+|\s+$/g, '') : null;
}

function folderDropped(dt: DataTransfer): boolean {
  const items = dt && dt.items;
  if (!items) return false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as DataTransferItem & { webkitGetAsEntry?: () => { isDirectory?: boolean } | null };
    const entry = item && item.webkitGetAsEntry ? item.webkitGetAsEntry() : null;
    if (entry && entry.isDirectory) return true;
  }
  return false;
}

/** What a drop target reports. */
export interface DropEvents {
  /** Whether drops are taken now (a pane is disabled while it stores). */
  enabled(): boolean;
  dragEnter(): void;
  dragLeave(): void;
  files(files: FileList): void;
  url(url: DroppedUrl): void;
  /** A drop that carries nothing storable: v2's error type and message. */
  refused(type: string, message: string): void;
}

/** The drag and drop events of one element: the browser never opens what is dropped there. */
export class DropTarget {
  /** The element, and what it reports to. */
  constructor(el: HTMLElement, private events: DropEvents) {
    el.addEventListener('dragenter', (e: Event) => this.enterOrLeave(e, true), false);
    el.addEventListener('dragleave', (e: Event) => this.enterOrLeave(e, false), false);
    el.addEventListener('dragover', (e: Event) => {
      const dt = (e as DragEvent).dataTransfer;
      if (dt) {
        try {
          dt.dropEffect = 'copy';
        } catch (_e) {
          // read-only in some engines
        }
      }
      e.preventDefault();
    }, false);
    el.addEventListener('drop', (e: Event) => this.drop(e), false);
  }

  private enterOrLeave(e: Event, enter: boolean): void {
    if (this.events.enabled()) {
      if (enter) this.events.dragEnter();
      else this.events.dragLeave();
    }
    e.stopPropagation();
    e.preventDefault();
  }

  private drop(e: Event): void {
    e.stopPropagation();
    e.preventDefault();
    if (!this.events.enabled()) return;
    const dt = (e as DragEvent).dataTransfer as DataTransfer;
    if (dt && folderDropped(dt)) {
      this.events.refused('WrongType', 'Uploading a folder is not allowed');
      return;
    }
    const files = dt && dt.files;
    const url = files && files.length ? null : droppedUrl(dt);
    if (files && files.length) this.events.files(files);
    else if (url) this.events.url(url);
    else this.events.refused('NoFilesFound', 'No files uploaded');
  }
}
