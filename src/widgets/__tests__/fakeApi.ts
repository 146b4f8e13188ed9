/**
 * Test double of the public `filepicker` object (the seam the widgets call): records every call and answers the way
 * the test says. Used only by the unit tests in src/widgets and src/export.
 */
import { LegacyContext } from '../../legacy/context';
import { V2_SERVICES } from '../../options/services';

export interface Call {
  name: string;
  args: any[];
}

export function blob(n: number, extra?: { [k: string]: unknown }): { [k: string]: unknown } {
  return { url: 'https://fp.test/api/file/H' + n, filename: 'f' + n + '.png', mimetype: 'image/png', size: 100 + n, isWriteable: true, ...(extra || {}) };
}

export function makeCtx(): LegacyContext {
  const ctx = new LegacyContext({
    dialog: () => { throw new Error('no dialog in unit tests'); },
    uploader: () => { throw new Error('no uploader in unit tests'); },
  });
  ctx.configureHosts('https://fp.test');
  return ctx;
}

/** A fake API whose pick answers with `blob(1)` (or `[blob(1), blob(2)]`) after 1 ms, and whose store answers per file. */
export function makeApi(ctx: LegacyContext) {
  const calls: Call[] = [];
  const rec = (name: string) => (...args: any[]) => {
    calls.push({ name, args });
    return handlers[name] ? handlers[name](...args) : undefined;
  };
  const handlers: { [name: string]: (...args: any[]) => unknown } = {
    setKey: (k: unknown) => ctx.setKey(k),
    pick: (_o: unknown, s: (b: unknown) => void) => { setTimeout(() => s(blob(1)), 1); return { close() { /* nothing */ } }; },
    pickMultiple: (_o: unknown, s: (b: unknown) => void) => { setTimeout(() => s([blob(1), blob(2)]), 1); return { close() { /* nothing */ } }; },
  };
  const api: { [k: string]: any } = {
    services: { ...V2_SERVICES },
    calls,
    handlers,
  };
  ['setKey', 'pick', 'pickMultiple', 'store', 'storeUrl', 'remove', 'exportFile', 'processImage', 'stat'].forEach((n) => { api[n] = rec(n); });
  return api as any;
}

export function callsOf(api: any, name: string): Call[] {
  return (api.calls as Call[]).filter((c) => c.name === name);
}

export function wait(ms = 30): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Waits until `done()` holds (polling every 10 ms, at most about 3 s), so tests wait on a condition, not a guess. */
export async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !done(); i++) await wait(10);
}
