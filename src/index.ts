/**
 * Builds the `filepicker` object: the v2 legacy API (src/legacy) plus the modern API (`init`, `configure`),
 * wired to the dialog (src/picker, an on-demand part) and the engine (src/upload). In a page that defined the v2 async-loader stub
 * (`window.filepicker = {_queue: [...]}`), that same object is filled and its queued calls are replayed.
 */
import { scriptBase } from './core/scriptBase';
import { init, ModernApi } from './client';
import { Filepicker } from './publicApi';
import { installLegacyApi } from './legacy/api';
import { replayQueue } from './legacy/asyncQueue';
import { LegacyContext } from './legacy/context';
import { atIdleAfterLoad, LazyDialog } from './legacy/lazyDialog';
import { loadDialogPart } from './dialogPart';
import { exportMembers } from './export';
import { restMembers } from './legacy/rest';
import { createUploadQueue } from './upload/batch';
import { createUploader, prefetchEngine } from './upload';
import { startWidgets, widgetMembers } from './widgets';

/** The page's v2 settings or async-loader stub, read before the library fills the same object. */
interface PageObject {
  hostname?: unknown;
  [member: string]: unknown;
}

const win: (Window & { filepicker?: unknown }) | undefined = typeof window !== 'undefined' ? window : undefined;
const existing = win && win.filepicker && typeof win.filepicker === 'object' ? (win.filepicker as PageObject) : undefined;
const target: PageObject = existing || {};

/** The engine's MD5 Worker: `filepicker.md5worker.js`, next to the main script (src/md5worker.ts). */
const base = scriptBase();
const workerUrl = win && base ? base + 'filepicker.md5worker.js' : undefined;

/**
 * The dialog (src/picker): the on-demand part `chunks/dialog.js` (src/dialogPart.ts), whose fetch the entry started
 * before this module was evaluated. Where the main script's folder is unknown (an inlined bundle) it cannot be
 * loaded: a pick then ends through onError at once.
 */
const dialog = new LazyDialog('dialog', loadDialogPart);
const ctx = new LegacyContext({
  dialog: () => dialog,
  queue: createUploadQueue,
  uploader: (opts) => createUploader({ ...opts, workerUrl }),
});

// v2 read `filepicker.hostname` once at load; ours takes the base URL of a Filestack-protocol server.
if (existing && typeof existing.hostname === 'string') ctx.configureHosts(existing.hostname);

const ext: { [name: string]: (c: LegacyContext, a: ArrayLike<unknown>) => unknown } = {};
[restMembers, widgetMembers, exportMembers].forEach((group) => {
  for (const k in group) if (Object.prototype.hasOwnProperty.call(group, k)) ext[k] = group[k];
});
installLegacyApi(target, ctx, ext);

const modern: ModernApi = {
  /** `filepicker.init(apiKey, {policy, signature}, {hosts?})`: the modern promise API. Hosts default to the configured ones. */
  init(apiKey, security, options) {
    return init(apiKey, security, { hosts: ctx.hosts, workerUrl, ...(options || {}) });
  },
  /** `filepicker.configure({hosts})`: a base URL (a reference server) or any of the hosts of src/core/contracts.ts. */
  configure(settings) {
    if (settings && settings.hosts) ctx.configureHosts(settings.hosts);
  },
};
// After the v2 members, so Object.keys keeps v2's order first.
target.init = modern.init;
target.configure = modern.configure;

/** The filled object: the v2 members (in v2's order, checked by src/legacy/members.ts) and the modern ones. */
const api = target as unknown as Filepicker;

if (existing) replayQueue(api);
if (win && win.document) startWidgets(ctx, win);
if (base && win && win.document) {
  // the dialog part's fetch was started by the entry, before this module ran (src/boot, src/esmBase.ts); this joins
  // that load (or starts it, after the polyfills), so the part is ready to open at once when it is in; the engine
  // waits until the page is idle
  dialog.prefetch();
  atIdleAfterLoad(win, prefetchEngine);
}

export default api;
export type * from './publicApi';
