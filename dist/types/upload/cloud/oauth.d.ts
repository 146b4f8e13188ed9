/**
 * The OAuth side of the cloud API: the page's address sent with a listing (`appurl`: the server answers the sign-in
 * popup's token to its origin only), and the popup's `message`, accepted only from the cloud API's origin and with the
 * shape the server's done page posts: `{type: 'fp-cloud-auth', cloud, token}` or `{type, cloud, error, message}`.
 */
import { OAuthAnswer } from '../../core/contracts';
import { CloudDeps } from './request';
/** The origin of an absolute http(s) URL as a browser serializes it (`scheme://host[:port]`), or '' when it has none. */
export declare function originOf(url: string): string;
/** The page's address, for `appurl` (none outside a browser). */
export declare function pageUrl(): string | undefined;
/** Reads a popup's `message` for `cloud`: the answer, or null when it is not the cloud API's answer for it. */
export declare function readOAuthMessage(deps: CloudDeps, cloud: string, origin: string, data: unknown): OAuthAnswer | null;
