import { Hosts, Security, StoreOptions, StoredFile, UploadEvents, UploadSource, UploadTask } from '../core/contracts';
import { EngineOptions, HttpTransport, UploadEnvironment } from './types';
import { PartQueue } from './queue';
import { PartHasher } from './md5';
import { ResumeStore } from './resume/store';
export interface FileJobDeps {
    transport: HttpTransport;
    env: UploadEnvironment;
    hosts: Hosts;
    apikey: string;
    security?: Security;
    /** The Uploader's shared concurrency budget. */
    queue: PartQueue;
    hasher: PartHasher;
    /** Where unfinished uploads are remembered; absent or unavailable = no resume. */
    resumeStore?: ResumeStore;
    /** The engine's debug messages (resume decisions); never given a policy or signature. */
    debug?(message: string): void;
}
export declare class FileUpload {
    private readonly deps;
    private readonly source;
    private readonly opts;
    readonly promise: Promise<StoredFile>;
    /** The caller's callbacks, guarded so an exception in one cannot break the upload. */
    private readonly events;
    /** Name, type and size as start and complete declare them. */
    private readonly file;
    /** API key, security and store options, carried by every POST. */
    private readonly base;
    /** Fires on cancel or failure: stops every request of the file. */
    private readonly cancelled;
    /** Fires on pause: stops the part requests in flight; replaced on resume. */
    private pauser;
    /** Whether the caller paused the upload. */
    private paused;
    /** Set once the promise settled (stored, failed or cancelled). */
    private finished;
    /** The multipart upload's ids: from the start answer, or from a remembered record. */
    private started;
    /** Whether onUploadStart was called (at the first part PUT). */
    private uploadStartFired;
    /** Retry policy, environment and onRetry, for every request. */
    private readonly retryCtx;
    /** Byte progress of the file. */
    private readonly progress;
    /** The file's parts, in order. */
    private readonly ranges;
    /** ETag of each stored part, at index part number − 1. */
    private etags;
    /** The parts in line for the current multipart upload; null before start answered. */
    private scheduler;
    /** Fires when the current multipart upload is given up (cancel, failure, or a remembered one the server refused). */
    private session;
    /** Settles `promise`. */
    private settle;
    /** The complete request's outcome once it was sent: a cancel cannot stop the server from storing the file. */
    private completing;
    /** Digests of parts computed ahead of their slot. */
    private readonly digests;
    /** The resume code and this file's record, once loaded; null when resume is off or nothing can be remembered. */
    private record;
    /** Parts a remembered record says storage holds, until storage accepts a part of it (or complete does); then null. */
    private unconfirmed;
    /** How many times a part named by a refused complete was sent again. */
    private resends;
    constructor(deps: FileJobDeps, source: UploadSource, store: StoreOptions, rawEvents: UploadEvents, opts: EngineOptions);
    /** The caller's handle. Starts on the next tick, so the caller can attach handlers and call pause() first. */
    task(): UploadTask;
    private pause;
    private resume;
    private debug;
    private begin;
    /**
     * Loads the resume code, fingerprints the file (the digests of its first and last part, kept for their PUTs) and
     * reads its record. Never rejects: anything failing means a fresh start.
     */
    private lookup;
    /** Bytes per part (the whole file when it is one part). */
    private get partSize();
    /**
     * Starts a new multipart upload. The start is not cut by a cancel: its answer is awaited (with its retries, which
     * carry the same start key, so the server answers them with the same upload) and the upload it names is aborted.
     */
    private startFresh;
    /** Continues a remembered upload: its stored parts count once the server shows it still knows the upload. */
    private resumeFrom;
    /** The server refused the remembered upload: forget it and start a new one, silently. */
    private restartFresh;
    /** Storage accepted a part of the remembered upload: its stored parts now count as sent. */
    private confirm;
    /** Sends `ranges` (the parts storage does not hold yet) in the current multipart upload, then completes. */
    private openSession;
    private partContext;
    /** Sends one part under the pause and session signals; records its ETag once storage holds it. */
    private runPart;
    private post;
    private complete;
    /**
     * Complete was refused. When the answer names a part storage does not hold as sent (lost, or overwritten by a
     * stale write), that part is sent again and complete retried, at most MAX_PART_RESENDS times; else it fails.
     */
    private completeRefused;
    private fail;
    private abortOnServer;
}
export declare function runUpload(deps: FileJobDeps, source: UploadSource, store: StoreOptions, rawEvents: UploadEvents, opts: EngineOptions): UploadTask;
