import { Listeners } from '../dom';
import { TextBinder } from '../i18n/binder';
/** Whether the text is an http(s) address the server could fetch. */
export declare function isFetchableUrl(text: string): boolean;
/**
 * The URL source: a labelled text field and an Add button. The server fetches the address (`uploader.storeUrl`).
 * `onInvalid` is called when the text is not an http(s) address.
 */
export declare function urlPanel(doc: Document, binder: TextBinder, listeners: Listeners, onUrl: (url: string) => void, onInvalid: () => void): {
    panel: HTMLElement;
    input: HTMLInputElement;
};
