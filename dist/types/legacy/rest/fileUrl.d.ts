import { Hosts } from '../../core/contracts';
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
