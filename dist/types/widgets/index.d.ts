import { Member } from '../legacy/api';
import { LegacyContext } from '../legacy/context';
/**
 * The on-load hooks (widgets, then responsive images) at v2's times (hooks.ts), loading the widgets chunk only for a
 * page that has something to build. Responsive images added later follow window resizes, as before.
 */
export declare function startWidgets(api: unknown, ctx: LegacyContext, win: Window): void;
/** The v2 members implemented by src/widgets and src/export, for `installLegacyApi(target, ctx, ext)`. */
export declare const widgetMembers: {
    [name: string]: Member;
};
