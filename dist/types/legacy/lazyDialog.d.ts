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
export declare function partFailed(name: string, e: unknown): string;
export declare class LazyDialog implements PickerDialog {
    private readonly name;
    private readonly load;
    /** The load in flight or done; cleared when it failed, so the next call retries. */
    private loading;
    /** The dialog, once the part is in: open() then opens it at once, as when it was in the main bundle. */
    private loaded;
    /** `load` gives the part (a dynamic import); `name` is the part's name, for errors. */
    constructor(name: string, load: () => Promise<DialogModule>);
    /** Starts loading the part if it is not already in or on its way; a failure here is left to the next open(). */
    prefetch(): void;
    open(config: PickerConfig, store: StoreOptions, uploader: Uploader, callbacks: PickerCallbacks, queue: UploadQueue): PickerSession;
    private part;
}
/**
 * Runs `fn` once the page has loaded and the browser is idle (requestIdleCallback where there is one, else a short
 * timer). Nothing happens outside a page.
 */
export declare function atIdleAfterLoad(win: Window | undefined, fn: () => void): void;
