/**
 * The page's side of the MD5 Workers (md5Worker.ts is the other side). Parts wait in one line and each Worker hashes one
 * part at a time, so the first part in line is ready first (a Worker given several at once interleaves their reads and
 * finishes them all late). Up to `workers` Workers are started, as parts queue up. Each new Worker is pinged and must
 * answer within `readyMs`; when no Worker can be created, one reports an error, or one stays silent, the pool gives up
 * for good and every part (those in line and those a Worker held) is hashed on the main thread. Which way was taken is
 * said once through `debug`. This file and md5Start.ts are the on-demand chunk `md5pool`, loaded the first time a part
 * is hashed in a page that can start Workers (the main bundle stays small).
 */
import { UploadEnvironment } from './types';
import { Md5WorkerStart } from './md5Start';
/** How long a new Worker may take to answer the ready ping (load its script, start its hasher). */
export declare const MD5_READY_MS = 5000;
export declare class Md5WorkerPool {
    /** Timers and the optional ready bound. */
    private readonly env;
    /** How Workers are started, and the name of that way for the debug log. */
    private readonly start;
    /** At most this many Workers run at once. */
    private readonly workers;
    /** Where the engine's debug messages go (never a policy or signature). */
    private readonly debug;
    /** The Workers started so far, each with the part it is hashing. */
    private slots;
    /** Parts waiting for a free Worker, first asked first. */
    private line;
    /** Set for good once the Workers are given up: every part then goes to the main thread. */
    private broken;
    /** Last job id handed out. */
    private seq;
    /** Whether the path taken was logged already. */
    private said;
    constructor(env: UploadEnvironment, start: Md5WorkerStart, workers: number, debug: (message: string) => void);
    /** The base64 digest, or null when the part must be hashed on the main thread. */
    md5(blob: Blob): Promise<string | null>;
    dispose(): void;
    private say;
    private end;
    /** Gives the Workers up: the parts they held and those in line resolve null (hash them on the main thread). */
    private fail;
    private spawn;
    private answer;
    private dispatch;
}
/**
 * The pool for an environment: its own `createWorker` when it has one (tests, embedders), else the Worker script at
 * `md5WorkerUrl` started as md5Start.ts says for the current page.
 */
export declare function openMd5Pool(env: UploadEnvironment, workers: number, debug: (message: string) => void): Md5WorkerPool;
