import type { MediaSourceOptions } from './sources/media';
/** The sources whose code lives in the on-demand `media` chunk. */
export declare const MEDIA_SOURCES: string[];
/** What each media source gets (a type only: the chunk's code stays out of the main bundle). */
export type MediaTabsOptions = Omit<MediaSourceOptions, 'env'>;
/**
 * The WEBCAM / VIDEO / AUDIO tabs of one dialog: a placeholder panel each (a loading line) that gets its real content
 * from the chunk when first shown; only the shown one has its device on.
 */
export declare class MediaTabs {
    private o;
    /** Placeholder panel of each media tab. */
    private panels;
    /** Mounted sources. */
    private sources;
    /** The tab shown now. */
    private current;
    private destroyed;
    constructor(o: MediaTabsOptions);
    /** The panel element of a media tab (mounted into the view). */
    placeholder(service: string): HTMLElement;
    /** A tab was selected (any source): the others stop, a media one starts (loading it first when needed). */
    show(service: string, takeFocus?: boolean): void;
    /** The dialog closes: every device stops and the sources drop their listeners. */
    destroy(): void;
}
