/** v2's public key order (spec §3, probe p1). Members are plain functions; the value members come last. */
export declare const ORDER: string[];
/** The members of ORDER that are not functions. */
export declare const VALUE_MEMBERS: string[];
