import { SourceFile } from '../../../core/contracts';
/** Fetches a file's thumbnail bytes (the cloud API's `thumbnail`); `signal` cancels the request. */
export type FetchThumbnail = (file: SourceFile, signal?: AbortSignal) => Promise<Blob>;
/**
 * Loads the thumbnails of the rows in view: at most PARALLEL requests at once, first asked first served; a row that
 * leaves the window cancels its request (aborted when running), and `cancelAll` (a new folder) cancels them all. Each
 * image is decoded off the main thread and drawn on a canvas (thumbnail.ts: no `blob:` or `data:` image URL, which a
 * strict CSP refuses). A failed thumbnail is not asked again while the panel lives: its row keeps its icon, silently.
 */
export declare class ThumbLoader {
    private doc;
    private fetchThumb;
    private parallel;
    /** Requests waiting for a free slot, in order. */
    private waiting;
    /** How many requests run. */
    private running;
    /** The running requests (so that cancelAll reaches them). */
    private live;
    /** Bytes of thumbnails fetched, by path, oldest first (bounded by KEPT). */
    private kept;
    private keptOrder;
    /** Paths whose thumbnail failed. */
    private failed;
    constructor(doc: Document, fetchThumb: FetchThumbnail, parallel?: number);
    /** Asks for `file`'s thumbnail; `show` gets the canvas once drawn. Returns the request's cancel. */
    request(file: SourceFile, show: (canvas: HTMLCanvasElement) => void): () => void;
    /** Cancels every request, waiting or running (the folder changed). */
    cancelAll(): void;
    private abortRunning;
    private pump;
    private start;
    private keep;
    private draw;
}
