import { UploadSource } from '../../core/contracts';
import { TextBinder } from '../i18n/binder';
import { Decoded } from '../imageDecode';
/** What the user saved: the new file and what changed (for the Blob's `cropped` / `rotated` / `converted`). */
export interface EditResult {
    file: UploadSource;
    changes: {
        cropped: boolean;
        rotated: boolean;
        converted: boolean;
    };
}
export interface EditorOptions {
    doc: Document;
    binder: TextBinder;
    file: UploadSource;
    name: string;
    /** `PickerConfig.crop` (image pixels). */
    crop?: {
        ratio?: number;
        dim?: [number, number];
        max?: [number, number];
        min?: [number, number];
    };
    conversions?: string[];
    /** `cropForce`: the title says the image must be cropped. */
    forced: boolean;
    /** `cropForce` with several images: which one this is, of how many ("Image 2 of 3"). */
    position?: {
        index: number;
        count: number;
    };
    /** Where the editor goes (the dialog root, before `before`). */
    mount: HTMLElement;
    before?: Node | null;
    onSave(result: EditResult): void;
    onCancel(): void;
}
/** An open editor. */
export interface EditorHandle {
    root: HTMLElement;
    /** Cancel, as the Cancel button (the dialog calls it on Escape). */
    cancel(): void;
    /** Removes the editor and its listeners; calls nothing. */
    destroy(): void;
}
/** Decodes the file, then shows the editor. Rejects when the image cannot be decoded. */
export declare function openEditor(o: EditorOptions): Promise<EditorHandle>;
/**
 * One open editor: the preview canvas with the crop area (pointer and keyboard), rotate and filter buttons, Cancel and
 * Save. Edits are a pure state (editState.ts); this class draws it and turns events into new states.
 */
export declare class EditorView implements EditorHandle {
    readonly root: HTMLElement;
    /** What the dialog asked for (file, name, rules, callbacks). */
    private o;
    /** The decoded image (released on destroy). */
    private d;
    /** The editor's elements. */
    private n;
    /** Which tools are on (from `conversions`). */
    private tools;
    /** The edits so far: rotation, filter, crop area (image pixels). */
    private state;
    /** Preview pixels per image pixel. */
    private scale;
    /** The rotated, filtered image at preview size; the crop area is drawn over a copy of it. */
    private preview;
    /** The pointer drag under way: which handle (or the whole area), where it began, and the area then. */
    private drag;
    /** Save is encoding the file. */
    private busy;
    /** Removed (saved, cancelled or destroyed). */
    private ended;
    /** Every listener of the editor. */
    private listeners;
    /** Removes the editor's stylesheet. */
    private removeStyles;
    constructor(o: EditorOptions, d: Decoded);
    /** Cancel, as the Cancel button (the dialog calls it on Escape). */
    cancel(): void;
    /** Removes the editor and its listeners; calls nothing. */
    destroy(): void;
    /** Redraws the preview (image, rotation, filter) at the current scale. */
    private renderBase;
    /** The preview with the crop area on top, the filter buttons' state, and the crop area in words. */
    private draw;
    private change;
    /** A pointer position in pixels of the image as shown, and the grab distance of a handle there. */
    private toImage;
    private hitAt;
    private onPointerDown;
    private onPointerMove;
    /** Pointer drags and arrow keys on the canvas change the crop area. */
    private listenCrop;
    private listenButtons;
    /** Encodes the edited image as the file's type; the editor closes with the result, or shows an error and stays. */
    private save;
}
