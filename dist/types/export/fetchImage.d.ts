/**
 * Reads an image for processImage as a File: one GET with `responseType: 'blob'` (every browser with a canvas has it).
 * The name comes from the caller, else the answer's `Content-Disposition` (the file API sends it), else the last path
 * segment. Cross-origin reads need `Access-Control-Allow-Origin` on the answer (the reference server sends `*`).
 */
export interface FetchedImage {
    file: Blob & {
        name?: string;
    };
    status: number;
}
/** `filename="a b.png"` or `filename*=UTF-8''a%20b.png` of a Content-Disposition value. */
export declare function filenameOf(disposition: string | null): string | undefined;
/** Starts the GET; `cancel()` aborts it (the promise then never settles). */
export declare function fetchImage(win: Window, url: string, name: string | undefined): {
    promise: Promise<FetchedImage>;
    cancel(): void;
};
