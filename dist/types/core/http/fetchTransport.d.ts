/**
 * The fetch transport: small requests in browsers (JSON calls, metadata, custom text, image reads), and Node or any
 * platform with a global fetch. fetch reports no upload progress, so the whole body counts as sent when the answer
 * arrives. Timeouts and aborts settle the promise at once even where AbortController is missing (the whatwg-fetch
 * polyfill on old browsers: attempt.ts); the request itself is cancelled only where AbortController exists.
 */
import { HttpTransport } from './types';
/** What the transport needs of a fetch Response. */
interface FetchResponse {
    status: number;
    headers: {
        get(name: string): string | null;
    };
    text(): Promise<string>;
    arrayBuffer(): Promise<ArrayBuffer>;
    blob(): Promise<Blob>;
}
/** A fetch function, as far as the transport calls it (`init` as in the Fetch standard). */
export type FetchFn = (url: string, init: {
    [key: string]: unknown;
}) => Promise<FetchResponse>;
/** Whether `scope` (default: the global scope) has a fetch, native or polyfilled. */
export declare function fetchAvailable(scope?: {
    fetch?: unknown;
}): boolean;
/** The fetch transport over `fetchImpl` (default: the global fetch, looked up at each request). */
export declare function fetchTransport(fetchImpl?: FetchFn): HttpTransport;
export {};
