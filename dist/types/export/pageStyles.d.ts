/** Adds the widgets' stylesheet to `doc` once. */
export declare function ensureStyles(doc: Document): void;
/** Adds or removes a class without touching the others. */
export declare function toggleClass(el: Element, name: string, on: boolean): void;
/** Hides a page element with the `hidden` attribute and a class (v2 set `style.display='none'`). */
export declare function hide(el: Element): void;
