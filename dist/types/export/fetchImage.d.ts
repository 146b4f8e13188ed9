/**
 * Reads an image for processImage as a File: one GET for a Blob through the library's HTTP stack (fetch where the
 * page has it, else XHR). The name comes from the caller, else the answer's `Content-Disposition` (the file API sends
 * it), else the last path segment. Cross-origin reads need `Access-Control-Allow-Origin` on the answer (the reference
 * server sends `*`).
 */
import { HttpTransport } from '../core/http/types';
export interface FetchedImage {
    file: Blob & {
        name?: string;
    };
    status: number;
}
/** `filename="a b.png"` or `filename*=UTF-8''a%20b.png` of a Content-Disposition value. */
export declare function filenameOf(disposition: string | null): string | undefined;
/**
 * Starts the GET; `cancel()` aborts it (the promise then never settles). Rejects with `{status}`: the HTTP status, or
 * 0 when no answer came.
 */
export declare function fetchImage(win: Window, url: string, name: string | undefined, transport?: HttpTransport): {
    promise: Promise<FetchedImage>;
    cancel(): void;
};
