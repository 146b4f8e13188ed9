import { PickerConfig, SourceFile, Uploader } from '../../../core/contracts';
import { Listeners } from '../../dom';
import { TextBinder } from '../../i18n/binder';
import { Announcer } from '../../announcer';
import { BrowsePanel, CustomPanel } from '../browse';
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
/**
 * The CUSTOMSOURCE panel: the browse panel over the bucket `customSourceContainer`, from `customSourcePath` (which the
 * user may not leave), listed through the injected Uploader.
 */
export declare class CustomSourcePanel extends BrowsePanel implements CustomPanel {
    constructor(d: CustomPanelDeps);
}
