/**
 * The v2 REST functions as the main bundle has them: each runs its synchronous checks (checks.ts: the key and v2's
 * exception texts), then the function itself from the on-demand `rest` chunk (members.ts). Callbacks were always
 * asynchronous, so a call made before the chunk is in only starts its request a little later.
 */
import { LegacyContext } from '../context';
import { argsOf, onDemand } from '../onDemand';
import { checkConvert, checkRead, checkRemove, checkStat, checkStore, checkStoreUrl, checkWrite } from './checks';

export type RestMember = (ctx: LegacyContext, args: ArrayLike<unknown>) => unknown;

const use = onDemand('rest', () => import(/* webpackChunkName: "rest" */ './members'));

function lazy(name: string, check: (ctx: LegacyContext, args: ArrayLike<unknown>) => unknown): RestMember {
  return function (ctx, args) {
    check(ctx, args);
    const copy = argsOf(args);
    use(function (m) {
      m.restMembers[name](ctx, copy);
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
