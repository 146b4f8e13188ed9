import { Listeners } from '../dom';
import { Host } from '../host';
/**
 * Files dragged onto the dialog (the overlay, or the whole popup / iframe) and files pasted anywhere in its document.
 * The DataTransfer is read synchronously inside the event, as browsers require.
 */
export declare function listenForDrops(host: Host, root: HTMLElement, listeners: Listeners, allowFolders: boolean, onFiles: (files: File[], folderRefused: boolean) => void): void;
