import { Security, StoreOptions, StoredFile } from '../core/contracts';
export interface StartResult {
    uri: string;
    region: string;
    uploadId: string;
    /** Base URL (with scheme) for the calls after start. */
    locationUrl: string;
    /** Value of the `Filestack-Upload-Region` header, when the server gave one. */
    locationRegion?: string;
    /**
     * Our server's extension: how many more parts one `/multipart/upload` call may ask URLs for (`part_urls_batch`);
     * absent (Filestack, other servers) = one call per part.
     */
    batchParts?: number;
}
/** A part whose URL is asked for along with another's (the `batch` extension). */
export interface BatchPart {
    part: number;
    size: number;
    md5: string;
}
export interface PartTarget {
    url: string;
    headers: {
        [name: string]: string;
    };
}
export interface SessionBase {
    apikey: string;
    security?: Security;
    store: StoreOptions;
}
/** The nested `store` object, empty fields omitted. */
export declare function storeBody(store: StoreOptions): {
    [k: string]: string;
};
/**
 * `startKey` (`idempotency_key`) is fresh per upload and the same on every retry of its start: a server that knows it
 * answers a start sent again with the upload the first one created (servers that do not know it ignore it).
 */
export declare function startBody(base: SessionBase, file: {
    filename: string;
    mimetype: string;
    size: number;
}, startKey?: string): string;
/** A fresh start key: 24 characters of A-Z a-z 0-9 from the clock and `random` (the environment's Math.random). */
export declare function newStartKey(now: number, random: () => number): string;
/**
 * The part a refused complete names as missing or different in storage (the reference server's 400 `parts: part N
 * …`), so it can be sent again; null for any other refusal.
 */
export declare function partToResend(status: number, body: string | undefined): number | null;
export declare function uploadBody(base: SessionBase, s: StartResult, part: number, size: number, md5: string, batch?: BatchPart[]): string;
export declare function completeBody(base: SessionBase, s: StartResult, file: {
    filename: string;
    mimetype: string;
    size: number;
}, etags: string[]): string;
export declare function abortBody(base: SessionBase, s: StartResult): string;
/** Headers of every POST after start. */
export declare function postHeaders(s?: StartResult): {
    [k: string]: string;
};
/** A JSON object as parsed: each field still to be checked. */
export type JsonObject = {
    [field: string]: unknown;
};
export declare function parseJson(text: string, where: string): JsonObject;
/** Reads the start response; `uploadApi` gives the scheme when `location_url` has none. */
export declare function parseStart(text: string, uploadApi: string): StartResult;
export declare function parsePartTarget(text: string, part: number): PartTarget;
/**
 * Reads the answer of `/multipart/upload`: the part's target, and (our extension) the targets of the other parts it
 * answered in `batch`, by part number; a malformed batch entry is left out (that part asks again).
 */
export declare function parsePartTargets(text: string, part: number): {
    target: PartTarget;
    batch: {
        [part: number]: PartTarget;
    };
};
/** Reads the 200 answer of complete (or of the store API) into the contract's StoredFile. */
export declare function parseStored(text: string, fileApi: string, where: string, fallback: {
    filename: string;
    mimetype: string;
    size: number;
}): StoredFile;
