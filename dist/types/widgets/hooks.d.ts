import { LegacyContext } from '../legacy/context';
/**
 * Records the page's window for the widgets, then runs `run` (the on-load hooks: widgets, then responsive images) on
 * `DOMContentLoaded` and on `load`, and at once when the document is already parsed (a script injected late: v2
 * then never built anything).
 */
export declare function watchPage(ctx: LegacyContext, win: Window, run: () => void): void;
