/**
 * Stores a remote URL through the store API (the request of src/core/storeApi.ts, shared with v2's REST `storeUrl`).
 * The server fetches the URL; there are no parts, so progress jumps from 0 to 100% when it answers.
 */
import { Hosts, Security, StoreOptions, UploadEvents, UploadTask } from '../core/contracts';
import { EngineOptions, HttpTransport, UploadEnvironment } from './types';
export interface StoreUrlDeps {
    transport: HttpTransport;
    env: UploadEnvironment;
    hosts: Hosts;
    apikey: string;
    security?: Security;
}
/** The store API URL for these options (policy and signature as query parameters, as v2 sent them). */
export declare function storeUrlEndpoint(hosts: Hosts, apikey: string, store: StoreOptions, security?: Security): string;
export declare function runStoreUrl(deps: StoreUrlDeps, url: string, store: StoreOptions, events: UploadEvents, opts: EngineOptions): UploadTask;
