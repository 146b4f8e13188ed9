/**
 * Byte progress of one file, aggregated from its parts. Each part counts its high-water mark, so a retried part
 * never counts a byte twice and the total never goes backwards. Events are throttled through the environment's
 * timer (one per `intervalMs` at most); `finish()` always emits the final event with loaded === total.
 */
import { UploadProgress } from '../core/contracts';
import { UploadEnvironment } from './types';
/** The engine's progress event: the contract's bytes plus the part that moved last. */
export interface EngineProgress extends UploadProgress {
    /** Number of the part that moved last (1-based), when a part moved. */
    part?: number;
    /** Bytes of that part counted so far. */
    partLoaded?: number;
    /** Size of that part in bytes. */
    partSize?: number;
}
export declare class ProgressTracker {
    private readonly total;
    private readonly env;
    private readonly intervalMs;
    private readonly listener?;
    /** High-water mark of each part, by part number. */
    private marks;
    /** Sum of the marks. */
    private loaded;
    /** Last value handed to the listener. */
    private emitted;
    /** Part that moved last. */
    private lastPart;
    /** Pending throttle timer, if any. */
    private timer;
    /** Time of the last emit. */
    private lastEmitAt;
    private stopped;
    constructor(total: number, env: UploadEnvironment, intervalMs: number, listener?: ((p: EngineProgress) => void) | undefined);
    /** Reports `bytes` sent of part `part` (of `size` bytes) in the current attempt. */
    update(part: number, bytes: number, size: number): void;
    /** A part is done: all its bytes count. */
    complete(part: number, size: number): void;
    get bytes(): number;
    /** Emits the final event (loaded === total) and stops. */
    finish(): void;
    /** Stops without a final event (cancel, failure). */
    stop(): void;
    private schedule;
    private cancelTimer;
    private emit;
}
