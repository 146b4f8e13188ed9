/**
 * Requests of the file API shared by the v2 REST functions (src/legacy/rest) and the upload engine (src/upload).
 * Pure: each builds the request; the caller sends it with its own transport.
 */
/** Request parameters in order; `undefined` and `null` values are left out when encoded. */
export type Params = [string, unknown][];
/** `k=v&…`, URI-encoded; `undefined` and `null` values are left out. */
export declare function formEncode(params: Params): string;
export interface FormPost {
    method: 'POST';
    url: string;
    headers: {
        [name: string]: string;
    };
    body: string;
}
/**
 * The remove request of the file at `fileUrl` (`<fileApi>/<handle>`): `POST <fileUrl>/remove` with a form body of
 * `params` (v2 sent every option, `policy` and `signature` among them) followed by the API `key`.
 */
export declare function removeRequest(fileUrl: string, key: string, params: Params): FormPost;
