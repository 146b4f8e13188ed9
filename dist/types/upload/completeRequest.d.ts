import { StoredFile } from '../core/contracts';
import { EngineOptions, HttpResponse, UploadEnvironment } from './types';
import { Aborter } from '../core/http/signal';
export interface CompleteContext {
    env: UploadEnvironment;
    opts: EngineOptions;
    fileApi: string;
    /** Name, type and size, for fields the answer leaves out. */
    file: {
        filename: string;
        mimetype: string;
        size: number;
    };
    /** POSTs `body` to `path` of the upload API (with retries). */
    post(path: string, body: string, signal: Aborter, where: string): Promise<HttpResponse>;
}
/** Sends `body` to complete and resolves with the stored file; `signal` stops the polling. */
export declare function requestComplete(ctx: CompleteContext, body: string, signal: Aborter): Promise<StoredFile>;
