/**
 * FPError codes by HTTP outcome, per function, as v2 gave them. 403 is always 403. `network` is the code for
 * no answer at all (status 0).
 */
export interface CodeTable {
    badParams: number;
    notFound: number;
    other: number;
    network?: number;
    /** Read only: a non-2xx answer (other than 400/403/404) from another origin. */
    crossOrigin?: number;
}
/** store of data / File / input, write, writeUrl. */
export declare const WRITE_CODES: CodeTable;
/** storeUrl and store of an FPFile. */
export declare const STORE_URL_CODES: CodeTable;
/** read: 113 when no answer came (v2: CORS refused), 114 for another origin's error, 118 for anything else. */
export declare const READ_CODES: CodeTable;
export declare const STAT_CODES: CodeTable;
export declare const REMOVE_CODES: CodeTable;
export declare const CONVERT_CODES: CodeTable;
/** The code for an HTTP status (0 = no answer) under `table`. */
export declare function codeFor(table: CodeTable, status: number, crossOrigin: boolean): number;
