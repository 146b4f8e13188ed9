import { Hosts } from '../../core/contracts';
import { Params } from '../../core/fileApi';
/** `<fileApi>/<handle>[suffix]` for a file URL this library knows, else undefined. */
export declare function toFileApiUrl(hosts: Hosts, url: string): string | undefined;
/** Drops a `/convert…` suffix (v2's `trimConvert`). */
export declare function trimConvert(url: string): string;
/** The query parameters of a URL, decoded (later duplicates win). */
export declare function queryParams(url: string): {
    [key: string]: string;
};
export { formEncode } from '../../core/fileApi';
export type { Params } from '../../core/fileApi';
/** `url` with `params` appended to its query. */
export declare function withQuery(url: string, params: Params): string;
/** Where `logout` goes: the file API base with its trailing `/file` replaced by `/clients/unauth`. */
export declare function logoutUrl(hosts: Hosts): string;
/** The URL without its query (for error details: a query may carry the policy and signature, which are never shown). */
export declare function withoutQuery(url: string): string;
