/**
 * The `rest` chunk (loaded on demand by index.ts): the v2 REST functions of `window.filepicker`: read, write, writeUrl, store, storeUrl, stat / metadata, remove,
 * convert, logout. Each is a legacy member `(ctx, arguments) → undefined`; callbacks always run later, never inside
 * the call. `createRestMembers` takes the HTTP transport and the timers of retries (tests inject both); `restMembers`
 * uses the page's (`ctx.http()`: src/core/http, XHR for uploads and reads, which report progress; fetch for the rest).
 */
import { LegacyContext } from '../context';
import { HttpStack } from '../context';
export type RestMember = (ctx: LegacyContext, args: ArrayLike<unknown>) => unknown;
/** The members over `stack` (tests inject one), or over the page's (`ctx.http()`, src/core/http) when none is given. */
export declare function createRestMembers(stack?: HttpStack): {
    [name: string]: RestMember;
};
export declare const restMembers: {
    [name: string]: RestMember;
};
