/**
 * What is remembered of an unfinished multipart upload so a later page can continue it: the ids the start answer
 * gave (the same ones the part URLs and `complete` carry), the part size and the parts storage holds with their
 * ETags. Never the policy or the signature: a resumed upload signs its calls with the security in force then.
 */
import { StartResult } from '../protocol';
import { PartRange } from '../options';
/** Version of the entry's shape; an entry of another version is ignored. */
export declare const ENTRY_VERSION = 1;
export interface StoredPart {
    /** 1-based part number. */
    n: number;
    /** The ETag storage answered for the part's PUT. */
    etag: string;
}
export interface ResumeEntry {
    v: number;
    /** Identity of the file and its target (see fingerprint.ts). */
    key: string;
    /** ms since the epoch: when start was sent. */
    created: number;
    /** ms since the epoch: after this the server may have swept the upload, and the entry is removed. */
    expires: number;
    uri: string;
    region: string;
    uploadId: string;
    locationUrl: string;
    locationRegion?: string;
    /** Bytes per part (the last one shorter). */
    partSize: number;
    /** File size in bytes. */
    size: number;
    /** Parts storage holds, in the order they were stored. */
    parts: StoredPart[];
}
/**
 * The entry read back from storage when it is whole, of this version, for this key, size and part size and not
 * expired at `now`; else null. Anything odd (another version, a hand-edited record) is simply not resumed.
 */
export declare function usableEntry(raw: unknown, key: string, now: number, size: number, partSize: number): ResumeEntry | null;
/** The start answer an entry stands for. */
export declare function startOf(e: ResumeEntry): StartResult;
/** A new entry for an upload the server just started. */
export declare function newEntry(key: string, s: StartResult, created: number, ttlMs: number, size: number, partSize: number): ResumeEntry;
/** The file's parts split into those the entry says storage holds and those still to send, each in order. */
export declare function splitParts(ranges: PartRange[], e: ResumeEntry): {
    held: PartRange[];
    missing: PartRange[];
};
