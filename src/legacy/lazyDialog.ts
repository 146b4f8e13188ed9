/**
 * The picker dialog as a part loaded on demand (the webpack chunk `dialog`, `chunks/dialog.js` next to the main
 * script), so the main bundle carries none of the dialog's code, styles or strings. `dialog.open(...)` returns a
 * session at once; the real dialog opens when the part is in (at once, as before, when it already is). `close()` before that: the dialog never opens and no
 * callback runs (v2's close). A part that cannot be loaded ends the call through `onError`, with an error naming the
 * part; the next call tries again. `prefetch()` starts the load early (the entry calls it as the main script runs),
 * so a first pick normally finds the part in; a pick made while it loads waits for that same load.
 */
import { PickerCallbacks, PickerConfig, PickerDialog, PickerSession, StoreOptions, Uploader, UploadQueue } from '../core/contracts';

/** What the part gives: a factory of the dialog (src/picker). */
export interface DialogModule {
  createPickerDialog(): PickerDialog;
}

/** The message of the error a call ends with when the part cannot be loaded. */
export function partFailed(name: string, e: unknown): string {
  const why = e && (e as Error).message ? (e as Error).message : String(e);
  return 'could not load the `' + name + '` part of the library (chunks/' + name + '.js next to the main script): ' + why;
}

export class LazyDialog implements PickerDialog {
  /** The load in flight or done; cleared when it failed, so the next call retries. */
  private loading: Promise<PickerDialog> | undefined;
  /** The dialog, once the part is in: open() then opens it at once, as when it was in the main bundle. */
  private loaded: PickerDialog | undefined;

  /** `load` gives the part (a dynamic import); `name` is the part's name, for errors. */
  constructor(
    private readonly name: string,
    private readonly load: () => Promise<DialogModule>,
  ) {}

  /** Starts loading the part if it is not already in or on its way; a failure here is left to the next open(). */
  prefetch(): void {
    this.part().then(undefined, function () {
      // reported by the call that needs the part
    });
  }

  open(config: PickerConfig, store: StoreOptions, uploader: Uploader, callbacks: PickerCallbacks, queue: UploadQueue): PickerSession {
    if (this.loaded) return this.loaded.open(config, store, uploader, callbacks, queue);
    let closed = false;
    let session: PickerSession | undefined;
    const name = this.name;
    this.part().then(
      function (dialog) {
        if (closed) return;
        try {
          session = dialog.open(config, store, uploader, callbacks, queue);
        } catch (e) {
          callbacks.onError(e instanceof Error ? e : new Error(String(e)));
        }
      },
      function (e: unknown) {
        if (!closed) callbacks.onError(new Error(partFailed(name, e)));
      },
    );
    return {
      close() {
        closed = true;
        if (session) session.close();
      },
    };
  }

  private part(): Promise<PickerDialog> {
    if (!this.loading) {
      this.loading = this.load().then(
        (m) => (this.loaded = m.createPickerDialog()),
        (e: unknown) => {
          this.loading = undefined;
          throw e;
        },
      );
    }
    return this.loading;
  }
}

/**
 * Runs `fn` once the page has loaded and the browser is idle (requestIdleCallback where there is one, else a short
 * timer). Nothing happens outside a page.
 */
export function atIdleAfterLoad(win: Window | undefined, fn: () => void): void {
  if (!win || !win.document) return;
  const idle = function (): void {
    const ric = (win as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    if (typeof ric === 'function') ric.call(win, fn, { timeout: 2000 });
    else win.setTimeout(fn, 50);
  };
  if (win.document.readyState === 'complete') idle();
  else if (win.addEventListener) win.addEventListener('load', idle);
}
