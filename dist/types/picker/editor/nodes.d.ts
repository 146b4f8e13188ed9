import { TextBinder } from '../i18n/binder';
import { Tools } from './editState';
/** The editor's elements. */
export interface EditorNodes {
    root: HTMLElement;
    /** The preview with the crop area (focusable when cropping is on). */
    canvas: HTMLCanvasElement;
    /** The crop area in words, for screen readers (`aria-live`). */
    status: HTMLElement;
    rotL: HTMLButtonElement;
    rotR: HTMLButtonElement;
    blurB: HTMLButtonElement;
    sharpB: HTMLButtonElement;
    cancelB: HTMLButtonElement;
    saveB: HTMLButtonElement;
    /** "This image could not be edited." (hidden until Save fails). */
    error: HTMLElement;
}
/** What the nodes show: the file name, the tools on, whether cropping is forced or of a fixed size. */
export interface EditorLook {
    name: string;
    tools: Tools;
    forced: boolean;
    fixedCrop: boolean;
    /** Which image of how many (cropForce with several images): "Image 2 of 3"; no line for a lone image. */
    position?: {
        index: number;
        count: number;
    };
}
/** Builds the editor: title, forced-crop note, canvas, help, status, the tools (those on) and Cancel / Save. */
export declare function buildEditorNodes(doc: Document, b: TextBinder, look: EditorLook, n: number): EditorNodes;
