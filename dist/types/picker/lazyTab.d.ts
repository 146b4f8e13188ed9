import { TextBinder } from './i18n/binder';
import { StringKey } from './i18n/translator';
/** A panel built by an on-demand chunk. */
export interface LazyPanel {
    /** Moves focus into the panel. */
    focus(): void;
    /** Removes what the panel added outside its element (its stylesheet). */
    destroy(): void;
}
export interface LazyTabOptions {
    doc: Document;
    binder: TextBinder;
    /** Class of the tab's panel element (besides `fp-panel`). */
    className: string;
    /** The note shown until the panel is built: loading, or why it cannot be (then nothing is loaded). */
    note: StringKey;
    /** False when the source cannot work (not configured): the note stays and nothing is loaded. */
    enabled: boolean;
    /** The note when the chunk could not be loaded (choosing the tab again retries). */
    failed: StringKey;
    /** Loads the chunk; resolves with what builds the panel into `mount`. */
    load(): Promise<(mount: HTMLElement) => LazyPanel>;
    /** False once the dialog has ended: a chunk that arrives later builds nothing. */
    alive(): boolean;
}
/**
 * A tab whose panel comes from an on-demand chunk (CUSTOMSOURCE, the cloud sources): a placeholder panel with a note
 * (loading, or not configured) that gets the chunk's panel the first time the tab is shown.
 */
export declare class LazyTab {
    private o;
    /** The tab's panel element. */
    readonly mount: HTMLElement;
    /** The loading / not configured / could not load line, until the panel is built. */
    private noteNode;
    /** The load under way or done (undefined again after a failed load, so choosing the tab retries). */
    private loading?;
    /** The built panel. */
    private panel?;
    /** Whether the tab's panel can be loaded (its source is configured). */
    get enabled(): boolean;
    constructor(o: LazyTabOptions);
    /**
     * Loads the panel's code and builds it. `focus`: the dialog opened on this tab, so the panel takes focus once built,
     * unless the user has moved focus elsewhere meanwhile (`root`: the dialog, which holds focus until then).
     */
    load(focus: boolean, root: HTMLElement): void;
    destroy(): void;
}
