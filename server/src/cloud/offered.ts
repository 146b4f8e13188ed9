/**
 * `POST /cloud/offered` (ours): which of the named clouds this server offers, without contacting any provider. The
 * dialog asks once when it opens, so tabs of sources the server has not enabled never show.
 */
import type { Ctx } from '../context';
import type { Fields } from '../http/body';
import { checkSecurity } from '../security/policy';
import { readCall } from './call';
import { isOffered } from './providers';

export async function offeredRoute(ctx: Ctx, fields: Fields): Promise<Record<string, unknown>> {
  const call = readCall(ctx, fields, true);
  checkSecurity(call.app, fields, { calls: ['pick'] });
  return { offered: Object.keys(call.clouds).filter((name) => isOffered(ctx.cfg.cloud, name)) };
}
