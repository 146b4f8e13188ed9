import { PickerConfig, SourceFile, Uploader } from '../../../core/contracts';
import { Listeners } from '../../dom';
import { TextBinder } from '../../i18n/binder';
import { Announcer } from '../../announcer';
export interface CloudPanelDeps {
    doc: Document;
    config: PickerConfig;
    binder: TextBinder;
    listeners: Listeners;
    uploader: Uploader;
    announcer: Announcer;
    /** The cloud (`ftp`, `webdav`) and its name as its tab shows it. */
    cloud: 'ftp' | 'webdav';
    label: string;
    /** The (empty) panel element to fill. */
    mount: HTMLElement;
    /** Files the user chose; returns whether the dialog took them (restrictions passed). */
    onPick(files: SourceFile[]): boolean;
    /** The text of an error without the library's prefix. */
    messageOf(e: unknown): string;
    /** The server does not offer this source (`unavailable`): the dialog leaves its tab out. */
    unavailable(reason: string): void;
}
/**
 * A cloud source's panel (FTP, WebDAV): its sign-in form until the server has the user's credentials, then the
 * folder browser (the one of CUSTOMSOURCE, with the selection kept across folders) and a Sign out button. A listing
 * that says "not signed in" (or a sign-in that ended) shows the form again. Everything goes through the injected
 * Uploader's cloud API; the password is only in the input and the one sign-in request.
 */
export declare class CloudPanel {
    /** What the panel was given by the dialog. */
    private d;
    /** The sign-in form. */
    private form;
    /** The browser and its Sign out bar. */
    private browseBox;
    private signOut;
    private browse;
    /** A sign-in or sign-out request is under way. */
    private busy;
    /** Removes the panel's stylesheet. */
    private removeStyles;
    constructor(d: CloudPanelDeps);
    focus(): void;
    destroy(): void;
    /** Fills the empty inputs with the values the server offers (a demo source's). */
    private fill;
    private firstField;
    private listen;
    /** Shows the form (with `note`: why) in place of the browser; focus moves to it when it was in the panel. */
    private showForm;
    /** The message line under the form: a text, or hidden. */
    private say;
    private submit;
    private logout;
}
