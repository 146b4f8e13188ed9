import { LegacyContext } from '../legacy/context';
import { canDragDrop, checkDropPane } from './checks';
import { checkDrop, DropFile, rulesFrom } from './dropFilter';
import { apiOf, consoleError, windowOf } from './state';

type Callback = (...args: any[]) => void;
const noop: Callback = function () { /* no callback given */ };


const URL_RE = /^(http|https):.*\/\//i;

/** The URL of a dropped link or `<img>` (text, then `text/uri-list`, then the `src` of an `<img>` in `text/html`). */
function droppedUrl(dt: DataTransfer): string | null {
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

function fn(x: unknown): Callback {
  return typeof x === 'function' ? (x as Callback) : noop;
}

function defined(o: { [k: string]: unknown }): { [k: string]: unknown } {
  const out: { [k: string]: unknown } = {};
  for (const k in o) if (o[k] !== undefined && o[k] !== null && o[k] !== '') out[k] = o[k];
  return out;
}

/**
 * `makeDropPane(divOrJQuery, options)` (spec §8.4): turns an element into a drop target that stores each dropped file
 * with `filepicker.store` (a dropped link or image with `storeUrl`). Returns true, or false (with a console error)
 * when the browser cannot drag and drop. Unlike v2, `onSuccess`/`onError` come once per drop, after every file
 * settled; results keep the drop order; the pane is re-enabled only then.
 */
export function makeDropPane(ctx: LegacyContext, args: ArrayLike<unknown>): boolean {
  const el = checkDropPane(args);
  const win = windowOf(ctx);
  if (!canDragDrop(win)) {
    consoleError("Your browser doesn't support drag-drop functionality");
    return false;
  }
  const options = (args[1] && typeof args[1] === 'object' ? args[1] : {}) as { [k: string]: any };
  const cb = {
    dragEnter: fn(options.dragEnter), dragLeave: fn(options.dragLeave), onStart: fn(options.onStart),
    onSuccess: fn(options.onSuccess), onError: fn(options.onError), onProgress: fn(options.onProgress),
  };
  const rules = rulesFrom(options);
  const storeOptions = defined({
    location: options.location, path: options.path, container: options.container, access: options.access,
    policy: options.policy, signature: options.signature,
  });
  const security = defined({ policy: options.policy, signature: options.signature });

  const enabled = (): boolean => (el.getAttribute('disabled') || 'enabled') !== 'disabled';
  const disable = (): void => el.setAttribute('disabled', 'disabled');
  const enable = (): void => el.removeAttribute('disabled');

  el.addEventListener('dragenter', (e: Event) => {
    if (enabled()) cb.dragEnter();
    e.stopPropagation();
    e.preventDefault();
  }, false);
  el.addEventListener('dragleave', (e: Event) => {
    if (enabled()) cb.dragLeave();
    e.stopPropagation();
    e.preventDefault();
  }, false);
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
  el.addEventListener('drop', (e: Event) => {
    e.stopPropagation();
    e.preventDefault();
    if (!enabled()) return;
    const dt = (e as DragEvent).dataTransfer as DataTransfer;
    if (dt && folderDropped(dt)) {
      cb.onError('WrongType', 'Uploading a folder is not allowed');
      return;
    }
    const files = dt && dt.files;
    const url = files && files.length ? null : droppedUrl(dt);
    if (files && files.length) storeFiles(files);
    else if (url) storeDroppedUrl(url);
    else cb.onError('NoFilesFound', 'No files uploaded');
  }, false);

  function storeFiles(files: FileList): void {
    const problem = checkDrop(files as unknown as ArrayLike<DropFile>, rules);
    if (problem) {
      cb.onError(problem.type, problem.message);
      return;
    }
    cb.onStart(files);
    disable();
    const total = files.length;
    const percent: number[] = [];
    const results: unknown[] = [];
    let settled = 0;
    let firstError: unknown = null;
    const report = (): void => {
      let sum = 0;
      for (let i = 0; i < total; i++) sum += percent[i] || 0;
      cb.onProgress(sum / total);
    };
    const settle = (): void => {
      settled++;
      if (settled < total) return;
      enable();
      if (firstError !== null) cb.onError('UploadError', String(firstError));
      else cb.onSuccess(results);
    };
    const one = (i: number): void => {
      let done = false;
      const ok = (blob: unknown): void => {
        if (done) return;
        done = true;
        results[i] = blob;
        percent[i] = 100;
        if (total > 1) report();
        settle();
      };
      const fail = (err: unknown): void => {
        if (done) return;
        done = true;
        if (firstError === null) firstError = err;
        settle();
      };
      const progress = (p: unknown): void => {
        if (done || typeof p !== 'number') return;
        percent[i] = p;
        report();
      };
      try {
        apiOf(ctx).store(files[i], storeOptions, ok, fail, progress);
      } catch (err) {
        fail(err);
      }
    };
    for (let i = 0; i < total; i++) one(i);
  }

  function storeDroppedUrl(url: string): void {
    disable();
    const api = apiOf(ctx);
    const ok = (blob: any): void => {
      enable();
      const problem = checkDrop([{ name: blob && blob.filename, type: blob && blob.mimetype, size: blob && blob.size }], rules);
      if (problem) {
        cb.onError(problem.type, problem.message);
        try {
          api.remove(blob, security, noop, noop);
        } catch (_e) {
          // best effort: the stored copy is left behind
        }
        return;
      }
      cb.onSuccess([blob]);
    };
    const fail = (err: unknown): void => {
      enable();
      cb.onError('UploadError', String(err));
    };
    try {
      api.storeUrl(url, storeOptions, ok, fail, (p: unknown) => { if (typeof p === 'number') cb.onProgress(p); });
    } catch (err) {
      fail(err);
    }
  }

  return true;
}
