import { PickedFile, PickedFolder, PickerCallbacks } from '../core/contracts';
import { Entry } from './state';
/**
 * The dialog's one channel to the page: per-file progress, then exactly one of done / cancel / error. Nothing is
 * reported once it is closed (by that one call, or by `close()` when the page closed the dialog itself).
 */
export declare class Report {
    private callbacks;
    /** Set by the final call or `close()`: nothing is reported after it. */
    private closed;
    /** The page's callbacks (the facade's adapters to v2's onSuccess / onError / onProgress). */
    constructor(callbacks: PickerCallbacks);
    /** Byte progress of one file, as its row shows it. */
    progress(entry: Entry): void;
    done(files: PickedFile[]): void;
    /** Folder mode: the chosen folder (a dialog without `onFolder` reports it as an error). */
    folder(folder: PickedFolder): void;
    cancel(): void;
    error(error: Error): void;
    /** Whether the final call is still to come. */
    get open(): boolean;
    /** Closes the channel; true when it was open (the caller may then make the final call). */
    close(): boolean;
}
