import { createUploadQueue } from '../../upload/batch';
/**
 * Test double of the library's v2 members (the seam the widgets and export call through `ctx.call`): records every
 * call and answers the way the test says. Used only by the unit tests in src/widgets and src/export.
 */
import { Security, StoredFile, Uploader } from '../../core/contracts';
import { LegacyContext, LegacyMember } from '../../legacy/context';
import { V2_SERVICES } from '../../options/services';
import { fakeUploader } from '../../picker/__tests__/fakeUploader';

export interface Call {
  name: string;
  args: unknown[];
}

/** A fake member's answer; `never[]` lets each test declare the arguments its handler reads. */
export type Handler = (...args: never[]) => unknown;

/** The recorded calls and the handlers a test may replace. */
export interface FakeApi {
  services: { [name: string]: number };
  calls: Call[];
  handlers: { [name: string]: Handler };
}

export function blob(n: number, extra?: { [k: string]: unknown }): { [k: string]: unknown } {
  return { url: 'https://fp.test/api/file/H' + n, filename: 'f' + n + '.png', mimetype: 'image/png', size: 100 + n, isWriteable: true, ...(extra || {}) };
}

/** A context on https://fp.test; `uploader` gives the engine double of the drop pane tests. */
export function makeCtx(uploader?: LegacyContext['deps']['uploader']): LegacyContext {
  const ctx = new LegacyContext({
    queue: createUploadQueue,
    dialog: () => { throw new Error('no dialog in unit tests'); },
    uploader: uploader || ((): Uploader => { throw new Error('no uploader in unit tests'); }),
  });
  ctx.configureHosts('https://fp.test');
  return ctx;
}

/**
 * Fake members (installed on `ctx`, as installLegacyApi does for the real ones) whose pick answers with `blob(1)` (or
 * `[blob(1), blob(2)]`) after 1 ms; the others answer as `handlers` say.
 */
export function makeApi(ctx: LegacyContext) {
  const calls: Call[] = [];
  const rec = (name: string) => (...args: unknown[]): unknown => {
    calls.push({ name, args });
    return handlers[name] ? (handlers[name] as (...a: unknown[]) => unknown)(...args) : undefined;
  };
  const handlers: { [name: string]: Handler } = {
    setKey: (k: unknown) => ctx.setKey(k),
    pick: (_o: unknown, s: (b: unknown) => void) => { setTimeout(() => s(blob(1)), 1); return { close() { /* nothing */ } }; },
    pickMultiple: (_o: unknown, s: (b: unknown) => void) => { setTimeout(() => s([blob(1), blob(2)]), 1); return { close() { /* nothing */ } }; },
  };
  const api: FakeApi = {
    services: { ...V2_SERVICES },
    calls,
    handlers,
  };
  const members: { [name: string]: LegacyMember } = {};
  ['setKey', 'pick', 'pickMultiple', 'store', 'storeUrl', 'remove', 'exportFile', 'processImage', 'stat'].forEach((n) => {
    const member = rec(n);
    members[n] = (_c, args) => member(...Array.prototype.slice.call(args));
  });
  ctx.useMembers(members);
  return api;
}

export function callsOf(api: FakeApi, name: string): Call[] {
  return api.calls.filter((c) => c.name === name);
}

export function wait(ms = 30): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Waits until `done()` holds (polling every 10 ms, at most about 3 s), so tests wait on a condition, not a guess. */
export async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !done(); i++) await wait(10);
}

/** The stored file whose `store` Blob is `blob(n)`. */
export function storedOf(n: number, extra?: { [k: string]: unknown }): StoredFile {
  const b = blob(n, extra) as { url: string; filename: string; mimetype: string; size: number };
  return { handle: 'H' + n, url: b.url, filename: b.filename, mimetype: b.mimetype, size: b.size };
}

/**
 * A context whose engine is a fake Uploader (the drop pane stores through the page's file queue): `up.calls` are
 * the uploads asked for, `security` what each Uploader was made with.
 */
export function engineCtx(): { ctx: LegacyContext; up: ReturnType<typeof fakeUploader>; security: Security[] } {
  const up = fakeUploader();
  const security: Security[] = [];
  const ctx = makeCtx((opts) => {
    security.push(opts.security);
    return up;
  });
  return { ctx, up, security };
}

/** Lets promise callbacks run (the queue starts a file a microtask after it is queued). */
export function flush(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}
