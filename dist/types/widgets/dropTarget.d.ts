/** A URL dropped on a pane (a link, or the `src` of an image). */
export type DroppedUrl = string;
/** The URL of a dropped link or `<img>` (text, then `text/uri-list`, then the `src` of an `<img>` in `text/html`). */
export declare function droppedUrl(dt: DataTransfer): DroppedUrl | null;
/** What a drop target reports. */
export interface DropEvents {
    /** Whether drops are taken now (a pane is disabled while it stores). */
    enabled(): boolean;
    dragEnter(): void;
    dragLeave(): void;
    files(files: FileList): void;
    url(url: DroppedUrl): void;
    /** A drop that carries nothing storable: v2's error type and message. */
    refused(type: string, message: string): void;
}
/** The drag and drop events of one element: the browser never opens what is dropped there. */
export declare class DropTarget {
    private events;
    /** The element, and what it reports to. */
    constructor(el: HTMLElement, events: DropEvents);
    private enterOrLeave;
    private drop;
}
