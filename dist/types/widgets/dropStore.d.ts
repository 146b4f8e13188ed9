import { StoredFile, UploadBatch, UploadProgress } from '../core/contracts';
import { V2Blob } from '../legacy/blob';
import { LegacyContext } from '../legacy/context';
import { FPError } from '../legacy/FPError';
import { CodeTable } from '../legacy/rest/codes';
/** The v2 store options a drop pane takes (`location`, `path`, `container`, `access`, `policy`, `signature`). */
export type DropStoreOptions = {
    [key: string]: unknown;
};
/**
 * A batch of the page's file queue for one drop: the store options go through the translator (v2's defaults, the
 * same checks as `store`), the files through an Uploader with the options' policy and signature. Throws what
 * `store` threw synchronously (no API key: FilepickerException; a bad option: ValidationError).
 */
export declare function dropBatch(ctx: LegacyContext, options: DropStoreOptions): UploadBatch;
/** The Blob `store` gives for a stored file: `url, filename, mimetype, size, key, isWriteable` (written with this key). */
export declare function dropBlob(stored: StoredFile): V2Blob;
/** The FPError `store` gives for an engine error (`codes`: the table of the call). */
export declare function dropError(err: unknown, codes: CodeTable): FPError;
/**
 * A file's progress as `store` reports it: a percent that only grows, at most 95 while bytes go out (the server
 * still has to answer), 100 once stored.
 */
export declare class PercentOf {
    private report;
    /** The last percent reported (-1: none yet). */
    private last;
    /** `report` receives each new percent. */
    constructor(report: (percent: number) => void);
    bytes(p: UploadProgress): void;
    done(): void;
    private emit;
}
