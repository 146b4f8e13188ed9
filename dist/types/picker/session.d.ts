import { PickerCallbacks, PickerConfig, PickerSession, StoreOptions, Uploader } from '../core/contracts';
/** At most this many files upload at the same time (the engine parallelizes the parts of each). */
export declare const MAX_PARALLEL_FILES = 3;
export interface Env {
    document: Document;
    window: Window;
}
/** One open dialog: wires the view to the injected uploader and reports through the callbacks, exactly once. */
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
    private list?;
    private binder;
    private listeners;
    /** Removers of the stylesheet and the customCss link. */
    private cleanups;
    /** The page element that had focus before opening. */
    private previousFocus;
    /** Increments per upload attempt so that callbacks of a cancelled attempt are ignored. */
    private tokens;
    constructor(env: Env, config: PickerConfig, store: StoreOptions, uploader: Uploader, callbacks: PickerCallbacks);
    private build;
    /** Files chosen, dropped or pasted. */
    addFiles(files: File[], folderRefused?: boolean): void;
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
    private end;
    private restoreFocus;
}
