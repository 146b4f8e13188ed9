import { PickerCallbacks, PickerConfig, PickerSession, SourceFile, StoreOptions, Uploader, UploadQueue } from '../core/contracts';
import { CloudName, Entry } from './state';
export interface Env {
    document: Document;
    window: Window;
}
/**
 * One open dialog: the controller of its UI. Files the user adds become entries of the list and items of the
 * dialog's upload batch (which decides when each uploads, removes unused copies and assembles the result); the
 * outcome goes to the page through one Report, exactly once.
 */
export declare class Session implements PickerSession {
    private env;
    private config;
    private uploader;
    /** Set once the outcome was decided (or close() was called): nothing happens after that. */
    private ended;
    /** The user asked to finish (Done / Upload, or a single-mode selection): onDone fires when all are stored. */
    private finishing;
    /** The modal is hidden while uploads go on (`hide: true` after Done). */
    private hidden;
    /** Where the dialog lives (modal, popup, iframe). */
    private host?;
    /** The dialog's fixed parts. */
    private view?;
    /** The source panels the dialog talks to (computer, media tabs, custom source). */
    private parts;
    /** The selected files and their rows. */
    private list?;
    /** The upload side of the list (the batch). */
    private uploads?;
    /** The texts of the dialog, in its language. */
    private binder;
    /** Every DOM listener the dialog added (removed at the end). */
    private listeners;
    /** Removers of the stylesheet, the customCss link and the custom source tab. */
    private cleanups;
    /** The page element that had focus before opening. */
    private previousFocus;
    /** Holds keys and focus in the dialog and gives focus back to previousFocus (created in build). */
    private modal?;
    /** The image editor is on (CONVERT among the services). */
    private convert;
    /** Opens the editor for one image at a time (loaded on demand). */
    private editing?;
    /** The one channel to the page's callbacks. */
    private report;
    /** `queue`: the page's file queue, which the dialog's batch draws its upload slots from. */
    constructor(env: Env, config: PickerConfig, store: StoreOptions, uploader: Uploader, callbacks: PickerCallbacks, queue: UploadQueue);
    private build;
    private buildList;
    private buildEditing;
    /** processImage: the editor is the dialog; the file list shows the upload after Save. */
    private processImage;
    /** Files chosen, dropped or pasted. */
    addFiles(files: File[], folderRefused?: boolean, client?: Entry['client']): void;
    /** The editor's Save: the edited file replaces the entry's; a running or finished upload is cancelled and redone. */
    private edited;
    private focusRow;
    /** Files chosen in the custom source, or in the cloud source `cloud`; true when any was taken. */
    addSourceFiles(files: SourceFile[], cloud?: CloudName): boolean;
    /** An address typed in the URL source. */
    addUrl(url: string): void;
    private take;
    private showErrors;
    /** Done / Upload pressed, or the single file chosen. */
    private finishRequested;
    private canStart;
    private pump;
    private remove;
    private checkFinish;
    /** Folder mode: the user chose a folder, which is the result. */
    private chooseFolder;
    /** The user closed the dialog: uploads are cancelled and onCancel is called. */
    userClose(): void;
    /** PickerSession.close(): removes the dialog, cancels uploads, calls nothing. */
    close(): void;
    private fail;
    /**
     * Ends the dialog: the batch cancels running uploads and removes from storage every copy that is not in the result
     * (`delivered`: onDone returns the entries' results; otherwise nothing is returned and all of them go).
     */
    private end;
}
