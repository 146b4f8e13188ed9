/**
 * The v2 REST functions as the main bundle has them: each runs its synchronous checks (checks.ts: the key and v2's
 * exception texts), then the function itself from the on-demand `rest` chunk (members.ts). Callbacks were always
 * asynchronous, so a call made before the chunk is in only starts its request a little later.
 */
import { LegacyContext } from '../context';
import { argsOf, onDemand } from '../onDemand';
import { later } from '../callbacks';
import { errorText } from '../../core/describe';
import { FPError, handleError } from '../FPError';
import { shiftAfter } from '../shift';
import { checkConvert, checkRead, checkRemove, checkStat, checkStore, checkStoreUrl, checkWrite } from './checks';

export type RestMember = (ctx: LegacyContext, args: ArrayLike<unknown>) => unknown;

const use = onDemand('rest', () => import(/* webpackChunkName: "rest" */ './members'));

/**
 * How each function's callbacks sit (its fixed arguments before the options) and the code of its `onError` when the
 * deferred work itself fails (its checks passed, so this is not expected: the caller still hears of it).
 */
const FAILURE: { [name: string]: [number, number] } = {
  read: [1, 118], write: [2, 123], writeUrl: [2, 123], store: [1, 123], storeUrl: [1, 153],
  stat: [1, 162], metadata: [1, 162], remove: [1, 172], convert: [2, 143],
};

/** Runs the deferred work of `name`; an exception from it reaches the call's `onError` (else console.error). */
function runDeferred(name: string, fn: () => void, ctx: LegacyContext, args: unknown[]): void {
  try {
    fn();
  } catch (e) {
    const failure = FAILURE[name];
    if (!failure) throw e;
    const onError = shiftAfter(args, failure[0]).onError || handleError(ctx.debug);
    later(onError, new FPError(failure[1], 'filepicker: `' + name + '` failed: ' + errorText(e)));
  }
}

function lazy(name: string, check: (ctx: LegacyContext, args: ArrayLike<unknown>) => unknown): RestMember {
  return function (ctx, args) {
    check(ctx, args);
    const copy = argsOf(args);
    use(function (m) {
      runDeferred(name, () => m.restMembers[name](ctx, copy), ctx, copy);
    });
    return undefined;
  };
}

export const restMembers: { [name: string]: RestMember } = {
  read: lazy('read', checkRead),
  write: lazy('write', (ctx, args) => checkWrite(ctx, args, false)),
  writeUrl: lazy('writeUrl', (ctx, args) => checkWrite(ctx, args, true)),
  store: lazy('store', checkStore),
  storeUrl: lazy('storeUrl', checkStoreUrl),
  stat: lazy('stat', checkStat),
  metadata: lazy('metadata', checkStat),
  remove: lazy('remove', checkRemove),
  convert: lazy('convert', checkConvert),
  logout: lazy('logout', function () { /* needs no key and takes anything */ }),
};

export type { HttpTransport, HttpRequest, HttpResponse } from '../../core/http/types';
