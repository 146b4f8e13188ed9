/**
 * Builds the `filepicker` object: the v2 legacy API (src/legacy) plus the modern API (`init`, `configure`),
 * wired to the dialog (src/picker) and the engine (src/upload). In a page that defined the v2 async-loader stub
 * (`window.filepicker = {_queue: [...]}`), that same object is filled and its queued calls are replayed.
 */
import { Hosts } from './core/contracts';
import { scriptBase } from './core/scriptBase';
import { init } from './client';
import { installLegacyApi } from './legacy/api';
import { replayQueue } from './legacy/asyncQueue';
import { LegacyContext } from './legacy/context';
import { exportMembers } from './export';
import { restMembers } from './legacy/rest';
import { createPickerDialog } from './picker';
import { createUploader } from './upload';
import { startWidgets, widgetMembers } from './widgets';

const win: any = typeof window !== 'undefined' ? window : undefined;
const existing = win && win.filepicker && typeof win.filepicker === 'object' ? win.filepicker : undefined;
const api: { [k: string]: any } = existing || {};

/** The engine's MD5 Worker: `filepicker.md5worker.js`, next to the main script (src/md5worker.ts). */
const base = scriptBase();
const workerUrl = win && base ? base + 'filepicker.md5worker.js' : undefined;

let dialog: ReturnType<typeof createPickerDialog> | undefined;
const ctx = new LegacyContext({
  dialog: () => (dialog = dialog || createPickerDialog()),
  uploader: (opts) => createUploader({ ...opts, workerUrl }),
});

// v2 read `filepicker.hostname` once at load; ours takes the base URL of a Filestack-protocol server.
if (existing && typeof existing.hostname === 'string') ctx.configureHosts(existing.hostname);

const ext: { [name: string]: (c: LegacyContext, a: ArrayLike<unknown>) => unknown } = {};
[restMembers, widgetMembers, exportMembers].forEach((group) => {
  for (const k in group) if (Object.prototype.hasOwnProperty.call(group, k)) ext[k] = group[k];
});
installLegacyApi(api, ctx, ext);

/** `filepicker.configure({hosts})`: a base URL (a reference server) or any of the hosts of src/core/contracts.ts. */
api.configure = function configure(settings: { hosts?: string | Partial<Hosts> }) {
  if (settings && settings.hosts) ctx.configureHosts(settings.hosts);
};

/** `filepicker.init(apiKey, {policy, signature}, {hosts?})`: the modern promise API (seed 002). Hosts default to the configured ones. */
api.init = function (apikey: unknown, security?: unknown, options?: { hosts?: string | Partial<Hosts> }) {
  return init(apikey as string, security as any, { hosts: ctx.hosts, workerUrl, ...(options || {}) } as any);
};

if (existing) replayQueue(api);
if (win && win.document) startWidgets(ctx, win);

export default api;
