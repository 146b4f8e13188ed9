/**
 * The parts of one multipart session in line for the Uploader's shared concurrency budget: at most
 * `maxConcurrentUploads` of them started at once, in order; a paused part goes back to the head of the line.
 */
import { PartQueue } from './queue';
import { PartRange } from './options';
/** What the scheduler asks of the file's upload. */
export interface SchedulerHost {
    /** Whether a part may start now (the upload is neither finished nor paused). */
    canStart(): boolean;
    /** Sends one part; resolves once storage holds it. */
    run(range: PartRange): Promise<void>;
    /** A part failed (the host may `putBack` it when it was only paused). */
    partFailed(range: PartRange, e: Error): void;
    /** Every part of the line is stored. */
    allStored(): void;
    /** The parts next in line, to hash ahead: those waiting for a slot, then the pending ones. */
    prefetch(waiting: PartRange[], pending: PartRange[]): void;
}
export declare class PartScheduler {
    private readonly queue;
    private readonly limit;
    private readonly host;
    /** Parts not started yet, in order. */
    private readonly pending;
    /** Parts holding or waiting for a queue slot. */
    private readonly waiting;
    /** Parts of this line started and not settled (the waiting ones included). */
    private inFlight;
    /** Parts still to be stored. */
    private left;
    /** Promises of in-flight part attempts, so a server-side abort can wait for them to stop. */
    private readonly running;
    constructor(queue: PartQueue, limit: number, ranges: PartRange[], host: SchedulerHost);
    /** Starts parts while slots of this file are free, then lets the host hash the next ones. */
    pump(): void;
    /** Takes the parts still waiting for a slot out of the queue's line and puts them back in ours. */
    withdrawWaiting(): void;
    /** Puts back a part whose attempt was stopped by a pause. */
    putBack(range: PartRange): void;
    /** Resolves once every part attempt running now has settled. */
    settled(): Promise<void>;
    private waitingRanges;
    private enqueue;
}
