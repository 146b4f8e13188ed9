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
