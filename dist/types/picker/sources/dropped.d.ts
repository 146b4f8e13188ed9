/**
 * Files out of a drop or paste. Folders are walked (DataTransferItem.webkitGetAsEntry) when allowed; otherwise a
 * dropped folder is reported so the dialog can say so.
 */
export interface Collected {
    files: File[];
    /** A folder was dropped while folders are not allowed. */
    folderRefused: boolean;
}
export declare function collectFromTransfer(dt: DataTransfer | null, allowFolders: boolean): Promise<Collected>;
