/**
 * The key an unfinished upload is remembered under: the file (name, size, type, last modification time, and the
 * MD5s of its first and last part, which the upload computes anyway) and its target (upload API, API key, store
 * options, part size). The same file sent elsewhere, or a different file with the same name, never resumes.
 */
import { StoreOptions, UploadSource } from '../../core/contracts';
import { HashAhead } from '../hashAhead';
import { PartRange } from '../options';
export interface KeyInput {
    apikey: string;
    uploadApi: string;
    store: StoreOptions;
    source: UploadSource;
    partSize: number;
}
/**
 * The part of the key known before any hashing, or null when the source cannot be told apart from another Blob of
 * the same size (no name or no modification time, as with bytes or a Blob made by the page): those are not resumed.
 */
export declare function keyBase(k: KeyInput): string | null;
/** The full key: the base plus the MD5s (base64) of the first and the last part. */
export declare function resumeKey(base: string, firstMd5: string, lastMd5: string): string;
/**
 * The full key of a file, or null when it cannot be fingerprinted safely. The digests of the first and last part are
 * started through `digests`, which keeps them for those parts' PUTs (no part is hashed twice).
 */
export declare function fingerprint(k: KeyInput, ranges: PartRange[], digests: HashAhead): Promise<string | null>;
