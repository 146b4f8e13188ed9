import { PickerConfig, SourceFile, Uploader } from '../../../core/contracts';
import { Listeners } from '../../dom';
import { TextBinder } from '../../i18n/binder';
import { Announcer } from '../../announcer';
export interface CloudPanelDeps {
    doc: Document;
    /** The page's window: the OAuth popup's opener, which receives its answer. */
    win: Window;
    config: PickerConfig;
    binder: TextBinder;
    listeners: Listeners;
    uploader: Uploader;
    announcer: Announcer;
    /** The cloud (`ftp`, `webdav`, `dropbox`) and its name as its tab shows it. */
    cloud: string;
    label: string;
    /** The (empty) panel element to fill. */
    mount: HTMLElement;
    /** Files the user chose; returns whether the dialog took them (restrictions passed). */
    onPick(files: SourceFile[]): boolean;
    /** The text of an error without the library's prefix. */
    messageOf(e: unknown): string;
    /** The server does not offer this source (`unavailable`): the dialog leaves its tab out. */
    unavailable(reason: string): void;
    /** Folder mode: the browser lists folders only and offers "Choose this folder", which calls this. */
    onFolder?(folder: {
        path: string;
        name: string;
    }): void;
}
/**
 * A cloud source's panel (FTP, WebDAV, Dropbox): its sign-in screen until the server has the user's credentials (a
 * form; for an OAuth source a button opening the provider's page in a popup, whose answer the cloud API checks), then
 * the folder browser (the one of CUSTOMSOURCE, with the selection kept across folders) and a Sign out button. A listing
 * that says "not signed in" (or a sign-in that ended) shows the form again. Everything goes through the injected
 * Uploader's cloud API; the password is only in the input and the one sign-in request.
 */
export declare class CloudPanel {
    /** What the panel was given by the dialog. */
    private d;
    /** The sign-in form (credential sources) and the OAuth sign-in button. */
    private form;
    private oauth;
    /** The OAuth page of the last listing that asked for a sign-in; null for a credential source. */
    private redirect;
    /** Stops watching the open popup. */
    private unwatch;
    /** The browser and its Sign out bar. */
    private browseBox;
    private signOut;
    private browse;
    /** The search field, shown once a listing says the source can search (not in folder mode). */
    private searchBox;
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
    /** Shows the sign-in screen (with `note`: why) in place of the browser; focus moves to it when it was in the panel. */
    private showForm;
    /** The message line under the form: a text, or hidden. */
    private say;
    private submit;
    /** Signed in: the browser lists the top folder again. */
    private signedIn;
    /**
     * Opens the provider's page in a popup, from the click (so popup blockers let it open), and waits for its answer:
     * signed in (list again), refused (say why), or closed without one (back to the button, saying so).
     */
    private openPopup;
    /**
     * Sign out. An OAuth source (no form of its own) lists once more first: the answer carries a fresh sign-in page (the
     * last one expires, and a panel that was signed in from the start never had one).
     */
    private logout;
}
