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
/** Builds the panel of WEBCAM (`photo`), VIDEO or AUDIO: preview, buttons, status line; plain DOM, no upload logic. */
export declare function mediaPanel(kind: MediaKind, ctx: MediaPanelContext): MediaPanel;
