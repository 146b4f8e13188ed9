/**
 * Which transport carries what. In a browser one transport routes each request: XMLHttpRequest when the caller wants
 * progress (part PUTs, v2 REST uploads and reads: fetch reports neither), fetch for everything else (JSON calls,
 * metadata, custom text, image reads); XHR too where there is no fetch, native or from the polyfills file. In Node:
 * `node:http` (real upload progress, less CPU than fetch); elsewhere: the global fetch. The minified bundle is for
 * browsers only: its build sets `__NODE_HTTP__` to false, and the node:http transport is left out of it as dead code
 * (Node uses dist/filepicker.js, the package's main).
 */
import { HttpTransport } from './types';
/** A window (or worker scope) as the browser transport uses it. */
export interface BrowserScope {
    XMLHttpRequest?: unknown;
    fetch?: unknown;
}
/** The browser transport of `scope` (default: this global scope); both transports are looked up at each request. */
export declare function browserTransport(scope?: BrowserScope): HttpTransport;
/** Whether `scope` can make HTTP requests at all (XHR or fetch). */
export declare function httpAvailable(scope?: BrowserScope): boolean;
/** The platform's transport: the browser's (XHR + fetch) where XMLHttpRequest exists, node:http in Node, else fetch. */
export declare function defaultTransport(): HttpTransport;
