import { TextBinder } from '../../i18n/binder';
import { MediaKind } from './controller';
/** The panel's buttons by action name (`start`, `record`, `stop`, `use`, `retake`, `retry`). */
export type Buttons = {
    [name: string]: HTMLButtonElement;
};
/** A media panel's elements. */
export interface MediaNodes {
    root: HTMLElement;
    /** The black box holding the preview (WEBCAM, VIDEO), or the audio light. */
    stage: HTMLElement;
    /** The live preview (WEBCAM, VIDEO). */
    video?: HTMLVideoElement;
    /** The photo taken, or a recording's last frame (WEBCAM, VIDEO). */
    still?: HTMLCanvasElement;
    /** The recording light. */
    dot: HTMLElement;
    /** Loading, clock, summary. */
    status: HTMLElement;
    /** Why the device cannot be used. */
    problem: HTMLElement;
    buttons: Buttons;
}
/** The short name of each kind: data attributes, class names, file names and the picked Blob's `client`. */
export declare const PREFIX: {
    [K in MediaKind]: string;
};
/** Builds the panel of WEBCAM (`photo`), VIDEO or AUDIO: stage, status line, problem line and the (hidden) buttons. */
export declare function buildMediaNodes(doc: Document, binder: TextBinder, kind: MediaKind): MediaNodes;
