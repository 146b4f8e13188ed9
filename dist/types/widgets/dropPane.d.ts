import { LegacyContext } from '../legacy/context';
/**
 * `makeDropPane(divOrJQuery, options)` (spec §8.4): turns an element into a drop target that stores each dropped file
 * with `filepicker.store` (a dropped link or image with `storeUrl`). Returns true, or false (with a console error)
 * when the browser cannot drag and drop. Unlike v2, `onSuccess`/`onError` come once per drop, after every file
 * settled; results keep the drop order; the pane is re-enabled only then.
 */
export declare function makeDropPane(ctx: LegacyContext, args: ArrayLike<unknown>): boolean;
