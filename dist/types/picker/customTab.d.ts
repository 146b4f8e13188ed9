import type { CustomPanelDeps } from './sources/custom';
export type CustomTabOptions = Omit<CustomPanelDeps, 'mount'> & {
    /** False once the dialog has ended: a chunk that arrives later builds nothing. */
    alive(): boolean;
};
/**
 * The CUSTOMSOURCE tab of one dialog: a placeholder panel (a note: loading, or not configured) that gets the panel of
 * the on-demand `customsource` chunk the first time it is shown.
 */
export declare class CustomTab {
    private o;
    /** The tab's panel element. */
    readonly mount: HTMLElement;
    /** The loading / not configured / could not load line, until the panel is built. */
    private note;
    /** The load under way or done (undefined again after a failed load, so choosing the tab retries). */
    private loading?;
    /** The built panel. */
    private panel?;
    constructor(o: CustomTabOptions);
    /**
     * Loads the panel's code and builds it. `focus`: the dialog opened on this tab, so the list takes focus once built,
     * unless the user has moved focus elsewhere meanwhile (`root`: the dialog, which holds focus until then).
     */
    load(focus: boolean, root: HTMLElement): void;
    destroy(): void;
}
