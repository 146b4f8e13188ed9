/**
 * Which transport carries what. In a browser one transport routes each request: XMLHttpRequest when the caller wants
 * progress (part PUTs, v2 REST uploads and reads: fetch reports neither), fetch for everything else (JSON calls,
 * metadata, custom text, image reads); XHR too where there is no fetch, native or from the polyfills file. In Node:
 * `node:http` (real upload progress, less CPU than fetch); elsewhere: the global fetch. The minified bundle is for
 * browsers only: its build sets `__NODE_HTTP__` to false, and the node:http transport is left out of it as dead code
 * (Node uses dist/filepicker.js, the package's main).
 */
import { HttpRequest, HttpResponse, HttpTransport } from './types';
import { xhrAvailable, xhrTransport } from './xhrTransport';
import { fetchAvailable, FetchFn, fetchTransport } from './fetchTransport';
import { nodeHttpAvailable, nodeHttpTransport } from './nodeHttpTransport';

/** A window (or worker scope) as the browser transport uses it. */
export interface BrowserScope {
  XMLHttpRequest?: unknown;
  fetch?: unknown;
}

/** True when `req` needs XHR: it asked for progress, which fetch cannot report. */
function wantsProgress(req: HttpRequest): boolean {
  return !!(req.onUploadProgress || req.onDownloadProgress);
}

/** The browser transport of `scope` (default: this global scope); both transports are looked up at each request. */
export function browserTransport(scope?: BrowserScope): HttpTransport {
  const xhr = xhrTransport(scope);
  const viaScope: FetchFn | undefined = scope ? function (url, init) { return (scope.fetch as FetchFn).call(scope, url, init); } : undefined;
  const fetched = fetchTransport(viaScope);
  return {
    streamsProgress: true,
    request(req: HttpRequest): Promise<HttpResponse> {
      const useFetch = !wantsProgress(req) && fetchAvailable(scope);
      return useFetch ? fetched.request(req) : xhr.request(req);
    },
  };
}

/** Whether `scope` can make HTTP requests at all (XHR or fetch). */
export function httpAvailable(scope?: BrowserScope): boolean {
  return xhrAvailable(scope) || fetchAvailable(scope);
}

/** The platform's transport: the browser's (XHR + fetch) where XMLHttpRequest exists, node:http in Node, else fetch. */
export function defaultTransport(): HttpTransport {
  if (xhrAvailable()) return browserTransport();
  // a condition the build can evaluate: webpack then never reads the branch, and leaves the node:http module out
  if (typeof __NODE_HTTP__ === 'undefined' || __NODE_HTTP__) {
    if (nodeHttpAvailable()) return nodeHttpTransport();
  }
  return fetchTransport();
}
