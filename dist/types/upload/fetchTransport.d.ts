/**
 * The fetch transport (Node 20's global fetch, or any fetch). fetch reports no upload progress, so the whole body
 * counts as sent when the response arrives: progress in Node advances once per completed part.
 */
import { HttpTransport } from './types';
export declare function fetchTransport(fetchImpl?: (url: string, init: any) => Promise<any>): HttpTransport;
