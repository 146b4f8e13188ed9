/**
 * The store API's "store a remote URL" request, shared by v2's `storeUrl` / `store(FPFile)` (src/legacy/rest) and the
 * engine's `storeUrl` (src/upload): `POST <storeApi>/<location>?key=…&<params>` with the form field `url=`. The server
 * fetches the URL itself. Pure: the caller sends it with its own transport.
 */
import { FormPost, Params } from './fileApi';
/** `<storeApi>/<location>?key=…&<params>`: the location lower case (`s3` when none); undefined params left out. */
export declare function storeApiUrl(storeApi: string, apikey: string, location: string | undefined, params: Params): string;
/** The request that asks the store API at `endpoint` (see storeApiUrl) to fetch and store `url`. */
export declare function storeUrlRequest(endpoint: string, url: string): FormPost;
