import { PickerCallbacks, PickerConfig, PickerSession, SourceFile, StoreOptions, Uploader } from '../core/contracts';
import { Entry } from './state';
/** At most this many files upload at the same time (the engine parallelizes the parts of each). */
export declare const MAX_PARALLEL_FILES = 3;
export interface Env {
    document: Document;
    window: Window;
}
export declare class Session implements PickerSession {
    private env;
    private config;
    private store;
    private uploader;
    private callbacks;
    /** Set once a callback was chosen (or close() was called): nothing happens after that. */
    private ended;
    /** The user asked to finish (Done / Upload, or a single-mode selection): onDone fires when all are stored. */
    private finishing;
    private hidden;
    private host?;
    private view?;
    private computer?;
    /** The WEBCAM / VIDEO / AUDIO tabs, when listed. */
    private media?;
    /** The CUSTOMSOURCE tab, when listed. */
    private custom?;
    private list?;
    private binder;
    private listeners;
    /** Removers of the stylesheet and the customCss link. */
    private cleanups;
    /** The page element that had focus before opening. */
    private previousFocus;
    /** Increments per upload attempt so that callbacks of a cancelled attempt are ignored. */
    private tokens;
    /** The image editor is on (CONVERT among the services). */
    private convert;
    /** Opens the editor for one image at a time (loaded on demand). */
    private editing?;
    /** A failed discard was reported (once per dialog). */
    private discardWarned;
    constructor(env: Env, config: PickerConfig, store: StoreOptions, uploader: Uploader, callbacks: PickerCallbacks);
    private build;
    /** Files chosen, dropped or pasted. */
    addFiles(files: File[], folderRefused?: boolean, client?: Entry['client']): void;
    /** An entry for a local file, marked editable (and held for cropping with `cropForce`) when the editor is on. */
    private editableEntry;
    /** The editor's Save: the edited file replaces the entry's; a running or finished upload is cancelled and redone. */
    private edited;
    private focusRow;
    /** Files chosen in the custom source: restrictions apply to their listed type and size before anything is copied. */
    addSourceFiles(files: SourceFile[]): boolean;
    /** An address typed in the URL source. Its type and size are known only once the server fetched it. */
    addUrl(url: string): void;
    private take;
    private showErrors;
    /** Done / Upload pressed, or the single file chosen. */
    private finishRequested;
    private canStart;
    /** Starts waiting uploads while fewer than MAX_PARALLEL_FILES run. */
    private pump;
    private start;
    private retry;
    private remove;
    private checkFinish;
    /** The user closed the dialog: uploads are cancelled and onCancel is called. */
    userClose(): void;
    /** PickerSession.close(): removes the dialog, cancels uploads, calls nothing. */
    close(): void;
    private fail;
    /**
     * Ends the dialog: cancels running uploads and removes from storage every copy that is not in the result
     * (`delivered`: onDone returns the entries' results; otherwise nothing is returned and all of them go).
     */
    private end;
    /**
     * Removes copies from storage through the uploader. A failure (e.g. the policy does not allow `remove`) does not
     * change the pick: it is reported once per dialog with console.warn (never with the policy or signature).
     */
    private discard;
    private restoreFocus;
}
