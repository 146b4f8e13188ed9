import { CloudSession, Hosts, Security } from '../../core/contracts';
import { Aborter } from '../../core/http/signal';
import { EngineOptions, HttpTransport, UploadEnvironment } from '../types';
import { JsonObject } from '../protocol';
export interface CloudDeps {
    transport: HttpTransport;
    env: UploadEnvironment;
    hosts: Hosts;
    apikey: string;
    security?: Security;
    /** The page's sign-in state, shared by every uploader of the page. */
    session: CloudSession;
}
/** The API base: `hosts.cloudApi`, else Filestack's cloud host. */
export declare function cloudBase(hosts: Hosts): string;
/** The body of a call: key, token, security and `clouds` (none: every cloud); `flow: web` as filestack-js sends it. */
export declare function cloudBody(deps: CloudDeps, clouds: JsonObject | undefined, extra?: JsonObject): string;
/** The server's `{error, provider, cause}` answer of a failed call, as a NetworkError naming the source and cause. */
export declare function cloudError(e: unknown, cloud: string): unknown;
/** Keeps the answer's `token` (the page's new sign-in state). */
export declare function keepToken(deps: CloudDeps, o: JsonObject): void;
/**
 * POSTs `body` to `<cloudApi><path>` and resolves with the answer's object for `cloud` (the token kept). `retry`:
 * whether a failed attempt may be repeated (reads yes; sign-in and logout no).
 */
export declare function cloudCall(deps: CloudDeps, path: string, body: string, cloud: string, opts: EngineOptions, retry: boolean, abort?: Aborter): Promise<JsonObject>;
