/**
 * The `rest` chunk (loaded on demand by index.ts): the v2 REST functions of `window.filepicker`: read, write, writeUrl, store, storeUrl, stat / metadata, remove,
 * convert, logout. Each is a legacy member `(ctx, arguments) → undefined`; callbacks always run later, never inside
 * the call. `createRestMembers` takes the HTTP transport (tests inject one); `restMembers` uses XMLHttpRequest.
 */
import { LegacyContext } from '../context';
import { Transport } from './transport';
export type RestMember = (ctx: LegacyContext, args: ArrayLike<unknown>) => unknown;
export declare function createRestMembers(transport: Transport): {
    [name: string]: RestMember;
};
export declare const restMembers: {
    [name: string]: RestMember;
};
