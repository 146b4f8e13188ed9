import { LegacyContext } from '../legacy/context';
import { WidgetSnapshot } from './snapshot';
/** v2 `buildWidgets`: every widget of the page, in v2's order. A widget that fails is reported and the others are still built. */
export declare function buildWidgets(ctx: LegacyContext): void;
/**
 * `filepicker.constructWidget(elementOrJQuery)`; `snapshot` is the element's reading taken when the page called it
 * (the main bundle takes it before this part is loaded), else it is read now.
 */
export declare function constructWidget(ctx: LegacyContext, args: ArrayLike<unknown>, snapshot?: WidgetSnapshot): void;
/** The on-load hooks: every widget, then the responsive images (each reported, not thrown, when it fails). */
export declare function runHooks(ctx: LegacyContext): void;
/** Runs the on-load hooks at the times of hooks.ts `watchPage` (the whole widgets code at hand: unit tests). */
export declare function startWidgets(ctx: LegacyContext, win: Window): void;
