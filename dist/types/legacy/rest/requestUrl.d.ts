/** URLs only the REST requests build: in the on-demand chunk (the main bundle's checks need fileUrl.ts only). */
import { Hosts } from '../../core/contracts';
import { Params } from '../../core/fileApi';
/** `url` with `params` appended to its query. */
export declare function withQuery(url: string, params: Params): string;
/** Where `logout` goes: the file API base with its trailing `/file` replaced by `/clients/unauth`. */
export declare function logoutUrl(hosts: Hosts): string;
/** The URL without its query (for error details: a query may carry the policy and signature, which are never shown). */
export declare function withoutQuery(url: string): string;
