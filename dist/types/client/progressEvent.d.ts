/**
 * The progress event of `client.upload`, with filestack-js 0.5.x's field names, built from the engine's byte progress.
 */
import { EngineProgress } from '../upload';
export interface ClientProgressEvent {
    /** Whole percent (0–100) of the file's bytes sent; 100 only once every byte is stored. */
    totalProgressPercent: number;
    /** Bytes of the file sent so far (never decreases, a retried byte counts once). */
    progressTotal: number;
    /** Number (1-based) of the part that moved last; 0 before any part moved. */
    part: number;
    /** Bytes of that part sent so far. */
    loaded: number;
    /** Size in bytes of that part. */
    byteLength: number;
    /** Size in bytes of the whole file. */
    totalBytes: number;
}
export declare function toClientProgress(p: EngineProgress): ClientProgressEvent;
