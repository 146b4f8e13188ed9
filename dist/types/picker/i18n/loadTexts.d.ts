import { TextBinder } from './binder';
/** The language table (and the page's customText) once loaded, while the dialog is `alive`. */
export declare function loadTexts(binder: TextBinder, lang: string, customText: string | undefined, env: {
    document: Document;
    window: Window;
}, alive: () => boolean): void;
