import { UploadSource } from '../../core/contracts';
import { TextBinder } from '../i18n/binder';
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
