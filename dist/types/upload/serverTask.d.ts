import { StoredFile, UploadEvents, UploadTask } from '../core/contracts';
import { EngineOptions, HttpRequest, HttpTransport, UploadEnvironment } from './types';
export interface ServerTaskDeps {
    transport: HttpTransport;
    env: UploadEnvironment;
    /** Base of the file API, for the stored file's URL. */
    fileApi: string;
}
export interface ServerTaskRequest {
    request: Pick<HttpRequest, 'method' | 'url' | 'headers' | 'body'>;
    /** Names the request in error messages. */
    where: string;
    /** The name to report when the server's answer has none. */
    filename: string;
    /** Turns a failure into the error the caller rejects with (default: as it is). */
    mapError?(e: unknown): unknown;
    /** Reads the answer (default: the store API's answer, parseStored). */
    parse?(text: string): StoredFile;
}
export declare function runServerTask(deps: ServerTaskDeps, task: ServerTaskRequest, events: UploadEvents, opts: EngineOptions): UploadTask;
