/**
 * Part digests started ahead of a free slot, so hashing overlaps the PUTs of the parts before: without it a slot
 * hashes, then asks for a URL, then sends, and the hasher idles while every slot is sending.
 */
import { UploadSource } from '../core/contracts';
import { PartDigest, PartHasher } from './md5';
import { PartRange } from './options';
import { BatchPart } from './protocol';
export declare class HashAhead {
    private readonly hasher;
    private readonly source;
    /** Digests computed (or running) ahead of their part, by part number. */
    private readonly hashed;
    /** Parts whose digest was seeded (the fingerprint's first and last part): not counted against the limit. */
    private readonly seeded;
    /** The digests ahead that are computed, with their part (for asking their URLs ahead). */
    private readonly done;
    /** How many digests may be held ahead at once. */
    private readonly limit;
    constructor(hasher: PartHasher, source: UploadSource);
    /** The digest of `range`: the one computed ahead (handed over once), else a new one. */
    take(range: PartRange): Promise<PartDigest>;
    /** Starts the digest of `range` now (whatever the limit) and keeps it for its part; returns it. */
    seed(range: PartRange): Promise<PartDigest>;
    /**
     * Starts the digests of the next parts in line, at most the limit held at once: the parts waiting for a slot first,
     * then the first of `pending` (as many as the limit leaves after the waiting ones).
     */
    prefetch(waiting: PartRange[], pending: PartRange[]): void;
    /** Gives back the bytes of the digest of one part that will not be sent (it is stored already). */
    forget(part: number): void;
    /** Gives back the bytes of every digest computed ahead and never used (the upload failed or was cancelled). */
    drop(): void;
    /** The parts held ahead whose digest is computed, in part order. */
    ready(): BatchPart[];
    private start;
    private has;
    private count;
}
