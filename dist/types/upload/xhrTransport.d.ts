/** The browser transport: XMLHttpRequest, for upload progress. Reading ETag needs the bucket's CORS to expose it. */
import { HttpTransport } from './types';
export declare function xhrTransport(): HttpTransport;
