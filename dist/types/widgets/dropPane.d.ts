import { LegacyContext } from '../legacy/context';
type Callback = (...args: unknown[]) => void;
/** The page's callbacks of a drop pane (each a no-op when not given), each called with `this` = the page's window. */
export interface DropCallbacks {
    dragEnter: Callback;
    dragLeave: Callback;
    onStart: Callback;
    onSuccess: Callback;
    onError: Callback;
    onProgress: Callback;
}
/**
 * One element made a drop target by `makeDropPane`: each dropped file is stored through the page's file queue
 * (sharing its budget with the dialogs), a dropped link or image through the store API. `onSuccess`/`onError` come
 * once per drop, after every file settled; results keep the drop order; the pane is re-enabled only then.
 */
export declare class DropPane {
    private ctx;
    private el;
    /** The page's callbacks. */
    private cb;
    /** The type, size and count rules of the options. */
    private rules;
    /** The store options of the options (`location`, `path`, `container`/`storeContainer`, `region`/`storeRegion`, `access`, `policy`, `signature`). */
    private store;
    /** `options`: the page's makeDropPane options. */
    constructor(ctx: LegacyContext, el: HTMLElement, options: {
        [k: string]: unknown;
    });
    private enabled;
    private disable;
    private enable;
    /** Dropped files: checked against the rules, then stored together; one onSuccess or onError once all settled. */
    private storeFiles;
    /** A dropped link or image: the server stores it; a stored file that breaks the rules is removed again. */
    private storeUrl;
}
/**
 * `makeDropPane(divOrJQuery, options)`: turns an element into a drop target (see DropPane). Returns true, or false
 * (with a console error) when the browser cannot drag and drop.
 */
export declare function makeDropPane(ctx: LegacyContext, args: ArrayLike<unknown>): boolean;
export {};
