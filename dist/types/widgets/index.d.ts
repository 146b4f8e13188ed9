/**
 * The widget members as the main bundle has them. The widgets, the drop pane and the responsive images are the
 * on-demand `widgets` chunk (chunk.ts), loaded on `DOMContentLoaded`/`load` only when the page has widget elements
 * or `img[data-fp-src]`, or when a widget member is called. Each member runs v2's
 * synchronous checks (and gives v2's return value) first.
 */
import { Member } from '../legacy/api';
import { LegacyContext } from '../legacy/context';
/**
 * The on-load hooks (widgets, then responsive images) at v2's times (hooks.ts), loading the widgets chunk only for a
 * page that has something to build. Responsive images added later follow window resizes, as before.
 */
export declare function startWidgets(ctx: LegacyContext, win: Window): void;
/** The v2 members implemented by src/widgets, for `installLegacyApi(target, ctx, ext)` (src/export has its own). */
export declare const widgetMembers: {
    [name: string]: Member;
};
