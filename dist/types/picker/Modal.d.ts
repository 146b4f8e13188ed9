/** How a modal is labelled and what Escape does. */
export interface ModalOptions {
    /** Id of the element that names the dialog (its title). */
    labelledBy: string;
    /** Id of the element that describes it, if any. */
    describedBy?: string;
    /** Escape was pressed while the modal is shown: the owner decides (close, or cancel something inside first). */
    onEscape(event: KeyboardEvent): void;
    /**
     * Where focus goes back when the modal is hidden or destroyed. Default: the element that had focus when the modal
     * was made (give it when the dialog lives in another document than the opener, e.g. a popup window).
     */
    returnFocus?: Element | null;
}
export declare class Modal {
    /** The dialog element. */
    readonly root: HTMLElement;
    /** The dialog's document (the page's, a popup's or an iframe's). */
    private doc;
    /** What Escape does. */
    private onEscape;
    /** The element focus goes back to on hide / destroy. */
    private returnFocus;
    /** Every listener the modal added, removed together by destroy(). */
    private listeners;
    /** Keys and focus are held while shown (false before show(), after hide() and after destroy()). */
    private shown;
    /** destroy() ran: show() does nothing any more. */
    private destroyed;
    constructor(root: HTMLElement, options: ModalOptions);
    /**
     * Starts holding keys and focus and moves focus in: to `target` when given; else it stays where it is when already
     * inside the dialog; else it goes to the first focusable element, or the dialog itself.
     */
    show(target?: HTMLElement | null): void;
    /** Stops holding keys and focus and gives focus back (the nodes stay; show() resumes). */
    hide(): void;
    /** hide(), then removes every listener the modal added. The owner removes the nodes. */
    destroy(): void;
    /** Shown, and no modal shown after it is still shown (a second dialog opened over this one holds focus). */
    private onTop;
    private onKeydown;
    /** A key pressed on the document itself or its body: the element that had focus is gone. */
    private focusLost;
    private focusFirst;
}
