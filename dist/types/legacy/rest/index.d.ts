/**
 * The v2 REST functions as the main bundle has them: each runs its synchronous checks (checks.ts: the key and v2's
 * exception texts), then the function itself from the on-demand `rest` chunk (members.ts). Callbacks were always
 * asynchronous, so a call made before the chunk is in only starts its request a little later.
 */
import { LegacyContext } from '../context';
export type RestMember = (ctx: LegacyContext, args: ArrayLike<unknown>) => unknown;
export declare const restMembers: {
    [name: string]: RestMember;
};
export type { HttpTransport, HttpRequest, HttpResponse } from '../../core/http/types';
