import { PickedFile, PickedFolder, PickerCallbacks } from '../core/contracts';
import { Entry } from './state';

/**
 * The dialog's one channel to the page: per-file progress, then exactly one of done / cancel / error. Nothing is
 * reported once it is closed (by that one call, or by `close()` when the page closed the dialog itself).
 */
export class Report {
  /** Set by the final call or `close()`: nothing is reported after it. */
  private closed = false;

  /** The page's callbacks (the facade's adapters to v2's onSuccess / onError / onProgress). */
  constructor(private callbacks: PickerCallbacks) {}

  /** Byte progress of one file, as its row shows it. */
  progress(entry: Entry): void {
    if (this.closed || !this.callbacks.onProgress) return;
    this.callbacks.onProgress({ filename: entry.name, mimetype: entry.type, size: entry.size, loaded: entry.loaded, total: entry.total });
  }

  done(files: PickedFile[]): void {
    if (this.close()) this.callbacks.onDone(files);
  }

  /** Folder mode: the chosen folder (a dialog without `onFolder` reports it as an error). */
  folder(folder: PickedFolder): void {
    if (!this.close()) return;
    if (this.callbacks.onFolder) this.callbacks.onFolder(folder);
    else this.callbacks.onError(new Error('the dialog chose a folder, but its caller takes no folder (onFolder)'));
  }

  cancel(): void {
    if (this.close()) this.callbacks.onCancel();
  }

  error(error: Error): void {
    if (this.close()) this.callbacks.onError(error);
  }

  /** Whether the final call is still to come. */
  get open(): boolean {
    return !this.closed;
  }

  /** Closes the channel; true when it was open (the caller may then make the final call). */
  close(): boolean {
    if (this.closed) return false;
    this.closed = true;
    return true;
  }
}
