import { Hosts, Security, StoredFile } from '../core/contracts';
import { EngineOptions, HttpTransport, UploadEnvironment } from './types';
export interface DiscardDeps {
    transport: HttpTransport;
    env: UploadEnvironment;
    hosts: Hosts;
    apikey: string;
    security?: Security;
}
export declare function runDiscard(deps: DiscardDeps, stored: StoredFile, opts: EngineOptions): Promise<void>;
