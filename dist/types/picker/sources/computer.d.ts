import { PickerConfig } from '../../core/contracts';
import { Listeners } from '../dom';
import { TextBinder } from '../i18n/binder';
export interface ComputerPanel {
    panel: HTMLElement;
    /** The drop zone, a button that opens the file chooser. */
    drop: HTMLButtonElement;
    input: HTMLInputElement;
    folderInput?: HTMLInputElement;
}
/** The value of the file input's `accept` attribute: mimetypes and extensions (with their dot). */
export declare function acceptAttribute(accept: PickerConfig['accept']): string;
/**
 * The COMPUTER source: a keyboard-operable drop zone (a real `<button>`: Enter and Space open the chooser), the file
 * input, and with `folders` in multiple mode a folder chooser (`webkitdirectory`). Drops and pastes are handled by the
 * session on the whole dialog.
 */
export declare function computerPanel(doc: Document, config: PickerConfig, binder: TextBinder, listeners: Listeners, onFiles: (files: File[]) => void): ComputerPanel;
