/** Where the dialog lives: the page (modal), a popup window, or an iframe of the page. */
export interface Host {
    kind: 'modal' | 'window' | 'iframe';
    doc: Document;
    win: Window;
    /** The element the dialog root goes into. */
    mount: HTMLElement;
    /** The element that receives dropped files (the overlay, or the body of the popup / iframe). */
    dropTarget: HTMLElement;
    /** The modal's overlay: a click on it (outside the dialog) closes. */
    overlay?: HTMLElement;
    /** Hides the modal while uploads go on (`hide: true`). */
    hide(): void;
    destroy(): void;
}
/** The v2 text for a container that is neither `modal`, `window` nor an iframe id of the page. */
export declare function containerNotFound(id: string): string;
/**
 * Prepares the container. `onGone` is called when the user closes a popup window. Throws a ValidationError for an
 * unknown container and a FilepickerError when the popup is blocked.
 */
export declare function openHost(container: string, pageDoc: Document, pageWin: Window, title: string, onGone: () => void): Host;
