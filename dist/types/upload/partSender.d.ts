import { UploadSource } from '../core/contracts';
import { EngineOptions, HttpResponse, HttpTransport, UploadEnvironment } from './types';
import { Aborter } from '../core/http/signal';
import { HashAhead } from './hashAhead';
import { PartRange } from './options';
import { ProgressTracker } from './progress';
import { RetryContext } from '../core/http/retry';
import * as P from './protocol';
import { PartUrls } from './partUrls';
export declare const MISSING_ETAG_MESSAGE: string;
/** What sending a part needs from the file's upload. */
export interface PartContext {
    transport: HttpTransport;
    env: UploadEnvironment;
    opts: EngineOptions;
    source: UploadSource;
    retryCtx: RetryContext;
    progress: ProgressTracker;
    digests: HashAhead;
    /** Number of parts of the file (for messages). */
    partCount: number;
    /** POSTs `body` to `path` of the upload API (with retries). */
    post(path: string, body: string, signal: Aborter, where: string): Promise<HttpResponse>;
    /** The body of `/multipart/upload` for one part (and the parts asked along, when the server offers it). */
    uploadBody(part: number, size: number, md5: string, batch?: P.BatchPart[]): string;
    /** URLs answered ahead of their part (PartUrls). */
    urls: PartUrls;
    /** A PUT is about to start. */
    beforePut(): void;
}
/** Sends one part; resolves with the ETag storage answered. `signal` stops it (pause, cancel). */
export declare function sendPart(ctx: PartContext, range: PartRange, signal: Aborter): Promise<string>;
