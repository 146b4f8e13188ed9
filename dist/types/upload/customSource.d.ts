import { Hosts, Security, SourceListing, SourceRef, StoreOptions, UploadEvents, UploadTask } from '../core/contracts';
import { EngineOptions, HttpTransport, UploadEnvironment } from './types';
export interface CustomSourceDeps {
    transport: HttpTransport;
    env: UploadEnvironment;
    hosts: Hosts;
    apikey: string;
    security?: Security;
}
/** The API base: `hosts.customSourceApi`, else next to the store API (`…/api/store` → `…/api/customsource`). */
export declare function customSourceBase(hosts: Hosts): string;
/** Checks the listing's shape (the dialog shows these values). */
export declare function parseListing(text: string, where: string): SourceListing;
export declare function listSource(deps: CustomSourceDeps, container: string, path: string, cursor: string | undefined, opts: EngineOptions): Promise<SourceListing>;
export declare function runStoreFromSource(deps: CustomSourceDeps, source: SourceRef, store: StoreOptions, events: UploadEvents, opts: EngineOptions): UploadTask;
