import { PickerConfig } from '../core/contracts';
import { Listeners } from './dom';
import { Modal } from './Modal';
import { Host } from './host';
import { SourcePanels } from './sourcePanels';
import { View } from './view';
/** What the dialog's frame asks of the dialog. */
export interface ChromeActions {
    /** The user closes (close button, backdrop, Escape, popup unloaded). */
    close(): void;
    /** Done / Upload. */
    finish(): void;
    /** Files dropped on the dialog. */
    drop(files: File[], folderRefused: boolean): void;
}
/** Wires the frame: close and primary buttons, the backdrop, drops, the popup's unload (keys and focus: the Modal). */
export declare function wireChrome(host: Host, view: View, L: Listeners, config: PickerConfig, parts: SourcePanels, act: ChromeActions): void;
/** Shows the modal with focus where the first source wants it (an on-demand panel takes it once its code is in). */
export declare function focusFirst(host: Host, view: View, config: PickerConfig, parts: SourcePanels, first: string, modal: Modal): void;
