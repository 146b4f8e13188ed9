import type { CustomPanelDeps } from './sources/custom';
import { LazyTab } from './lazyTab';
export type CustomTabOptions = Omit<CustomPanelDeps, 'mount'> & {
    /** False once the dialog has ended: a chunk that arrives later builds nothing. */
    alive(): boolean;
};
/**
 * The CUSTOMSOURCE tab of one dialog: a placeholder panel (a note: loading, or not configured) that gets the panel of
 * the on-demand `customsource` chunk the first time it is shown.
 */
export declare class CustomTab extends LazyTab {
    constructor(o: CustomTabOptions);
}
