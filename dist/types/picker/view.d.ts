import { PickerConfig } from '../core/contracts';
import { Listeners } from './dom';
import { TextBinder } from './i18n/binder';
import { Announcer } from './announcer';
/** The dialog's fixed parts; the session fills the panels and the file list. */
export interface View {
    root: HTMLElement;
    title: HTMLElement;
    close: HTMLButtonElement;
    nav: HTMLElement;
    main: HTMLElement;
    /** Sources and the file list (hidden while the editor is open). */
    body: HTMLElement;
    errors: HTMLUListElement;
    filesTitle: HTMLElement;
    files: HTMLUListElement;
    footer: HTMLElement;
    total: HTMLProgressElement;
    totalText: HTMLElement;
    primary: HTMLButtonElement;
    /** The primary button's own text: Done (uploads run in the background) or Upload (they start when it is pressed). */
    primaryKey: 'done' | 'upload';
    announcer: Announcer;
    /** Source name → its nav button and panel. */
    tabs: {
        [source: string]: {
            button: HTMLButtonElement;
            panel: HTMLElement;
        };
    };
}
/**
 * Builds the dialog: header (title, close), source list, main area, file list and footer (total, primary button).
 * `announcer` is the live region (made here when not given); `onSelect` hears every source the user switches to.
 */
export declare function buildView(doc: Document, config: PickerConfig, binder: TextBinder, listeners: Listeners, panels: {
    [source: string]: HTMLElement;
}, order: string[], announcer?: Announcer, onSelect?: (source: string) => void): View;
/** Shows one source's panel and marks its button as current. */
export declare function select(tabs: View['tabs'], source: string): void;
