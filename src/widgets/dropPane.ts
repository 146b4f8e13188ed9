import { LegacyContext } from '../legacy/context';
import { WRITE_CODES, STORE_URL_CODES } from '../legacy/rest/codes';
import { sourceUrl } from '../legacy/rest/target';
import { canDragDrop, checkDropPane } from './checks';
import { checkDrop, DropFile, DropRules, rulesFrom } from './dropFilter';
import { describeValue } from '../core/describe';
import { trim } from '../options/coerce';
import { dropBatch, dropBlob, dropError, DropStoreOptions, PercentOf } from './dropStore';
import { DropTarget, DroppedUrl } from './dropTarget';
import { FilesDrop } from './filesDrop';
import { consoleError, windowOf } from './state';

type Callback = (...args: unknown[]) => void;
const noop: Callback = function () { /* no callback given */ };

/**
 * The page's callback, called as v2 called it: as a plain function, so a page's (sloppy-mode) handler gets `this` =
 * `window` and can read `this.event`. Given `window` explicitly, so strict-mode handlers see it too.
 */
function fn(x: unknown, win: Window): Callback {
  if (typeof x !== 'function') return noop;
  const page = x as Callback;
  return function (...args: unknown[]) {
    page.apply(win, args);
  };
}

function defined(o: { [k: string]: unknown }): DropStoreOptions {
  const out: DropStoreOptions = {};
  for (const k in o) if (o[k] !== undefined && o[k] !== null && o[k] !== '') out[k] = o[k];
  return out;
}

/** One console warning when a limit given as text is not a plain number (`"10mb"`, `"10485760*1024"`, `"big"`). */
function warnLimit(ctx: LegacyContext, name: string, given: unknown, used: number | undefined): void {
  if (typeof given !== 'string' || !trim(given) || !isNaN(Number(given))) return;
  const what = used === undefined ? 'it is ignored' : 'using ' + used;
  ctx.warnOnce('drop:' + name + ':' + given, 'filepicker: `makeDropPane` option `' + name + '` should be a number, got ' + describeValue(given) + '; ' + what);
}

/** The page's callbacks of a drop pane (each a no-op when not given), each called with `this` = the page's window. */
export interface DropCallbacks {
  dragEnter: Callback;
  dragLeave: Callback;
  onStart: Callback;
  onSuccess: Callback;
  onError: Callback;
  onProgress: Callback;
}

/**
 * One element made a drop target by `makeDropPane`: each dropped file is stored through the page's file queue
 * (sharing its budget with the dialogs), a dropped link or image through the store API. `onSuccess`/`onError` come
 * once per drop, after every file settled; results keep the drop order; the pane is re-enabled only then.
 */
export class DropPane {
  /** The page's callbacks. */
  private cb: DropCallbacks;
  /** The type, size and count rules of the options. */
  private rules: DropRules;
  /** The store options of the options (`location`, `path`, `container`/`storeContainer`, `region`/`storeRegion`, `access`, `policy`, `signature`). */
  private store: DropStoreOptions;

  /** `options`: the page's makeDropPane options. */
  constructor(private ctx: LegacyContext, private el: HTMLElement, options: { [k: string]: unknown }) {
    const win = windowOf(ctx);
    this.cb = {
      dragEnter: fn(options.dragEnter, win), dragLeave: fn(options.dragLeave, win), onStart: fn(options.onStart, win),
      onSuccess: fn(options.onSuccess, win), onError: fn(options.onError, win), onProgress: fn(options.onProgress, win),
    };
    this.rules = rulesFrom(options);
    warnLimit(ctx, 'maxSize', options.maxSize, this.rules.maxSize);
    warnLimit(ctx, 'maxFiles', options.maxFiles, this.rules.maxFiles);
    this.store = defined({
      location: options.location, path: options.path, container: options.container, storeContainer: options.storeContainer,
      region: options.region, storeRegion: options.storeRegion, access: options.access, policy: options.policy, signature: options.signature,
    });
    new DropTarget(el, {
      enabled: () => this.enabled(),
      dragEnter: () => this.cb.dragEnter(),
      dragLeave: () => this.cb.dragLeave(),
      files: (files) => this.storeFiles(files),
      url: (url) => this.storeUrl(url),
      refused: (type, message) => this.cb.onError(type, message),
    });
  }

  private enabled(): boolean {
    return (this.el.getAttribute('disabled') || 'enabled') !== 'disabled';
  }

  private disable(): void {
    this.el.setAttribute('disabled', 'disabled');
  }

  private enable(): void {
    this.el.removeAttribute('disabled');
  }

  /** Dropped files: checked against the rules, then stored together; one onSuccess or onError once all settled. */
  private storeFiles(files: FileList): void {
    const problem = checkDrop(files as unknown as ArrayLike<DropFile>, this.rules);
    if (problem) {
      this.cb.onError(problem.type, problem.message);
      return;
    }
    this.cb.onStart(files);
    this.disable();
    const drop = new FilesDrop(files.length, {
      progress: (percent) => this.cb.onProgress(percent),
      done: (blobs, error) => {
        this.enable();
        if (error !== null) this.cb.onError('UploadError', String(error));
        else this.cb.onSuccess(blobs);
      },
    });
    try {
      const batch = dropBatch(this.ctx, this.store);
      for (let i = 0; i < files.length; i++) {
        const item = batch.add({ kind: 'file', file: files[i] }, { client: 'computer' }, {
          onProgress: (p) => drop.bytes(i, p),
          onStored: (stored) => drop.stored(i, dropBlob(stored)),
          onFailed: (err) => drop.failed(i, dropError(err, WRITE_CODES)),
        });
        batch.start(item);
      }
    } catch (err) {
      for (let i = 0; i < files.length; i++) drop.failed(i, err);
    }
  }

  /** A dropped link or image: the server stores it; a stored file that breaks the rules is removed again. */
  private storeUrl(url: DroppedUrl): void {
    this.disable();
    const fail = (err: unknown): void => {
      this.enable();
      this.cb.onError('UploadError', String(err));
    };
    try {
      const batch = dropBatch(this.ctx, this.store);
      const percent = new PercentOf((p) => this.cb.onProgress(p));
      const item = batch.add({ kind: 'url', url: sourceUrl(this.ctx.hosts, url) }, { client: 'url' }, {
        onProgress: (p) => percent.bytes(p),
        onStored: (stored) => {
          percent.done();
          this.enable();
          const blob = dropBlob(stored);
          const problem = checkDrop([{ name: blob.filename, type: blob.mimetype, size: blob.size }], this.rules);
          if (!problem) {
            this.cb.onSuccess([blob]);
            return;
          }
          this.cb.onError(problem.type, problem.message);
          // best effort: a refusal is reported once per page on the console, and the copy is left behind
          batch.remove(item);
        },
        onFailed: (err) => fail(dropError(err, STORE_URL_CODES)),
      });
      batch.start(item);
    } catch (err) {
      fail(err);
    }
  }
}

/**
 * `makeDropPane(divOrJQuery, options)`: turns an element into a drop target (see DropPane). Returns true, or false
 * (with a console error) when the browser cannot drag and drop.
 */
export function makeDropPane(ctx: LegacyContext, args: ArrayLike<unknown>): boolean {
  const el = checkDropPane(args);
  if (!canDragDrop(windowOf(ctx))) {
    consoleError("Your browser doesn't support drag-drop functionality");
    return false;
  }
  const options = (args[1] && typeof args[1] === 'object' ? args[1] : {}) as { [k: string]: unknown };
  new DropPane(ctx, el, options);
  return true;
}
