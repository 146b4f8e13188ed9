import { LegacyContext } from '../legacy/context';
/** v2 `buildWidgets`: every widget of the page, in v2's order. A widget that fails is reported and the others are still built. */
export declare function buildWidgets(ctx: LegacyContext): void;
/** `filepicker.constructWidget(elementOrJQuery)`. */
export declare function constructWidget(ctx: LegacyContext, args: ArrayLike<unknown>): void;
/**
 * Runs the on-load hooks (widgets, then responsive images) on `DOMContentLoaded` and on `load`, and at once when the
 * document is already parsed (a script injected late: v2 then never built anything).
 */
export declare function startWidgets(api: any, ctx: LegacyContext, win: Window): void;
