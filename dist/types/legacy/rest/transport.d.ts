/**
 * The HTTP seam of the REST functions: one request in, one response out, with byte progress. The browser
 * implementation uses XMLHttpRequest (upload and download progress, credentials for logout); tests may inject
 * another transport. ES5 only: no fetch, no Promise needed.
 */
export interface HttpRequest {
    method: 'GET' | 'POST';
    url: string;
    headers?: {
        [name: string]: string;
    };
    body?: string | Blob | FormData | null;
    /** Read the answer as bytes (a binary string, one char per byte) instead of text. */
    binary?: boolean;
    withCredentials?: boolean;
    /** Bytes sent (requests with a body) or received (GET) so far. */
    onProgress?(loaded: number, total: number): void;
}
export interface HttpResponse {
    /** HTTP status; 0 when no answer came (network failure, CORS refusal). */
    status: number;
    /** The answer's text, or its bytes as a binary string for `binary` requests. */
    body: string;
    /** Why the request could not be made at all (the browser refused it), when status is 0. */
    error?: string;
}
export type Transport = (req: HttpRequest, done: (res: HttpResponse) => void) => void;
/** The bytes of an ArrayBuffer as a binary string. */
export declare function bufferToBinary(buf: ArrayBuffer): string;
/** The XMLHttpRequest transport. */
export declare const xhrTransport: Transport;
