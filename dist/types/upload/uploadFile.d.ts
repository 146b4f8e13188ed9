import { Hosts, Security, StoreOptions, UploadEvents, UploadSource, UploadTask } from '../core/contracts';
import { EngineOptions, HttpTransport, UploadEnvironment } from './types';
import { PartQueue } from './queue';
import { PartHasher } from './md5';
export interface FileJobDeps {
    transport: HttpTransport;
    env: UploadEnvironment;
    hosts: Hosts;
    apikey: string;
    security?: Security;
    /** The Uploader's shared concurrency budget. */
    queue: PartQueue;
    hasher: PartHasher;
}
export declare const MISSING_ETAG_MESSAGE: string;
export declare function runUpload(deps: FileJobDeps, source: UploadSource, store: StoreOptions, rawEvents: UploadEvents, opts: EngineOptions): UploadTask;
