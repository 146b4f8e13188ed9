import { Hosts } from '../../core/contracts';
import { V2Blob } from '../blob';
/**
 * The REST Blob of a server answer (v2's `standardizeFPFile`): `filename || name`, `mimetype || type`,
 * `key || s3_key`, `isWriteable || writeable`. A missing `url` is built from the handle.
 */
export declare function fpFileFromJson(hosts: Hosts, answer: unknown): V2Blob;
/** `stat`'s answer, with `uploaded`, `modified` and `created` as `Date` objects (v2). */
export declare function metadataFromJson(answer: unknown): {
    [key: string]: unknown;
};
