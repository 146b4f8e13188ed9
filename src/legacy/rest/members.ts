/**
 * The `rest` chunk (loaded on demand by index.ts): the v2 REST functions of `window.filepicker`: read, write, writeUrl, store, storeUrl, stat / metadata, remove,
 * convert, logout. Each is a legacy member `(ctx, arguments) → undefined`; callbacks always run later, never inside
 * the call. `createRestMembers` takes the HTTP transport and the timers of retries (tests inject both); `restMembers`
 * uses the page's (`ctx.http()`: src/core/http, XHR for uploads and reads, which report progress; fetch for the rest).
 */
import { LegacyContext } from '../context';
import { convert } from './convert';
import { RestEnv } from './env';
import { logout } from './logout';
import { read } from './read';
import { remove, stat } from './stat';
import { store, storeUrl } from './store';
import { HttpStack } from '../context';
import { restRetryEnvironment } from './policy';
import { write, writeUrl } from './write';

export type RestMember = (ctx: LegacyContext, args: ArrayLike<unknown>) => unknown;

/** The members over `stack` (tests inject one), or over the page's (`ctx.http()`, src/core/http) when none is given. */
export function createRestMembers(stack?: HttpStack): { [name: string]: RestMember } {
  const envOf = (ctx: LegacyContext): RestEnv => {
    const s = stack || ctx.http();
    return { ctx: ctx, transport: s.transport, timers: restRetryEnvironment(s.timers) };
  };
  const on = (fn: (env: RestEnv, args: ArrayLike<unknown>) => void): RestMember =>
    function (ctx, args) {
      fn(envOf(ctx), args);
      return undefined;
    };
  return {
    read: on(read),
    write: on(write),
    writeUrl: on(writeUrl),
    store: on(store),
    storeUrl: on(storeUrl),
    stat: on(stat),
    metadata: on(stat),
    remove: on(remove),
    convert: on(convert),
    logout: function (ctx, args) {
      logout(ctx, envOf(ctx).transport, args);
      return undefined;
    },
  };
}

export const restMembers: { [name: string]: RestMember } = createRestMembers();
