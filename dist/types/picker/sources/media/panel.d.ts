import { TextBinder } from '../../i18n/binder';
import { Announcer } from '../../announcer';
import { MediaKind } from './controller';
import { MediaEnv } from './env';
import { MediaSettings } from './limits';
export interface MediaPanelContext {
    doc: Document;
    win: Window;
    binder: TextBinder;
    announcer: Announcer;
    settings: MediaSettings;
    env: MediaEnv;
    /** The recorded file, for the dialog's list (restrictions apply there); `client` is `webcam`, `video` or `audio`. */
    onFile(file: File, client: string): void;
}
/** One media source, mounted in its tab's panel. */
export interface MediaPanel {
    root: HTMLElement;
    /** The tab was shown: turn the device on. */
    activate(): void;
    /** The tab was left: every track stops. */
    deactivate(): void;
    /** Moves focus to the panel's current action (or its status line). */
    focus(): void;
    destroy(): void;
}
/**
 * The panel of WEBCAM (`photo`), VIDEO or AUDIO: preview, buttons, status line; plain DOM, no upload logic. The
 * device and the recording are the MediaController's; this class renders its snapshots and turns clicks into calls.
 */
export declare class MediaSourcePanel implements MediaPanel {
    readonly root: HTMLElement;
    /** Which source this is. */
    private kind;
    /** Document, binder, announcer, settings, environment and the file callback. */
    private ctx;
    /** The panel's elements. */
    private n;
    /** Longest recording in seconds (0 for a photo). */
    private limit;
    /** Runs the device and the recording. */
    private controller;
    /** Every listener of the panel. */
    private listeners;
    /** Removes the panel's stylesheet. */
    private removeStyles;
    constructor(kind: MediaKind, ctx: MediaPanelContext);
    /** The tab was shown: turn the device on. */
    activate(): void;
    /** The tab was left: every track stops. */
    deactivate(): void;
    focus(): void;
    destroy(): void;
    private listen;
    /** Takes a still from the live preview (WEBCAM). */
    private capture;
    /** "Use": the photo or recording goes to the dialog's list as a file. */
    private use;
    private showStatus;
    private announce;
    /** The live preview while the device is on, the still after a photo or recording. */
    private showStage;
    private render;
    /** Focus to the first visible action, else the status line (unless hidden). */
    private moveFocus;
}
