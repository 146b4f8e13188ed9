import { UploadProgress } from '../core/contracts';
/** What one drop of files ends with. */
export interface FilesDropEvents {
    /** The average percent over the drop's files. */
    progress(percent: number): void;
    /** Every file settled: the Blobs in drop order, and the first error (null when none). */
    done(blobs: unknown[], error: unknown): void;
}
/** The files of one drop: average progress, results in drop order, one outcome once every file settled. */
export declare class FilesDrop {
    private total;
    private events;
    /** Percent of each file, by its place in the drop. */
    private percent;
    /** The progress reporter of each file (v2 `store` percents). */
    private reporters;
    /** Blobs by place in the drop. */
    private results;
    /** Files settled (stored or failed). */
    private settledCount;
    /** Which files settled already (a late event of a settled file is ignored). */
    private settled;
    /** The first failure, or null. */
    private firstError;
    /** `total`: the number of files dropped. */
    constructor(total: number, events: FilesDropEvents);
    bytes(i: number, p: UploadProgress): void;
    stored(i: number, blob: unknown): void;
    failed(i: number, err: unknown): void;
    private progress;
    private report;
    private settle;
}
