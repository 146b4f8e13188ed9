/**
 * The synchronous part of the widget members, in the main bundle: v2's argument checks and exception texts,
 * `makeDropPane`'s drag-and-drop test (its return value), and `setResponsiveOptions` (it only stores its object).
 * The widgets themselves are the on-demand `widgets` chunk (chunk.ts).
 */
import { LegacyContext } from '../legacy/context';
/** The elements v2 built widgets for, in v2's order. */
export declare const WIDGET_SELECTORS: string[];
/** v2's test: a FileReader (or Safari) and the HTML5 `draggable` attribute. */
export declare function canDragDrop(win: Window): boolean;
/** `constructWidget(elementOrJQuery)`: the element, or v2's exception. */
export declare function checkConstructWidget(args: ArrayLike<unknown>): Element;
/** `makeDropPane(divOrJQuery, options)`: the element, or v2's exception. */
export declare function checkDropPane(args: ArrayLike<unknown>): HTMLElement;
/** `responsive(img?)`: throws v2's text for anything but nothing or an `<img>`. */
export declare function checkResponsive(args: ArrayLike<unknown>): void;
/** `filepicker.setResponsiveOptions(obj)`. */
export declare function setResponsiveOptions(ctx: LegacyContext, args: ArrayLike<unknown>): void;
