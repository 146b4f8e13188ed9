import { LegacyContext } from '../context';
import { HttpTransport } from '../../core/http/types';
/**
 * `logout({onSuccess?, onError?}?)`: ends the user's sessions with cloud sources (`GET <api>/clients/unauth`, with
 * credentials, as v2; and the cloud API's `/auth/logout` for the sign-ins made in this page's dialogs). Needs no key.
 * As in v2, `onSuccess(responseText)` and `onError(reason, status)` get the raw outcome of the first, not an FPError
 * (v2 had no error code for logout).
 */
export declare function logout(ctx: LegacyContext, transport: HttpTransport, args: ArrayLike<unknown>): void;
