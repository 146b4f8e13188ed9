/**
 * The progress event of `client.upload`, built from the engine's byte progress. It carries filestack-js 0.5.x's
 * field names (`totalProgressPercent`, `progressTotal`, `part`, `loaded`, `byteLength`) and, next to them, the names
 * current filestack-js uses (`totalPercent`, `totalBytes` = bytes sent), so code written for either reads it.
 */
import { EngineProgress } from '../upload';
export interface ClientProgressEvent {
    /** Whole percent (0–100) of the file's bytes sent; 100 only once every byte is stored. */
    totalProgressPercent: number;
    /** The same percent under filestack-js's current name. */
    totalPercent: number;
    /** Bytes of the file sent so far (never decreases, a retried byte counts once). */
    progressTotal: number;
    /** The same bytes sent under filestack-js's current name (not the file's size: that is `size`). */
    totalBytes: number;
    /** Number (1-based) of the part that moved last; 0 before any part moved. */
    part: number;
    /** Bytes of that part sent so far. */
    loaded: number;
    /** Size in bytes of that part. */
    byteLength: number;
    /** Size in bytes of the whole file. */
    size: number;
}
export declare function toClientProgress(p: EngineProgress): ClientProgressEvent;
