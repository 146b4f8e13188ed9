import { PickerConfig } from '../core/contracts';
import { TextBinder } from './i18n/binder';
import { Entry } from './state';
import { View } from './view';
import type { EditResult } from './editor';
/** Types the editor can re-encode as themselves (canvas.toBlob). Other files upload as they are. */
export declare const EDITABLE_TYPES: string[];
export declare function isEditable(file: {
    type?: string;
} | undefined): boolean;
type EditorModule = typeof import('./editor');
/** Loads the editor on demand: webpack emits it as `chunks/editor.js`, outside the main bundle. */
export declare function loadEditor(): Promise<EditorModule>;
/** Why the editor opens: the Edit button, `cropForce`, or processImage (the whole dialog is the editor). */
export type EditReason = 'edit' | 'force' | 'process';
export interface EditEvents {
    saved(entry: Entry, result: EditResult, reason: EditReason): void;
    cancelled(entry: Entry, reason: EditReason): void;
    /** The editor could not be loaded or the image not decoded. */
    failed(entry: Entry, reason: EditReason): void;
}
/**
 * Opens the editor for one entry at a time (the others wait in turn), in place of the dialog's body and footer,
 * and gives the result back to the session. Holds no upload logic.
 */
export declare class Editing {
    private doc;
    private binder;
    private view;
    private config;
    private events;
    /** The entry being edited, why, and the editor once it is shown. */
    private current?;
    /** Entries waiting for the editor (cropForce), in order. */
    private queue;
    /** cropForce images opened since the editor was last idle (the current one included): its "Image 2 of 3" index. */
    private forcedShown;
    private ended;
    constructor(doc: Document, binder: TextBinder, view: View, config: PickerConfig, events: EditEvents);
    get active(): boolean;
    isEditing(entry: Entry): boolean;
    open(entry: Entry, reason: EditReason): void;
    /** Forgets an entry (removed from the list): closes its editor or takes it out of the queue. */
    drop(entry: Entry): void;
    /** Escape while editing: the editor's Cancel. Returns whether an editor took it. */
    escape(): boolean;
    destroy(): void;
    private next;
    /** The current forced crop's place in the run of forced crops: opened so far, of those plus those still waiting. */
    private position;
    private close;
}
export {};
