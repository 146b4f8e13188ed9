import { PickerConfig, SourceFile, Uploader } from '../../../core/contracts';
import { Listeners } from '../../dom';
import { TextBinder } from '../../i18n/binder';
import { Announcer } from '../../announcer';
export interface CustomPanelDeps {
    doc: Document;
    win: Window;
    config: PickerConfig;
    binder: TextBinder;
    listeners: Listeners;
    uploader: Uploader;
    announcer: Announcer;
    /** The (empty) panel element to fill. */
    mount: HTMLElement;
    /** Files the user chose; resolves whether the dialog took them (restrictions passed). */
    onPick(files: SourceFile[]): boolean;
    /** The text shown for a failed listing (the session's, so that this chunk needs no error module). */
    messageOf(e: unknown): string;
}
export interface CustomPanel {
    /** Moves focus into the panel (the list, else the first control). */
    focus(): void;
    /** Removes the panel's stylesheet (the session's listeners and DOM go with the dialog). */
    destroy(): void;
}
/**
 * The CUSTOMSOURCE panel: breadcrumbs and an Up button, then the folder's contents as a WAI-ARIA listbox (focus stays on
 * the listbox, the active option is `aria-activedescendant`). Arrows/Home/End/PageUp/PageDown and type-ahead move,
 * Enter opens a folder or picks a file, Backspace or Alt+ArrowUp goes up (never above `customSourcePath`); with
 * `multiple`, Space or a click toggles a file and Enter or "Add selected" adds them. Listing goes through the injected
 * Uploader; nothing here speaks HTTP.
 */
export declare class CustomSourcePanel implements CustomPanel {
    /** What the panel was given by the dialog. */
    private d;
    /** The panel's fixed elements. */
    private n;
    /** The folder's rows, their active one and the selection. */
    private box;
    /** Files are toggled and added together. */
    private multiple;
    /** The bucket browsed. */
    private container;
    /** The folder the user may not leave (`customSourcePath`). */
    private root;
    /** The folder shown. */
    private path;
    /** Cursor of the folder's next page, when there is one. */
    private next?;
    /** Increments per listing request: answers of older ones are dropped. */
    private token;
    /** Removes the panel's stylesheet. */
    private removeStyles;
    constructor(d: CustomPanelDeps);
    focus(): void;
    destroy(): void;
    private listen;
    private folderLabel;
    private refreshAdd;
    /** Shows `folder` from its start. */
    private reset;
    /** Lists `folder` (from its start, or its next page with `cursor`). */
    private load;
    private listed;
    private failed;
    private open;
    private goUp;
    private pick;
    private toggle;
    /** Enter (or a click in single mode): opens a folder, or picks the file (with `multiple`, the selection if any). */
    private activate;
    private onClick;
    private onKey;
}
