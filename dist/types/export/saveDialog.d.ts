export interface SaveDialogCallbacks {
    /** "Download to this computer" was chosen. */
    onDownload(): void;
    /** The user closed the dialog (Cancel, Escape, a click outside it). */
    onCancel(): void;
}
export interface SaveDialog {
    /** Removes the dialog; no callback runs. */
    close(): void;
    readonly root: HTMLElement;
}
export declare function openSaveDialog(doc: Document, filename: string, cb: SaveDialogCallbacks): SaveDialog;
