/** The script folder; the first call (made by the entry while its script runs) finds it, later calls reuse it. */
export declare function scriptBase(): string | undefined;
